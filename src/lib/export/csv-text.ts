import Papa from 'papaparse';
import { csvCell, type CsvColumn, type CsvOptions } from './csv';

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
