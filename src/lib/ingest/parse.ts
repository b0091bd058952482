import Papa from 'papaparse';
import { fmtInt } from '$lib/format';
import { normaliseLines } from './sniff';
import type { Delimiter, ParseIssue, Parsed, RawRow } from './types';

const blank = (values: string[]) => values.every((v) => v.trim() === '');
/** a character no text file holds: with it as quote character, quotes are ordinary text */
const NO_QUOTE = '\uFFFF';

/** A quote that swallowed line ends: where it opens and how many lines it took. */
export interface QuoteTrouble {
	line: number;
	column: string;
	lines: number;
}

export interface ParseOptions {
	/** non-empty lines above the header to skip (title, comments) */
	skip?: number;
	noQuotes?: boolean;
}

/**
 * Parses CSV text with papaparse (quoted fields, quoted line breaks; any line ends). Empty lines are skipped
 * but counted in row numbers; `skip` title lines above the header are left out (and counted); a trailing
 * delimiter (empty last header and empty cells) is dropped. Row numbers count records as Excel shows them.
 */
export function parseCsv(
	text: string,
	delimiter: Delimiter,
	opts: ParseOptions = {}
): Parsed & { quoteTrouble?: QuoteTrouble } {
	// one kind of line end is read as it is (a CRLF inside a quoted cell stays); mixed ones become LF
	const crlfOnly = text.includes('\r\n') && !/(^|[^\r])\n|\r(?!\n)/.test(text);
	const result = Papa.parse<string[]>(crlfOnly ? text : normaliseLines(text), {
		delimiter,
		newline: crlfOnly ? '\r\n' : '\n',
		header: false,
		skipEmptyLines: false,
		dynamicTyping: false,
		quoteChar: opts.noQuotes ? NO_QUOTE : '"'
	});
	const data = result.data;
	while (data.length > 0 && blank(data[data.length - 1])) data.pop();
	// physical line of each record: one line each, plus the line breaks inside its quoted fields
	const lineOf: number[] = new Array(data.length);
	let line = 1;
	for (let i = 0; i < data.length; i++) {
		lineOf[i] = line;
		line += 1;
		for (const v of data[i])
			for (let j = v.indexOf('\n'); j !== -1; j = v.indexOf('\n', j + 1)) line++;
	}
	let first = 0;
	let emptyLines = 0;
	let skipped = 0;
	for (;;) {
		while (first < data.length && blank(data[first])) first++;
		if (skipped >= (opts.skip ?? 0) || first >= data.length - 1) break;
		skipped++;
		first++;
	}
	const rawHeaders = (data[first] ?? []).map((h) => h.replace(/\s+/g, ' ').trim());
	const body: RawRow[] = [];
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
	const quoteTrouble = opts.noQuotes
		? undefined
		: findQuoteTrouble(data, lineOf, first, delimiter, width, headers, result.errors);
	for (const r of body) {
		if (r.values.length > width && r.values.slice(width).some((v) => v.trim() !== '')) {
			const extra = r.values.slice(width).findIndex((v) => v.trim() !== '');
			issues.push({
				row: r.row,
				column: `Spalte ${width + extra + 1}`,
				value: r.values[width + extra],
				message: `Die Zeile hat ${fmtInt(r.values.length)} Felder, die Kopfzeile nur ${fmtInt(width)} – Trennzeichen oder Anführungszeichen prüfen.`
			});
		} else if (r.values.length < width) {
			issues.push({
				row: r.row,
				column: headers[r.values.length],
				value: '',
				message: `Die Zeile hat nur ${fmtInt(r.values.length)} von ${fmtInt(width)} Feldern – Trennzeichen oder Zeilenumbruch prüfen.`
			});
		}
		r.values = Array.from({ length: width }, (_, j) => r.values[j] ?? '');
	}
	return { headers, rows: body, emptyLines, issues, skipped, quoteTrouble };
}

/**
 * A quote swallowed lines when it never closes, or when a quoted field holds lines that look like rows of
 * their own (as many fields as the header).
 */
function findQuoteTrouble(
	data: string[][],
	lineOf: number[],
	first: number,
	delimiter: string,
	width: number,
	headers: string[],
	errors: Papa.ParseError[]
): QuoteTrouble | undefined {
	const at = (i: number, j: number): QuoteTrouble => {
		let line = lineOf[i];
		for (let k = 0; k < j; k++) line += data[i][k].split('\n').length - 1;
		const lines = data[i][j].split('\n').length - 1;
		return { line, column: headers[j] ?? `Spalte ${j + 1}`, lines };
	};
	const open = errors.find((e) => e.code === 'MissingQuotes');
	if (open && open.row !== undefined && data[open.row]) {
		const j = data[open.row].findIndex((v) => v.includes('\n'));
		return at(open.row, Math.max(0, j));
	}
	if (width < 2) return undefined;
	for (let i = first; i < data.length; i++) {
		const row = data[i];
		for (let j = 0; j < row.length; j++) {
			if (!row[j].includes('\n')) continue;
			const inner = row[j].split('\n').slice(1);
			if (inner.some((l) => l.split(delimiter).length >= width)) return at(i, j);
		}
	}
	return undefined;
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
