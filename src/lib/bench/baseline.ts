import type { BenchGroup } from '$lib/bench/queries';

/** Column arrays of the kataster table, as the baseline reads them. */
export interface Columns {
	nutzung: ArrayLike<string | null>;
	size_class: ArrayLike<string | null>;
	zustand: ArrayLike<string | null>;
	ags: ArrayLike<string | null>;
	flaeche_m2: ArrayLike<number | null>;
}

function group(cols: Columns, keyOf: (i: number) => string | null, where?: (i: number) => boolean) {
	const acc = new Map<string, { n: number; summe: number }>();
	const len = cols.flaeche_m2.length;
	for (let i = 0; i < len; i++) {
		if (where && !where(i)) continue;
		const k = keyOf(i);
		if (k === null) continue;
		let g = acc.get(k);
		if (!g) acc.set(k, (g = { n: 0, summe: 0 }));
		g.n++;
		g.summe += cols.flaeche_m2[i] ?? 0;
	}
	return [...acc]
		.map(([key, v]) => ({ key, ...v }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The same aggregations as registry.benchNutzung / benchKlasseZustand / benchGemeindeEinzelhandel. */
export const baseline = {
	nutzung: (c: Columns) => group(c, (i) => c.nutzung[i]),
	klasseZustand: (c: Columns) => group(c, (i) => `${c.size_class[i]}|${c.zustand[i] ?? ''}`),
	gemeindeEinzelhandel: (c: Columns, nutzung: string) =>
		group(
			c,
			(i) => c.ags[i],
			(i) => c.nutzung[i] === nutzung
		)
};

/** One object per row, as plain JavaScript holds data parsed from CSV or JSON. */
export type RowObject = { [K in keyof Columns]: Columns[K][number] };

export function rowObjects(c: Columns): RowObject[] {
	return Array.from({ length: c.flaeche_m2.length }, (_, i) => ({
		nutzung: c.nutzung[i],
		size_class: c.size_class[i],
		zustand: c.zustand[i],
		ags: c.ags[i],
		flaeche_m2: c.flaeche_m2[i]
	}));
}

function groupRows(
	rows: readonly RowObject[],
	keyOf: (r: RowObject) => string | null,
	where?: (r: RowObject) => boolean
) {
	const acc = new Map<string, { n: number; summe: number }>();
	for (const r of rows) {
		if (where && !where(r)) continue;
		const k = keyOf(r);
		if (k === null) continue;
		let g = acc.get(k);
		if (!g) acc.set(k, (g = { n: 0, summe: 0 }));
		g.n++;
		g.summe += r.flaeche_m2 ?? 0;
	}
	return [...acc]
		.map(([key, v]) => ({ key, ...v }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The same aggregations over row objects (context figure: what code without a columnar engine does). */
export const baselineRows = {
	nutzung: (rows: readonly RowObject[]) => groupRows(rows, (r) => r.nutzung),
	klasseZustand: (rows: readonly RowObject[]) =>
		groupRows(rows, (r) => `${r.size_class}|${r.zustand ?? ''}`),
	gemeindeEinzelhandel: (rows: readonly RowObject[], nutzung: string) =>
		groupRows(
			rows,
			(r) => r.ags,
			(r) => r.nutzung === nutzung
		)
};

/** Equal keys and counts; sums equal up to floating-point summation order. */
export function sameGroups(a: BenchGroup[], b: BenchGroup[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((x, i) => {
		const y = b[i];
		return (
			x.key === y.key &&
			x.n === y.n &&
			Math.abs(x.summe - y.summe) <= 1e-6 * Math.max(1, Math.abs(x.summe))
		);
	});
}
