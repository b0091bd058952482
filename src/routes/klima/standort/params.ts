import type { UrlCodec } from '$lib/url/state.svelte';
import { SIZE_CLASSES, SIZE_GROUPS } from '$lib/domain/size-class';

export type Ebene = 'luecken' | 'hitze' | 'orte' | 'dichte' | 'leerstand' | 'groesse';

export interface StandortParams {
	open: boolean;
	klasse: string;
	km: number;
	ebene: Ebene;
	stationen: boolean;
}

export const KLASSEN: { key: string; label: string }[] = [
	{ key: 'stadt', label: 'mit Stadtrecht' },
	...SIZE_GROUPS.map((g) => ({ key: g.key, label: g.label })),
	...SIZE_CLASSES.filter((c) => c.key !== c.group).map((c) => ({ key: c.key, label: c.label })),
	{ key: 'alle', label: 'alle Größen' }
];

export const EBENEN: { key: Ebene; label: string }[] = [
	{ key: 'luecken', label: 'Weiße Flecken: Einwohner ohne Standort (1-km-Gitter)' },
	{ key: 'hitze', label: 'Hitzeverwundbarkeit: Anteil 65+ (1-km-Gitter)' },
	{ key: 'orte', label: 'Weiße Flecken: Gemeinden ohne Standort' },
	{ key: 'dichte', label: 'Bevölkerungsdichte' },
	{ key: 'leerstand', label: 'Wohnungsleerstand (Schätzung Zensus 2022)' },
	{ key: 'groesse', label: 'Gemeindegrößenklasse' }
];

export const DEFAULTS: StandortParams = {
	open: false,
	klasse: 'stadt',
	km: 15,
	ebene: 'luecken',
	stationen: false
};
export const MAX_KM = 100;

const KEYS = ['sa', 'sa_klasse', 'sa_km', 'sa_ebene', 'sa_stationen'];

/** Reads the analysis parameters; anything unknown falls back to the default. */
export function parseParams(q: URLSearchParams): StandortParams {
	const km = Number(q.get('sa_km'));
	const klasse = q.get('sa_klasse') ?? '';
	const ebene = q.get('sa_ebene') ?? '';
	return {
		open: q.get('sa') === '1',
		klasse: KLASSEN.some((k) => k.key === klasse) ? klasse : DEFAULTS.klasse,
		km: q.has('sa_km') && Number.isFinite(km) && km >= 0 && km <= MAX_KM ? km : DEFAULTS.km,
		ebene: EBENEN.some((e) => e.key === ebene) ? (ebene as Ebene) : DEFAULTS.ebene,
		stationen: q.get('sa_stationen') === '1'
	};
}

/** The analysis part of the query string (empty when closed with the defaults; closing keeps the settings). */
function standortQuery(p: StandortParams): string {
	const { open, ...rest } = p;
	const { open: _, ...defaults } = DEFAULTS;
	if (!open && JSON.stringify(rest) === JSON.stringify(defaults)) return '';
	return `sa=${open ? 1 : 0}&sa_klasse=${encodeURIComponent(p.klasse)}&sa_km=${p.km}&sa_ebene=${p.ebene}&sa_stationen=${p.stationen ? 1 : 0}`;
}

/** The analysis in the URL: its keys after the Klima view's own (those stay as they are). */
export const standortCodec: UrlCodec<StandortParams> = {
	parse: parseParams,
	write(p, current) {
		const q = new URLSearchParams(current);
		for (const k of KEYS) q.delete(k);
		for (const [k, v] of new URLSearchParams(standortQuery(p))) q.append(k, v);
		return q;
	}
};
