import { scaleBand } from 'd3';
import type { LeerstandGemeinde } from '$lib/leerstand/queries';
import { SIZE_CLASSES } from '$lib/domain/size-class';

export const RANGE: Record<string, string> = {
	landgemeinde: '< 5 Tsd. EW',
	klein_5_10: '5–10 Tsd.',
	klein_10_20: '10–20 Tsd.',
	mittel_20_50: '20–50 Tsd.',
	mittel_50_100: '50–100 Tsd.',
	gross: '≥ 100 Tsd.'
};

/** stable jitter per AGS so dots don't jump between repaints */
export const jitter = (ags: string) => ((Number(ags.slice(-4)) * 7919) % 1000) / 1000 - 0.5;

const LABEL_MAX = 6;
const LABEL_GAP = 11;

/**
 * Single towns are named beside their dot where a class has at most a few (exports included);
 * the labels of one class are pushed apart so they never overlap. Returns the label's y per AGS.
 */
export function dotLabels(dots: LeerstandGemeinde[], y: (v: number) => number) {
	const out: Record<string, number> = {};
	for (const c of SIZE_CLASSES) {
		const inClass = dots.filter((d) => d.size_class === c.key).sort((a, b) => b.quote! - a.quote!);
		if (inClass.length > LABEL_MAX) continue;
		let last = -Infinity;
		for (const d of inClass) {
			last = Math.max(y(d.quote!), last + LABEL_GAP);
			out[d.ags] = last;
		}
	}
	return out;
}

/** one band per size class, smallest towns first */
export const classBand = (from: number, to: number) =>
	scaleBand<string>()
		.domain(SIZE_CLASSES.map((c) => c.key))
		.range([from, to])
		.padding(0.25);
