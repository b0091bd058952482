import {
	interpolateOrRd,
	interpolatePuBu,
	interpolateYlGnBu,
	interpolateYlOrBr,
	interpolateYlOrRd,
	schemeOrRd,
	schemePuBu,
	schemeYlGnBu,
	schemeYlOrBr,
	schemeYlOrRd
} from 'd3-scale-chromatic';
import { quantileSorted } from 'd3-array';
import type { Flag } from '$lib/data/manifest-types';
import { fmtNum } from '$lib/format';
import { PAINT } from './style';

export type Classification =
	| { type: 'quantile'; classes: number }
	/** `zero`: label of an own class for exactly 0 (the breaks then classify the positive values) */
	| { type: 'breaks'; breaks: number[]; zero?: string }
	| { type: 'categorical'; categories: { value: number; label: string; color?: string }[] };

export interface ChoroplethRow {
	id: string;
	value: number | null;
	/** why a row has no value although the town has data (e.g. hidden as unreliable) */
	note?: string;
}

/** A per-Gemeinde (or per-Kreis) figure on the map; one object per metric. */
export interface Choropleth {
	level: 'gemeinde' | 'kreis';
	rows: ChoroplethRow[];
	title: string;
	unit: string;
	format?: (n: number) => string;
	classification: Classification;
	/** a sequential d3-scale-chromatic scheme (colour-blind safe) */
	scheme?: SchemeName;
	/** manifest names for the Quelle line */
	datasets: string[];
	flag?: Flag;
	note?: string;
	/** label for Gemeinden/Kreise without a row because a filter excludes them, e.g. 'nicht im Filter' */
	outside?: string;
}

export interface Classified {
	kind: 'range' | 'categorical';
	/** range: ascending thresholds (class i holds breaks[i-1] <= v < breaks[i]); categorical: the values */
	breaks: number[];
	colors: string[];
	/** class index, or -1 for "keine Daten" */
	classOf(value: number | null | undefined): number;
}

export interface LegendItem {
	label: string;
	color: string;
	count: number;
	/** -1 = keine Daten, -2 = outside the filter, ≤ -3 = rows with a note */
	index: number;
}

export const NO_DATA_COLOR = '#e8e8e8';
/** rows that have data but do not show it (the row's note says why) */
export const NOTED_COLOR = '#c8c8c8';
/** the map's own fill for features without a colour (style.ts) */
export const OUTSIDE_COLOR = PAINT.empty;
/**
 * The sequential schemes the maps use, each with its discrete steps (3–9 classes) and its interpolator
 * (other counts): named here so only these ramps travel to the browser.
 */
const SCHEMES = {
	YlGnBu: [schemeYlGnBu, interpolateYlGnBu],
	PuBu: [schemePuBu, interpolatePuBu],
	OrRd: [schemeOrRd, interpolateOrRd],
	YlOrRd: [schemeYlOrRd, interpolateYlOrRd],
	YlOrBr: [schemeYlOrBr, interpolateYlOrBr]
} as const satisfies Record<
	string,
	readonly [readonly (readonly string[])[], (t: number) => string]
>;
export type SchemeName = keyof typeof SCHEMES;
export const DEFAULT_SCHEME: SchemeName = 'YlGnBu';

const isNum = (v: number | null | undefined): v is number =>
	typeof v === 'number' && Number.isFinite(v);

/** `n` colours from a scheme (its discrete steps where it has them for `n`, else the interpolator). */
export function schemeColors(name: SchemeName, n: number): string[] {
	const [discrete, interp] = SCHEMES[name];
	if (n <= 0) return [];
	if (Array.isArray(discrete[n])) return [...discrete[n]];
	if (n === 1) return [interp(0.6)];
	return Array.from({ length: n }, (_, i) => toHex(interp(0.12 + (0.88 * i) / (n - 1))));
}

