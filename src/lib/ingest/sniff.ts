export type Delimiter = ';' | ',' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [';', '\t', ',', '|'];

export const DELIMITER_LABEL: Record<Delimiter, string> = {
	';': 'Semikolon',
	',': 'Komma',
	'\t': 'Tabulator',
	'|': 'senkrechter Strich'
};

/** The first non-empty line (a quoted header cell may contain a line break). */
export function headerLine(text: string): string {
	let inQuotes = false;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (c === '\n' || c === '\r')) {
			if (text.slice(start, i).trim() !== '') return text.slice(start, i);
			start = i + 1;
		}
	}
	return text.slice(start);
}

/**
 * Guesses the delimiter from the header line alone: the candidate occurring most often outside quotes.
 * Ties prefer `;` (German Excel), then tab, comma, pipe. No candidate → `;` (one column).
 */
export function sniffDelimiter(text: string): Delimiter {
	const line = headerLine(text);
	const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
	let inQuotes = false;
	for (const c of line) {
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && counts.has(c as Delimiter)) {
			counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
		}
	}
	let best: Delimiter = ';';
	let max = 0;
	for (const d of DELIMITERS) {
		if (counts.get(d)! > max) {
			max = counts.get(d)!;
			best = d;
		}
	}
	return best;
}
