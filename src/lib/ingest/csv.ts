import Papa from 'papaparse';
import { csvCell } from '$lib/export/csv';
import type { Problem, RawRow } from './types';

// raw cells are text; one rule for the whole app neutralises formulas
const cell = (v: unknown) => csvCell(v === null || v === undefined ? '' : String(v));

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
