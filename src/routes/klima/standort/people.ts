import { compareDe } from '$lib/format';
import type { Coverage, Totals } from '$lib/geo/standort-grid';

export interface PeopleRow {
	key: string;
	label: string;
	einwohner: number;
	/** inhabitants farther than X km from every site */
	ohne: number;
	anteil: number;
	/** inhabitants 65+ (cells with a published share) */
	ab65: number;
	ab65Ohne: number;
	anteil65: number;
}

const row = (key: string, label: string, all: Totals, un: Totals): PeopleRow => ({
	key,
	label,
	einwohner: all.einwohner,
	ohne: un.einwohner,
	anteil: all.einwohner ? un.einwohner / all.einwohner : 0,
	ab65: all.ab65,
	ab65Ohne: un.ab65,
	anteil65: all.ab65 ? un.ab65 / all.ab65 : 0
});

/** White spots by people per Kreis and per Planungsregion (sorted by name) and for the whole grid. */
export function peopleBy(
	cov: Coverage,
	places: readonly { kreis_ags: string; kreis_name: string; planungsregion: string }[]
) {
	const kreise = new Map(places.map((g) => [g.kreis_ags, g]));
	const regions = new Map<string, { all: Totals; uncovered: Totals }>();
	const add = (a: Totals, b: Totals) => {
		a.einwohner += b.einwohner;
		a.ab65 += b.ab65;
		a.mitAlter += b.mitAlter;
	};
	const perKreis: PeopleRow[] = [];
	for (const [k, t] of cov.perKreis) {
		const g = kreise.get(k);
		perKreis.push(row(k, g?.kreis_name ?? 'ohne Kreiszuordnung', t.all, t.uncovered));
		const name = g?.planungsregion ?? 'ohne Kreiszuordnung';
		const r = regions.get(name) ?? {
			all: { einwohner: 0, ab65: 0, mitAlter: 0 },
			uncovered: { einwohner: 0, ab65: 0, mitAlter: 0 }
		};
		add(r.all, t.all);
		add(r.uncovered, t.uncovered);
		regions.set(name, r);
	}
	const byLabel = (a: PeopleRow, b: PeopleRow) => compareDe(a.label, b.label);
	return {
		total: row('th', 'Thüringen (1-km-Gitter)', cov.all, cov.uncovered),
		perKreis: perKreis.sort(byLabel),
		perRegion: [...regions].map(([k, t]) => row(k, k, t.all, t.uncovered)).sort(byLabel)
	};
}
