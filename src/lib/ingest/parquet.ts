import type { Analysed } from './types';
import { germanError } from './messages';
import { arrowRows } from './tabular';

/** The part of parquet-wasm the import uses (browser: lazily loaded, see parquet-wasm.ts). */
export interface ParquetReader {
	readParquet(bytes: Uint8Array): { intoIPCStream(): Uint8Array };
}

/** `PAR1` at the start and the end. */
export const isParquet = (b: Uint8Array) =>
	b.length >= 8 &&
	[0, b.length - 4].every(
		(o) => b[o] === 0x50 && b[o + 1] === 0x41 && b[o + 2] === 0x52 && b[o + 3] === 0x31
	);

/**
 * A Parquet file as a `Source`: parquet-wasm → Arrow IPC → header + text rows, so mapping, validation
 * and the atomic load are the ones of the CSV import. Never throws.
 */
export function analyseParquet(fileName: string, bytes: Uint8Array, pq: ParquetReader): Analysed {
	try {
		if (!isParquet(bytes))
			return { ok: false, message: `„${fileName}“ ist keine Parquet-Datei (Kennung PAR1 fehlt).` };
		const { headers, rows } = arrowRows(pq.readParquet(bytes).intoIPCStream());
		if (headers.length === 0) return { ok: false, message: `„${fileName}“ enthält keine Spalten.` };
		if (rows.length === 0)
			return {
				ok: false,
				message: `„${fileName}“ hat nur Spalten (${headers
					.slice(0, 8)
					.map((h) => `„${h}“`)
					.join(', ')}), keine Daten – es gibt nichts zu laden.`
			};
		return {
			ok: true,
			source: {
				fileName,
				bytes: bytes.length,
				format: 'parquet',
				encoding: 'utf-8',
				bom: false,
				delimiter: ';',
				parsed: { headers, rows, emptyLines: 0, issues: [] }
			}
		};
	} catch (e) {
		return {
			ok: false,
			message: `Die Parquet-Datei „${fileName}“ konnte nicht gelesen werden: ${germanError(e, 'Lesen der Parquet-Datei')}.`
		};
	}
}
