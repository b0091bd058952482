import type { Delimiter } from './types';

export const DELIMITERS: readonly Delimiter[] = [';', '\t', ',', '|'];

export const DELIMITER_LABEL: Record<Delimiter, string> = {
	';': 'Semikolon',
	',': 'Komma',
	'\t': 'Tabulator',
	'|': 'senkrechter Strich'
};

const SAMPLE_LINES = 40;
/** at most this many title or comment lines above the header */
export const MAX_SKIPPED = 20;

/** Line ends of any kind (CRLF, LF, old Mac CR, mixed) become LF. */
export const normaliseLines = (text: string) => text.replace(/\r\n?/g, '\n');

/** The first records of the (LF) text: a quoted line break stays inside its record. */
export function sampleLines(text: string, max = SAMPLE_LINES): string[] {
	const out: string[] = [];
	let inQuotes = false;
	let start = 0;
	for (let i = 0; i < text.length && out.length < max; i++) {
		const c = text[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (c === '\n' && !inQuotes) {
			out.push(text.slice(start, i));
			start = i + 1;
		} else if (c === '\n' && i - start > 100_000) inQuotes = false;
	}
	if (out.length < max && start < text.length) out.push(text.slice(start));
	return out.filter((l) => l.trim() !== '');
}

/** Fields of one line split at `d` outside quotes (quotes are not removed). */
function fields(line: string, d: string): string[] {
	const out: string[] = [];
	let inQuotes = false;
	let start = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (c === d && !inQuotes) {
			out.push(line.slice(start, i));
			start = i + 1;
		}
	}
	out.push(line.slice(start));
	return out;
}

const filled = (f: string[]) => f.filter((v) => v.replace(/"/g, '').trim() !== '').length;

function mode(counts: number[]): { value: number; share: number } {
	const n = new Map<number, number>();
	for (const c of counts) n.set(c, (n.get(c) ?? 0) + 1);
	let value = 0;
	let best = 0;
	for (const [c, k] of n) if (k > best || (k === best && c > value)) [value, best] = [c, k];
	return { value, share: counts.length ? best / counts.length : 0 };
}

/** Fields without the empty ones at the end (a trailing delimiter). */
function trimmed(line: string, d: string): number {
	const f = fields(line, d);
	let n = f.length;
	while (n > 1 && f[n - 1].trim() === '') n--;
	return n;
}

/**
 * A title or comment line above the header: starts with # or //, fills only its first field, or has fewer
 * fields than the rows below have without their trailing empty ones.
 */
function isTitle(line: string, d: string, width: number): boolean {
	if (/^\s*(#|\/\/)/.test(line)) return true;
	if (width < 2) return false;
	const f = fields(line, d);
	// a title in the first cell, the rest empty (as Excel writes „Titel;;;“)
	return f.length < width || (filled(f) <= 1 && filled(f.slice(1)) === 0);
}

/** How many leading lines are titles or comments (0 when nothing would be left). */
function titleLines(lines: string[], d: string): number {
	const width = mode(lines.slice(1).map((l) => trimmed(l, d))).value;
	let n = 0;
	while (n < lines.length - 1 && n < MAX_SKIPPED && isTitle(lines[n], d, width)) n++;
	if (n === 0 || n >= lines.length - 1) return n;
	// the width is the one of the rows below the header
	const below = mode(lines.slice(n + 1).map((l) => trimmed(l, d))).value;
	let m = 0;
	while (m < n + 1 && m < lines.length - 1 && isTitle(lines[m], d, below)) m++;
	return m;
}

export interface Sniffed {
	delimiter: Delimiter;
	/** non-empty lines above the header (title, comments) */
	skipped: number;
}

/**
 * Guesses the delimiter from several lines: the candidate that splits the lines below the header into the
 * same number of fields most consistently (ties prefer `;` as German Excel writes, then tab, comma, pipe),
 * and the title or comment lines above the header. No candidate → `;` (one column).
 */
export function sniff(text: string, delimiter?: Delimiter): Sniffed {
	const lines = sampleLines(text);
	if (lines.length === 0) return { delimiter: delimiter ?? ';', skipped: 0 };
	let best: { d: Delimiter; score: number } = { d: delimiter ?? ';', score: -1 };
	for (const d of delimiter ? [delimiter] : DELIMITERS) {
		const counts = lines.map((l) => fields(l, d).length);
		const head = titleLines(lines, d);
		const body = counts.slice(head + 1);
		const m = body.length ? mode(body) : { value: counts[head], share: 1 };
		const width = Math.max(m.value, counts[head]);
		const score = width > 1 ? m.share + (counts[head] === m.value ? 0.5 : 0) : 0;
		if (score > best.score) best = { d, score };
	}
	return { delimiter: best.d, skipped: titleLines(lines, best.d) };
}

/** The delimiter alone (see `sniff`). */
