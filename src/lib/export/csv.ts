import { downloadBlob } from './download';

export interface CsvColumn<Row> {
	/** property of the row, or a function computing the cell */
	key: keyof Row | ((row: Row) => unknown);
	/** header text */
	label: string;
	/** decimals for numbers (default: as is) */
	digits?: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** Negative German numbers as text ("-3,5", "-1.234,5"): Excel reads them as numbers, not formulas. */
const GERMAN_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/** One cell as German Excel expects it: decimal comma, no thousands separator, formulas neutralised. */
export function csvCell(value: unknown, digits?: number): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		const text = digits === undefined ? String(value) : value.toFixed(digits);
		return text.replace('.', ',');
	}
	if (typeof value === 'boolean') return value ? 'ja' : 'nein';
	const text = String(value);
	return FORMULA_START.test(text) && !GERMAN_NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
	/**
	 * Lines above the header (title with the filter, Stand and data status), one cell each and
	 * followed by an empty line, so a reader sees the context before the figures.
	 */
	preamble?: readonly string[];
}

/** Saves the rows as CSV for German Excel (`toGermanCsv`, loaded with the first export). */
export async function downloadCsv<Row>(
	filename: string,
	rows: readonly Row[],
	columns: readonly CsvColumn<Row>[],
	opts: CsvOptions = {}
): Promise<void> {
	const { toGermanCsv } = await import('./csv-text');
	const text = toGermanCsv(rows, columns, opts);
	downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}
