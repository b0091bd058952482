import { AG_LABEL } from '$lib/massnahmen/labels';
import { compareDe } from '$lib/format';
import type { UrlCodec } from '$lib/url/state.svelte';
import type { CatalogParams, MassnahmeRow } from '$lib/massnahmen/queries';
import { SIZE_GROUPS } from '$lib/domain/size-class';
import { downloadCsv, type CsvColumn } from '$lib/export/csv';
import { exportFileName, exportTitle } from '$lib/export/context';
import { quelleText } from '$lib/map/export';

export const FACETS = ['ag', 'rubric', 'approach', 'size', 'fundable'] as const;
export type Facet = (typeof FACETS)[number];

export interface CatalogState {
	q: string;
	filters: Record<Facet, string[]>;
	view: 'karten' | 'tabelle';
	id: string;
}

/** URL parameter per facet (German, so links read well). */
export const PARAM: Record<Facet, string> = {
	ag: 'ag',
	rubric: 'rubrik',
	approach: 'ansatz',
	size: 'groesse',
	fundable: 'foerderfaehig'
};

export const FACET_LABEL: Record<Facet, string> = {
	ag: 'Arbeitsgruppe',
	rubric: 'Rubrik',
	approach: 'Ansatz / Handlungsfeld',
	size: 'passend für Gemeindegröße',
	fundable: 'förderfähig'
};

const NONE = '~';
const SIZE_LABEL: Record<string, string> = Object.fromEntries(
	SIZE_GROUPS.map((g) => [g.key, g.label])
);

/** Display text of a facet value (`~` stands for "the source says nothing"). */
export function valueLabel(facet: Facet, value: string): string {
	if (value === NONE) return facet === 'size' ? 'keine Angabe' : 'ohne Zuordnung';
	if (facet === 'ag') return AG_LABEL[value] ?? value;
	if (facet === 'size') return SIZE_LABEL[value] ?? value;
	return value;
}

/** Order of facet values: fixed for AG, size and fundable; otherwise alphabetical, "none" last. */
export function sortValues(facet: Facet, values: string[]): string[] {
	const fixed: Partial<Record<Facet, string[]>> = {
		ag: ['Leerstand', 'Klima', 'WULIS', 'alle'],
		size: ['landgemeinde', 'kleinstadt', 'mittelstadt', 'grossstadt', NONE],
		fundable: ['ja', 'nein', 'unbekannt']
	};
	const order = fixed[facet];
	const rank = (v: string) => (order ? order.indexOf(v) + 1 || 99 : v === NONE ? 99 : 0);
	return [...values].sort((a, b) => rank(a) - rank(b) || compareDe(a, b));
}

export const EMPTY: CatalogState = {
	q: '',
	filters: { ag: [], rubric: [], approach: [], size: [], fundable: [] },
	view: 'karten',
	id: ''
};

const clean = (v: string) => v.trim().slice(0, 200);

export function parseState(sp: URLSearchParams): CatalogState {
	const filters = { ...EMPTY.filters };
	for (const f of FACETS)
		filters[f] = [...new Set(sp.getAll(PARAM[f]).map(clean))].filter(
			(v) => v !== '' && !v.includes('|')
		);
	return {
		q: clean(sp.get('q') ?? ''),
		filters,
		view: sp.get('ansicht') === 'tabelle' ? 'tabelle' : 'karten',
		id: clean(sp.get('id') ?? '')
	};
}

export function toSearch(s: CatalogState): string {
	const sp = new URLSearchParams();
	if (s.q.trim()) sp.set('q', s.q.trim());
	for (const f of FACETS) for (const v of s.filters[f]) sp.append(PARAM[f], v);
	if (s.view === 'tabelle') sp.set('ansicht', 'tabelle');
	if (s.id) sp.set('id', s.id);
	const text = sp.toString();
	return text ? `?${text}` : '';
}

/** /massnahmen keeps search, facets, view and the open measure in the URL. */
export const massnahmenUrl: UrlCodec<CatalogState> = {
	parse: parseState,
	write: (s) => new URLSearchParams(toSearch(s))
};

export function toParams(s: CatalogState): CatalogParams {
	const j = (f: Facet) => s.filters[f].join('|');
	return [s.q, j('ag'), j('rubric'), j('approach'), j('size'), j('fundable')];
}

export function sizeText(sizes: string | null): string {
	if (!sizes) return 'keine Angabe';
	if (sizes === 'alle') return 'alle Größen (laut Quelle: kleine, mittlere und große Städte)';
	return sizes
		.split('|')
		.map((s) => valueLabel('size', s))
		.join(', ');
}

export const approachText = (a: string | null) => (a ? a.split('|').join(', ') : '–');

export const CSV_COLUMNS: CsvColumn<MassnahmeRow>[] = [
	{ key: 'id', label: 'Schlüssel' },
	{ key: 'title', label: 'Titel' },
	{ key: (r) => valueLabel('ag', r.ag), label: 'Arbeitsgruppe' },
	{ key: 'rubric', label: 'Rubrik' },
	{ key: 'approach', label: 'Ansatz' },
	{ key: 'description', label: 'Beschreibung' },
	{ key: 'examples', label: 'Beispiele' },
	{ key: 'gemeinde', label: 'Gemeinde' },
	{ key: 'ags', label: 'AGS' },
	{ key: (r) => sizeText(r.size_classes), label: 'Größenklassen' },
	{ key: 'fundable', label: 'förderfähig' },
	{ key: 'status', label: 'Stand' },
	{ key: 'source', label: 'Quelle' },
	{ key: 'link', label: 'Verweis' }
];

/** The search and the chosen facet values in words, for export titles and file names. */
export function filterWords(s: CatalogState): string[] {
	const words = FACETS.flatMap((f) => s.filters[f].map((v) => valueLabel(f, v)));
	return s.q ? [`Suche „${s.q}“`, ...words] : words;
}

/** The shown entries as CSV, the search and filters in title and file name. */
export function downloadCatalog(cat: CatalogState, rows: MassnahmeRow[]) {
	const words = filterWords(cat);
	downloadCsv(exportFileName('massnahmen', words, 'csv'), rows, CSV_COLUMNS, {
		preamble: [exportTitle('Maßnahmenkatalog', words), quelleText(['massnahmen'])]
	});
}
