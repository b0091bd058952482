import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';

export class DataError extends Error {
	constructor(
		public file: string,
		public line: number | null,
		message: string,
		public column?: string
	) {
		const where = [
			basename(file),
			line ? `Zeile ${line}` : null,
			column ? `Spalte „${column}“` : null
		]
			.filter(Boolean)
			.join(', ');
		super(`${where}: ${message}`);
	}
}

export type Row = Record<string, string>;

export interface CsvSpec {
	columns: string[];
	rows?: number;
}

/** Reads a raw CSV strictly: every row must have the header's field count. Line numbers are 1-based incl. header. */
export function readCsv(file: string, spec: CsvSpec): Row[] {
	if (!existsSync(file)) throw new DataError(file, null, 'Datei fehlt');
	const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: 'greedy' });
	const header = result.meta.fields ?? [];
	for (const c of spec.columns) {
		if (!header.includes(c)) throw new DataError(file, 1, 'Spalte fehlt im Kopf', c);
	}
	const err = result.errors[0];
	if (err) {
		const line = (err.row ?? 0) + 2;
		throw new DataError(
			file,
			line,
			`${err.message} (${err.code}) – Datei abgeschnitten oder beschädigt?`
		);
	}
	if (spec.rows !== undefined && result.data.length !== spec.rows) {
		throw new DataError(
			file,
			result.data.length + 1,
			`erwartet ${spec.rows} Datenzeilen, gefunden ${result.data.length} – Datei abgeschnitten?`
		);
	}
	return result.data;
}

export function num(
	file: string,
	rows: Row[],
	i: number,
	column: string,
	opts: { nullable?: boolean } = {}
) {
	const raw = rows[i][column];
	if (raw === '' || raw === undefined) {
		if (opts.nullable) return null;
		throw new DataError(file, i + 2, 'Wert fehlt', column);
	}
	const n = Number(raw);
	if (!Number.isFinite(n)) throw new DataError(file, i + 2, `keine Zahl: „${raw}“`, column);
	return n;
}

export function str(file: string, rows: Row[], i: number, column: string, pattern?: RegExp) {
	const raw = rows[i][column] ?? '';
	if (pattern && !pattern.test(raw)) {
		throw new DataError(file, i + 2, `ungültiger Wert „${raw}“`, column);
	}
	return raw;
}

export function readJson<T>(file: string): T {
	if (!existsSync(file)) throw new DataError(file, null, 'Datei fehlt');
	const text = readFileSync(file, 'utf8');
	try {
		return JSON.parse(text) as T;
	} catch (e) {
		const m = /position (\d+)/.exec(String(e));
		const line = m ? text.slice(0, Number(m[1])).split('\n').length : null;
		throw new DataError(
			file,
			line,
			`ungültiges JSON – Datei abgeschnitten? (${(e as Error).message})`
		);
	}
}
