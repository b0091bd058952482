import { compareDe, fmtInt, plural, pluralWord } from '$lib/format';
import { agCount } from './labels';
import type { FacetCount, MassnahmeRow } from './queries';

const list = new Intl.ListFormat('de', { type: 'conjunction' });

/**
 * The catalogue's takeaway for the entries shown: how many, from which working group, how many name
 * a place. `total`: all entries of the catalogue. null when nothing matches (the list says so).
 */
export function massnahmenHeadline(
	rows: Pick<MassnahmeRow, 'ag' | 'ags'>[],
	total: number
): string | null {
	if (!rows.length) return null;
	const byAg = new Map<string, number>();
	for (const r of rows) byAg.set(r.ag, (byAg.get(r.ag) ?? 0) + 1);
	const groups = list.format(
		[...byAg]
			.sort(([a, n], [b, m]) => m - n || compareDe(a, b))
			.map(([ag, n]) => agCount(ag, fmtInt(n)))
	);
	const located = rows.filter((r) => r.ags !== null).length;
	const place = located
		? `${fmtInt(located)} ${pluralWord(located, 'nennt', 'nennen')} einen Ort in Thüringen.`
		: 'Keiner nennt einen Ort in Thüringen.';
	const head =
		rows.length === total
			? `Der Katalog enthält ${plural(total, 'Eintrag', 'Einträge')}`
			: `${fmtInt(rows.length)} der ${plural(total, 'Eintrag', 'Einträge')} ${pluralWord(rows.length, 'passt', 'passen')} zu Suche und Filtern`;
	return `${head}: ${groups}. ${place}`;
}

/** All entries of the catalogue: each has exactly one working group. */
export const catalogueSize = (facets: Pick<FacetCount, 'facet' | 'total'>[]) =>
	facets.filter((f) => f.facet === 'ag').reduce((s, f) => s + f.total, 0);
