import { compareDe } from '$lib/format';
export interface SearchEntry {
	ags: string;
	name: string;
	kreis_name: string;
	population: number;
}

export interface SearchHit extends SearchEntry {
	rank: number;
}

/** Two spellings per text: umlauts written out (ä → ae) and folded (ä → a); ß → ss; lower case, words by single spaces. */
export function searchKeys(text: string): [string, string] {
	const base = text.toLowerCase().replaceAll('ß', 'ss');
	const tidy = (s: string) =>
		s
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return [tidy(base.replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue')), tidy(base)];
}

function rankOne(name: string, q: string): number {
	if (name === q) return 0;
	if (name.startsWith(q)) return 1;
	if (name.split(' ').some((w) => w.startsWith(q))) return 2;
	if (name.includes(q)) return 3;
	return Infinity;
}

export interface SearchIndex {
	entries: SearchEntry[];
	keys: [string, string][];
}

export function buildIndex(entries: SearchEntry[]): SearchIndex {
	return { entries, keys: entries.map((e) => searchKeys(e.name)) };
}

/**
 * Ranks names: exact match, then name prefix, then word prefix, then substring; ties by population.
 * Both the query and the names are compared in both spellings, so "poessneck" and "possneck" find Pößneck.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
	const [qa, qb] = searchKeys(query);
	if (!qa && !qb) return [];
	const hits: SearchHit[] = [];
	index.entries.forEach((e, i) => {
		const [na, nb] = index.keys[i];
		const rank = Math.min(rankOne(na, qa), rankOne(nb, qb), rankOne(nb, qa), rankOne(na, qb));
		if (rank !== Infinity) hits.push({ ...e, rank });
	});
	hits.sort((a, b) => a.rank - b.rank || b.population - a.population || compareDe(a.name, b.name));
	return hits.slice(0, limit);
}
