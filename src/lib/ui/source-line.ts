/** Splits at commas/semicolons that are not inside parentheses. */
function topLevel(text: string, sep: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let cur = '';
	for (const ch of text) {
		if (ch === '(') depth++;
		if (ch === ')') depth = Math.max(0, depth - 1);
		if (depth === 0 && sep.includes(ch)) {
			out.push(cur.trim());
			cur = '';
		} else cur += ch;
	}
	out.push(cur.trim());
	return out.filter(Boolean);
}

/** Publishers and products the one-line source names by their common short name. */
const KNOWN: [RegExp, string][] = [
	[/Zensus 2022/, 'Zensus 2022'],
	[/GeoBasis-DE \/ BKG/, 'BKG'],
	[/Destatis/, 'Destatis'],
	[/Landesentwicklungsprogramm Thüringen/, 'LEP Thüringen'],
	[/Präsentation des Aktionsbündnisses/, 'Aktionsbündnis'],
	[/kompass-thueringen\.de/, 'kompass-thueringen.de'],
	[/^Beispieldaten/, 'Beispieldaten']
];

/**
 * The short form of manifest sources for the one-line source of a card ("Zensus 2022 · BKG"): per
 * `;`-part a known short name, else its first segment without "©". The full text stays in the fold-out.
 */
export function shortSources(sources: string[]): string[] {
	const parts = sources.flatMap((s) => topLevel(s, ';'));
	const short = parts.flatMap((p) => {
		const known = KNOWN.filter(([re]) => re.test(p)).map(([, name]) => name);
		return known.length ? known : [topLevel(p.replace(/©\s*/g, ''), ',')[0]];
	});
	return [...new Set(short)];
}

/** The first date of a manifest reference date ("30.11.2025 (Gebietsstand); Einwohner …" → "30.11.2025"). */
export const shortDate = (d: string) =>
	(topLevel(d, ';')[0] ?? d).replace(/\s*\([^)]*\)/g, '').trim();
