import type { UrlCodec } from '$lib/url/state.svelte';
import { emptyKatasterFilter, type KatasterDim, type KatasterFilter } from './queries';
import { KATASTER_JAHRE } from './schema';

/** URL parameter of each filter dimension (German, short, mailable). */
export const PARAM: Record<KatasterDim, string> = {
	nutzung: 'nutzung',
	zustand: 'zustand',
	status: 'status',
	size_class: 'klasse',
	kreis_ags: 'kreis',
	dauer_klasse: 'dauer',
	flaeche_klasse: 'flaeche',
	ags: 'gemeinde'
};

export interface KatasterView {
	filter: KatasterFilter;
	/** early warning: years back and threshold (objects per 1.000 EW) */
	fwJahre: number;
	fwSchwelle: number;
}

const LAST = KATASTER_JAHRE[KATASTER_JAHRE.length - 1];

export function parseView(params: URLSearchParams): KatasterView {
	const jahr = Number(params.get('jahr'));
	const filter = emptyKatasterFilter(
		(KATASTER_JAHRE as readonly number[]).includes(jahr) ? jahr : LAST
	);
	for (const [dim, key] of Object.entries(PARAM) as [KatasterDim, string][]) {
		const v = params.get(key);
		filter[dim] = v ? [...new Set(v.split(',').filter(Boolean))].sort() : [];
	}
	const n = Number(params.get('fw_jahre'));
	const s = Number(params.get('fw_schwelle'));
	return {
		filter,
		fwJahre: Number.isInteger(n) && n >= 1 && n <= 6 ? n : 3,
		fwSchwelle: Number.isFinite(s) && params.has('fw_schwelle') ? s : 0.5
	};
}

/** Writes the view into `params` (other parameters, e.g. `ansicht`, stay). Defaults are left out. */
export function writeView(params: URLSearchParams, v: KatasterView): URLSearchParams {
	const out = new URLSearchParams(params);
	if (v.filter.jahr === LAST) out.delete('jahr');
	else out.set('jahr', String(v.filter.jahr));
	for (const [dim, key] of Object.entries(PARAM) as [KatasterDim, string][]) {
		const values = v.filter[dim];
		if (values.length) out.set(key, [...values].sort().join(','));
		else out.delete(key);
	}
	if (v.fwJahre === 3) out.delete('fw_jahre');
	else out.set('fw_jahre', String(v.fwJahre));
	if (v.fwSchwelle === 0.5) out.delete('fw_schwelle');
	else out.set('fw_schwelle', String(v.fwSchwelle));
	return out;
}

/** /leerstand/kataster keeps its view in the URL (filter steps replace the history entry). */
export const katasterUrl: UrlCodec<KatasterView> = {
	parse: parseView,
	write: (v, current) => writeView(current, v)
};

export function toggle(values: string[], key: string): string[] {
	return values.includes(key) ? values.filter((v) => v !== key) : [...values, key].sort();
}
