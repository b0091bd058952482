import type { XlsxReader } from './excel';

let loaded: Promise<XlsxReader> | undefined;

/** SheetJS, loaded on first use (only when an Excel file comes). */
export function loadXlsx(): Promise<XlsxReader> {
	loaded ??= import('@e965/xlsx');
	loaded.catch(() => (loaded = undefined));
	return loaded;
}
