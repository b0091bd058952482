import Papa from 'papaparse';
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

/**
 * CSV for German Excel: `;` separated, decimal comma, CRLF, with a UTF-8 byte order mark.
 * Text cells that start like a formula (= + - @, tab, CR) get a leading apostrophe; numbers stay numbers.
 */
export function toGermanCsv<Row>(
	rows: readonly Row[],
	columns: readonly CsvColumn<Row>[],
	opts: CsvOptions = {}
): string {
	const data = rows.map((row) =>
		columns.map((c) => {
			const v = typeof c.key === 'function' ? c.key(row) : row[c.key];
			return csvCell(v, c.digits);
		})
	);
	const config = { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false };
	const body = Papa.unparse({ fields: columns.map((c) => csvCell(c.label)), data }, config);
	const head = opts.preamble?.length
		? Papa.unparse(
				opts.preamble.map((line) => [csvCell(line)]),
				config
			) + '\r\n\r\n'
		: '';
	return '\uFEFF' + head + body + '\r\n';
}

export interface CsvOptions {
	/**
	 * Lines above the header (title with the filter, Stand and data status), one cell each and
	 * followed by an empty line, so a reader sees the context before the figures.
	 */
	preamble?: readonly string[];
}

export function downloadCsv<Row>(
	filename: string,
	rows: readonly Row[],
	columns: readonly CsvColumn<Row>[],
	opts: CsvOptions = {}
): void {
	const text = toGermanCsv(rows, columns, opts);
	downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}
