import type { CircleLayerSpecification } from 'maplibre-gl';
import { getDb } from '$lib/db';
import { registry } from '$lib/db/registry';
import { exportTitle } from '$lib/export/context';
import { fmtPct } from '$lib/format';
import { ESTIMATE_LABEL, OFFICIAL_LABEL, type LeerstandView } from '$lib/leerstand/filters';
import type { LeerstandData } from '$lib/leerstand/source';
import { GITTER_ZOOM } from './gitter100';
import { classify, legendItems, type Choropleth, type Classification } from '$lib/map/choropleth';

const BREAKS = [5, 7.5, 10, 12.5, 15];
const SCHEME = 'OrRd';
const classification: Classification = { type: 'breaks', breaks: BREAKS };

/** The vacancy choropleth of the filtered figures (Gemeinden or Kreise). */
export function leerstandChoropleth(
	data: LeerstandData,
	view: LeerstandView,
	filterTitle: readonly string[]
): Choropleth {
	const amtlich = data.datenstatus === 'amtlich';
	const rows =
		view.ebene === 'kreis'
			? data.byKreis.map((k) => ({ id: k.key, value: k.quote }))
			: data.gemeinden.map((g) =>
					view.alle || g.reliability !== 'unreliable' || g.quote === null
						? { id: g.ags, value: g.quote }
						: { id: g.ags, value: null, note: 'ausgeblendet – unsichere Schätzung' }
				);
	return {
		level: view.ebene,
		rows,
		title: exportTitle(
			`Leerstandsquote${view.ebene === 'kreis' ? ' je Kreis (gepoolt)' : ' je Gemeinde'}`,
			filterTitle
		),
		unit: '%',
		format: (n) => fmtPct(n),
		classification,
		scheme: SCHEME,
		datasets: amtlich ? ['gemeinden'] : ['leerstand_schaetzung'],
		outside: 'nicht im Filter',
		flag: amtlich ? 'user' : 'estimate',
		note: `${amtlich ? OFFICIAL_LABEL : ESTIMATE_LABEL}.${view.ebene === 'gemeinde' && !view.alle ? ' Unsichere Schätzungen (< 1.000 Wohnungen) ausgeblendet.' : ''}`
	};
}

/** The classes of the 1 km grid: the same breaks and colours as the choropleth. */
export const gridLegend = legendItems({
	level: 'gemeinde',
	rows: [],
	title: '',
	unit: '%',
	format: (n) => fmtPct(n),
	classification,
	scheme: SCHEME,
	datasets: []
}).filter((i) => i.index >= 0);

const colors = classify([], classification, SCHEME).colors;
export const gridPaint: CircleLayerSpecification['paint'] = {
	'circle-color': [
		'step',
		['get', 'quote'],
		colors[0],
		...BREAKS.flatMap((b, i) => [b, colors[i + 1]])
	],
	'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 6, 1.6, 8, 3.5, 10, 7, 12, 22],
	// from the zoom of the 100 m grid on, the 1 km points give way to it
	'circle-opacity': ['step', ['zoom'], 0.85, GITTER_ZOOM, 0],
	'circle-stroke-width': 0
};

/** The official 1 km grid (16.000 cells) as points. */
export async function loadGrid(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> {
	const rows = await (await getDb()).rows(registry.leerstandGitter);
	return {
		type: 'FeatureCollection',
		features: rows.map((r) => ({
			type: 'Feature',
			properties: { quote: r.quote },
			geometry: { type: 'Point', coordinates: [r.lon, r.lat] }
		}))
	};
}
