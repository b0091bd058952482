import type { UrlCodec } from '$lib/url/state.svelte';
import type { LeerstandFilter } from '$lib/leerstand/queries';
import { SIZE_CLASSES, SIZE_GROUPS } from '$lib/domain/size-class';
import { fmtInt, plural } from '$lib/format';

export const ZO_OPTIONS = [
	{ key: 'oz', value: 'Oberzentrum', label: 'Oberzentrum' },
	{
		key: 'mzt',
		value: 'Mittelzentrum mit Teilfunktionen eines Oberzentrums',
		label: 'Mittelzentrum mit Teilfunktionen eines Oberzentrums'
	},
	{ key: 'mz', value: 'Mittelzentrum', label: 'Mittelzentrum' },
	{ key: 'kein', value: 'kein', label: 'kein Ober-/Mittelzentrum' }
] as const;

export const LEVELS = ['gemeinde', 'kreis'] as const;
export const LAYERS = ['flaeche', 'gitter'] as const;
export const SORTS = [
	'name',
	'size_class',
	'population',
	'quote',
	'reliability',
	'anteil'
] as const;
export type SortKey = (typeof SORTS)[number];

/** Everything the /leerstand view shows, as kept in the URL. */
export interface LeerstandView {
	filter: LeerstandFilter;
	ebene: (typeof LEVELS)[number];
	karte: (typeof LAYERS)[number];
	/** show values of unreliable estimates too */
	alle: boolean;
	sort: SortKey;
	desc: boolean;
	/** a highlighted Gemeinde (AGS) */
	ort: string;
}

export type ViewPatch = Omit<Partial<LeerstandView>, 'filter'> & {
	filter?: Partial<LeerstandFilter>;
};

const KLASSEN = new Set<string>([
	...SIZE_GROUPS.map((g) => g.key),
	...SIZE_CLASSES.map((c) => c.key)
]);

const oneOf = <T extends string>(v: string | null, allowed: readonly T[], d: T): T =>
	v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : d;

/** Reads the view from URL parameters; unknown values fall back to "no restriction". */
export function parseView(p: URLSearchParams): LeerstandView {
	const klasse = p.get('klasse') ?? '';
	const zo = ZO_OPTIONS.find((o) => o.key === p.get('zo'));
	const kreis = p.get('kreis') ?? '';
	return {
		filter: {
			klasse: KLASSEN.has(klasse) ? klasse : '',
			stadt: oneOf(p.get('stadt'), ['ja', 'nein'], '' as 'ja'),
			kreis: /^16\d{3}$/.test(kreis) ? kreis : '',
			region: (p.get('region') ?? '').slice(0, 60),
			zo: zo?.value ?? ''
		},
		ebene: oneOf(p.get('ebene'), LEVELS, 'gemeinde'),
		karte: oneOf(p.get('karte'), LAYERS, 'flaeche'),
		alle: p.get('alle') === '1',
		sort: oneOf(p.get('sort'), SORTS, 'quote'),
		desc: p.get('dir') !== 'auf',
		ort: /^16\d{6}$/.test(p.get('ort') ?? '') ? p.get('ort')! : ''
	};
}

/** The URL query of a view (defaults left out, so links stay short). */
export function viewQuery(v: LeerstandView): string {
	const p = new URLSearchParams();
	const f = v.filter;
	if (f.klasse) p.set('klasse', f.klasse);
	if (f.stadt) p.set('stadt', f.stadt);
	if (f.kreis) p.set('kreis', f.kreis);
	if (f.region) p.set('region', f.region);
	const zo = ZO_OPTIONS.find((o) => o.value === f.zo);
	if (zo) p.set('zo', zo.key);
	if (v.ebene !== 'gemeinde') p.set('ebene', v.ebene);
	if (v.karte !== 'flaeche') p.set('karte', v.karte);
	if (v.alle) p.set('alle', '1');
	if (v.sort !== 'quote') p.set('sort', v.sort);
	if (!v.desc) p.set('dir', 'auf');
	if (v.ort) p.set('ort', v.ort);
	const s = p.toString();
	return s ? `?${s}` : '';
}

