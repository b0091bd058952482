import Papa from 'papaparse';
import type { RawRow } from './parse';
import type { Problem } from './validate';

const FORMULA = /^[=+\-@\t\r]/;
const cell = (v: unknown) => {
	const s = v === null || v === undefined ? '' : String(v);
	return FORMULA.test(s) ? `'${s}` : s;
};

function excel(fields: string[], data: unknown[][]): string {
	return (
		'\uFEFF' +
		Papa.unparse(
			{ fields, data: data.map((r) => r.map(cell)) },
			{ delimiter: ';', newline: '\r\n' }
		) +
		'\r\n'
	);
}

/** The problem list as German Excel CSV. */
export function problemsCsv(fileName: string, problems: readonly Problem[]): string {
	return excel(
		['Datei', 'Zeile', 'Spalte', 'Wert', 'Art', 'Problem', 'Vorschlag'],
		problems.map((p) => [
			fileName,
			p.row,
			p.column,
			p.value,
			p.severity,
			p.message,
			p.suggestion ?? ''
		])
	);
}

/** The rejected rows with their original header, so they can be fixed and imported again. */
export function rejectedCsv(headers: readonly string[], rows: readonly RawRow[]): string {
	return excel(
		['Zeile', ...headers],
		rows.map((r) => [r.row, ...r.values])
	);
}
