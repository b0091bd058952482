import Papa from 'papaparse';
import type { Delimiter } from './sniff';

export interface RawRow {
	/** row number as Excel shows it: header = 1, empty lines counted */
	row: number;
	values: string[];
}

export interface ParseIssue {
	row: number;
	column: string;
	value: string;
	message: string;
}

export interface Parsed {
	headers: string[];
	rows: RawRow[];
	emptyLines: number;
	issues: ParseIssue[];
}

const blank = (values: string[]) => values.every((v) => v.trim() === '');

/**
 * Parses CSV text with papaparse (quoted fields, quoted line breaks). Empty lines are skipped but counted
 * in row numbers; a trailing delimiter (empty last header and empty cells) is dropped.
 */
export function parseCsv(text: string, delimiter: Delimiter): Parsed {
	const result = Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		skipEmptyLines: false,
		dynamicTyping: false,
		newline: undefined
	});
	const data = result.data;
	while (data.length > 0 && blank(data[data.length - 1])) data.pop();
	let first = 0;
	while (first < data.length && blank(data[first])) first++;
	const rawHeaders = (data[first] ?? []).map((h) => h.replace(/\s+/g, ' ').trim());
	const body: RawRow[] = [];
	let emptyLines = 0;
	for (let i = first + 1; i < data.length; i++) {
		if (blank(data[i])) {
			emptyLines++;
			continue;
		}
		body.push({ row: i + 1, values: data[i] });
	}
	let width = rawHeaders.length;
	while (
		width > 1 &&
		rawHeaders[width - 1] === '' &&
		body.every((r) => (r.values[width - 1] ?? '').trim() === '')
	) {
		width--;
	}
	const headers = uniqueHeaders(rawHeaders.slice(0, width));
	const issues: ParseIssue[] = [];
	for (const r of body) {
		if (r.values.length > width && r.values.slice(width).some((v) => v.trim() !== '')) {
			const extra = r.values.slice(width).findIndex((v) => v.trim() !== '');
			issues.push({
				row: r.row,
				column: `Spalte ${width + extra + 1}`,
				value: r.values[width + extra],
				message: `Die Zeile hat ${r.values.length} Felder, die Kopfzeile nur ${width} – Trennzeichen oder Anführungszeichen prüfen.`
			});
		} else if (r.values.length < width) {
			issues.push({
				row: r.row,
				column: headers[r.values.length],
				value: '',
				message: `Die Zeile hat nur ${r.values.length} von ${width} Feldern – Trennzeichen oder Zeilenumbruch prüfen.`
			});
		}
		r.values = Array.from({ length: width }, (_, j) => r.values[j] ?? '');
	}
	for (const e of result.errors) {
		if (e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') continue;
		const row = (e.row ?? data.length - 1) + 1;
		issues.push({
			row,
			column: headers[0] ?? 'Spalte 1',
			value: '',
			message:
				'Ein Anführungszeichen wird nicht geschlossen – der Rest der Datei hängt in einem Feld.'
		});
	}
	return { headers, rows: body, emptyLines, issues };
}

function uniqueHeaders(raw: string[]): string[] {
	const seen = new Map<string, number>();
	return raw.map((h, i) => {
		const base = h === '' ? `Spalte ${i + 1}` : h;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}