export const defaultView = (): LeerstandView => parseView(new URLSearchParams());

/** /leerstand keeps its view in the URL (every filter step a history entry). */
export const leerstandUrl: UrlCodec<LeerstandView> = {
	parse: parseView,
	write: (v) => new URLSearchParams(viewQuery(v))
};

/** how many of the filters apply */
export const activeFilters = (f: LeerstandFilter) =>
	Object.values(f).filter((v) => v !== '').length;
export const isFiltered = (f: LeerstandFilter) => activeFilters(f) > 0;

export const RELIABILITY_LABEL: Record<string, string> = {
	indicative: 'belastbar (≥ 5.000 Wohnungen im Gitter)',
	rough: 'belastbar, grob (1.000–4.999 Wohnungen im Gitter)',
	unreliable: 'unsicher (< 1.000 Wohnungen im Gitter)',
	official: 'amtlich'
};

export const RELIABILITY_SHORT: Record<string, string> = {
	indicative: 'belastbar',
	rough: 'belastbar (grob)',
	unreliable: 'unsicher',
	official: 'amtlich'
};

/** Values of unreliable estimates are hidden unless the user asks for them. */
export const showsValue = (reliability: string | null, alle: boolean) =>
	reliability !== null && (alle || reliability !== 'unreliable');

/** „17 von 17 Gemeinden belastbar“ */
export const mixText = (belastbar: number, gemeinden: number) =>
	`${fmtInt(belastbar)} von ${plural(gemeinden, 'Gemeinde', 'Gemeinden')} belastbar`;

const KLASSE_PLURAL: Record<string, string> = {
	landgemeinde: 'Landgemeinden',
	kleinstadt: 'Kleinstädte',
	mittelstadt: 'Mittelstädte',
	grossstadt: 'Großstädte',
	klein_5_10: 'Kleinstädte 5–10 Tsd.',
	klein_10_20: 'Kleinstädte 10–20 Tsd.',
	mittel_20_50: 'Mittelstädte 20–50 Tsd.',
	mittel_50_100: 'Mittelstädte 50–100 Tsd.',
	gross: 'Großstädte'
};
const KLASSE_FILE: Record<string, string> = {
	klein_5_10: 'kleinstadt 5-10',
	klein_10_20: 'kleinstadt 10-20',
	mittel_20_50: 'mittelstadt 20-50',
	mittel_50_100: 'mittelstadt 50-100',
	gross: 'grossstadt'
};

/**
 * The filter in words for titles (place first: „Kyffhäuserkreis“, „Kleinstädte“) and for file names
 * (class first: „kleinstadt“, „Kyffhäuserkreis“). `kreisName` is the name of `f.kreis`.
 */
export function filterWords(
	f: LeerstandFilter,
	kreisName: string
): { title: string[]; file: string[] } {
	const zo = ZO_OPTIONS.find((o) => o.value === f.zo)?.label;
	const stadt = f.stadt === 'ja' ? 'mit Stadtrecht' : f.stadt === 'nein' ? 'ohne Stadtrecht' : '';
	const place = [f.kreis ? kreisName || f.kreis : '', f.region ? `Planungsregion ${f.region}` : ''];
	const rest = [stadt, zo ?? ''];
	return {
		title: [...place, f.klasse ? (KLASSE_PLURAL[f.klasse] ?? f.klasse) : '', ...rest].filter(
			Boolean
		),
		file: [f.klasse ? (KLASSE_FILE[f.klasse] ?? f.klasse) : '', ...place, ...rest].filter(Boolean)
	};
}

export const ESTIMATE_LABEL = 'Schätzung aus Zensus-2022-Gitter';
export const OFFICIAL_LABEL = 'amtlich (Zensus 2022, Regionaltabelle Gebäude und Wohnungen)';
export const statusLabel = (s: string) => (s === 'amtlich' ? OFFICIAL_LABEL : ESTIMATE_LABEL);