function toHex(c: string): string {
	const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(c);
	if (!m) return c;
	return '#' + [m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('');
}

/** Quantile thresholds of the finite values (deduplicated, so fewer classes if values repeat). */
export function quantileBreaks(values: number[], classes: number): number[] {
	const sorted = values.filter(isNum).sort((a, b) => a - b);
	if (sorted.length === 0 || classes < 2) return [];
	const out: number[] = [];
	for (let i = 1; i < classes; i++) {
		const q = quantileSorted(sorted, i / classes)!;
		if (q > sorted[0] && (out.length === 0 || q > out[out.length - 1])) out.push(q);
	}
	return out;
}

export function classify(
	rows: ChoroplethRow[],
	classification: Classification,
	scheme: SchemeName = DEFAULT_SCHEME
): Classified {
	if (classification.type === 'categorical') {
		const cats = classification.categories;
		const fallback = schemeColors(scheme, cats.length);
		const colors = cats.map((c, i) => c.color ?? fallback[i]);
		const values = cats.map((c) => c.value);
		return {
			kind: 'categorical',
			breaks: values,
			colors,
			classOf: (v) => (isNum(v) ? values.indexOf(v) : -1)
		};
	}
	const zero = classification.type === 'breaks' && classification.zero !== undefined ? 1 : 0;
	const breaks =
		classification.type === 'quantile'
			? quantileBreaks(
					rows.map((r) => r.value as number),
					classification.classes
				)
			: [...classification.breaks]
					.filter((b) => isNum(b) && (!zero || b > 0))
					.sort((a, b) => a - b);
	const colors = schemeColors(scheme, breaks.length + 1 + zero);
	return {
		kind: 'range',
		breaks,
		colors,
		classOf(v) {
			if (!isNum(v)) return -1;
			if (zero && v <= 0) return 0;
			let i = 0;
			while (i < breaks.length && v >= breaks[i]) i++;
			return i + zero;
		}
	};
}

export function defaultFormat(n: number): string {
	return fmtNum(n, Number.isInteger(n) ? 0 : 1);
}

/** Legend entries in German, with counts, ending with "keine Daten" if any row lacks a value. */
export function legendItems(
	c: Choropleth,
	k: Classified = classify(c.rows, c.classification, c.scheme)
): LegendItem[] {
	const fmt = c.format ?? defaultFormat;
	const counts = new Array<number>(k.colors.length).fill(0);
	let missing = 0;
	const noted = new Map<string, number>();
	for (const r of c.rows) {
		const i = k.classOf(r.value);
		if (i >= 0) counts[i]++;
		else if (r.note) noted.set(r.note, (noted.get(r.note) ?? 0) + 1);
		else missing++;
	}
	const cl = c.classification;
	const labels =
		cl.type === 'categorical'
			? cl.categories.map((cat) => cat.label)
			: cl.type === 'breaks' && cl.zero !== undefined
				? [cl.zero, ...rangeLabels(k.breaks, fmt, true)]
				: rangeLabels(k.breaks, fmt);
	const items = labels.map((label, i) => ({
		label,
		color: k.colors[i],
		count: counts[i],
		index: i
	}));
	if (missing > 0)
		items.push({ label: 'keine Daten', color: NO_DATA_COLOR, count: missing, index: -1 });
	[...noted].forEach(([label, count], i) =>
		items.push({ label, color: NOTED_COLOR, count, index: -3 - i })
	);
	return items;
}

/** "unter a", "a bis unter b", …, "z und mehr"; `positive`: the first class starts above 0. */
export function rangeLabels(
	breaks: number[],
	fmt: (n: number) => string,
	positive = false
): string[] {
	if (breaks.length === 0) return [positive ? 'über 0' : 'alle Werte'];
	const out = [positive ? `über 0 bis unter ${fmt(breaks[0])}` : `unter ${fmt(breaks[0])}`];
	for (let i = 1; i < breaks.length; i++)
		out.push(`${fmt(breaks[i - 1])} bis unter ${fmt(breaks[i])}`);
	out.push(`${fmt(breaks[breaks.length - 1])} und mehr`);
	return out;
}

/** id → fill colour for every row (rows without a value get the "keine Daten" colour). */
export function colorsById(c: Choropleth, k: Classified): Map<string, string> {
	const out = new Map<string, string>();
	for (const r of c.rows) {
		const i = k.classOf(r.value);
		out.set(r.id, i >= 0 ? k.colors[i] : r.note ? NOTED_COLOR : NO_DATA_COLOR);
	}
	return out;
}

/** The legend entry for features a filter leaves out (none if the choropleth has no filter label). */
export function outsideItem(c: Choropleth, total: number): LegendItem[] {
	const count = total - c.rows.length;
	return c.outside && count > 0
		? [{ label: c.outside, color: OUTSIDE_COLOR, count, index: -2 }]
		: [];
}

/** A row's value as text: the formatted figure, the row's note, or "keine Daten". */
export function valueText(c: Choropleth, row: ChoroplethRow | undefined, withUnit = false): string {
	if (!row) return c.outside ?? 'keine Daten';
	const v = row.value;
	if (!isNum(v)) return row.note ?? 'keine Daten';
	if (c.classification.type === 'categorical') {
		const cat = c.classification.categories.find((x) => x.value === v);
		if (cat) return cat.label;
	}
	const text = (c.format ?? defaultFormat)(v);
	return withUnit && c.unit ? `${text} ${c.unit}` : text;
}

/** Legend entries and colour per feature of a choropleth; `total` counts a level's features. */
export function choroplethStyle(
	c: Choropleth | null,
	total?: (level: Choropleth['level']) => number
): { legend: LegendItem[]; colors: Map<string, string> } {
	if (!c) return { legend: [], colors: new Map() };
	const classified = classify(c.rows, c.classification, c.scheme);
	return {
		legend: [...legendItems(c, classified), ...(total ? outsideItem(c, total(c.level)) : [])],
		colors: colorsById(c, classified)
	};
}
