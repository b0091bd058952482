import { applyClick, KATASTER_CLICKS } from './changes';
import type { Db } from '$lib/db';
import { splitUebersicht, type KatasterDim, type KatasterFilter } from '$lib/kataster/queries';
import { registry } from '$lib/db/registry';

/**
 * What every engine computes per filter change, as the Kataster view shows it: counts per value of each
 * facet (each facet ignores its own selection), the trend per year and size class (ignoring year and
 * size class), the total (objects, floor area) and the objects per Gemeinde for the density map
 * (ignoring the Gemeinde filter; the app joins the population afterwards).
 */
export interface ViewFigures {
	facets: { dim: string; key: string | null; n: number }[];
	trend: { jahr: number; size_class: string | null; n: number }[];
	total: { n: number; flaeche: number };
	dichte: { ags: string; n: number }[];
}

/** The engine-independent part of the filter: dimension → selected values. */
export type Selection = Partial<Record<KatasterDim, string[]>> & { jahr: number };

export const selectionOf = (f: KatasterFilter): Selection => ({ ...f });

/** Equal up to order and floating-point summation order; returns the first difference or null. */
export function diffFigures(a: ViewFigures, b: ViewFigures): string | null {
	const lines = (x: ViewFigures) =>
		[
			...x.facets.filter((r) => r.n > 0).map((r) => `facet ${r.dim} ${r.key ?? '∅'} ${r.n}`),
			...x.trend.filter((r) => r.n > 0).map((r) => `trend ${r.jahr} ${r.size_class ?? '∅'} ${r.n}`),
			...x.dichte.filter((r) => r.n > 0).map((r) => `dichte ${r.ags} ${r.n}`),
			`total ${x.total.n}`
		].sort();
	const la = lines(a);
	const lb = lines(b);
	for (let i = 0; i < Math.max(la.length, lb.length); i++)
		if (la[i] !== lb[i]) return `${la[i] ?? '–'} ≠ ${lb[i] ?? '–'}`;
	const fa = a.total.flaeche;
	const fb = b.total.flaeche;
	if (Math.abs(fa - fb) > 1e-6 * Math.max(1, Math.abs(fa))) return `Fläche ${fa} ≠ ${fb}`;
	return null;
}

/** The app's own statements for one filter state, as the Kataster view runs them. */
export async function oursFigures(
	db: Db,
	dims: readonly KatasterDim[],
	f: KatasterFilter
): Promise<ViewFigures> {
	const [rows, dichte] = await Promise.all([
		db.rows(registry.katasterUebersicht(dims, f)),
		db.rows(registry.katasterDichte(f))
	]);
	const { facets, trend, total } = splitUebersicht(rows);
	return {
		facets: Object.entries(facets).flatMap(([dim, xs]) => xs.map((x) => ({ dim, ...x }))),
		trend,
		total: { n: total.n, flaeche: total.flaeche ?? 0 },
		dichte: dichte.map((d) => ({ ags: d.ags, n: d.n }))
	};
}

/** The filter states after each of the 20 changes (the clicks twice), with the changed dimension. */
export function filterStates(start: KatasterFilter): { dim: string; f: KatasterFilter }[] {
	const states: { dim: string; f: KatasterFilter }[] = [];
	let f = start;
	for (let i = 0; i < 2; i++)
		for (const click of KATASTER_CLICKS) {
			f = applyClick(f, click);
			states.push({ dim: click[0], f });
		}
	return states;
}
