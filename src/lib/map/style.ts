import type { ExpressionSpecification, FeatureCollection, StyleSpecification } from './types';

export const THUERINGEN_BOUNDS: [[number, number], [number, number]] = [
	[9.87, 50.2],
	[12.66, 51.65]
];

/** px between THUERINGEN_BOUNDS and the frame when the map opens */
export const FIT_PADDING = 12;

export const FONT = 'Noto Sans Regular';
export const REST_ID = '16064073-rest';
export const NEUTRAL_COLOR = '#d9d4cc';
/** colours shared with the build-time preview (MapPreview.svelte) */
export const PAINT = {
	background: '#eef2f5',
	land: '#ffffff',
	empty: '#f7f7f4',
	gemeindeLine: '#ffffff',
	kreisLine: '#5b6770',
	landLine: '#1f2a33'
} as const;

/** Line widths by zoom (stops of a linear interpolation), shared with the preview. */
export const LINE_WIDTH = {
	gemeinde: [6, 0.3, 10, 1.2],
	kreis: [6, 0.8, 10, 2],
	land: 1.6
} as const;

/** The towns (is_stadt) as points, sized by √population (stops of a linear interpolation), shared with the preview. */
export const TOWN = {
	radius: [50, 1.5, 150, 3, 460, 8],
	fill: '#24313b',
	stroke: '#ffffff',
	strokeWidth: 0.8,
	/** named where the whole state is in view (below zoom 8), in the larger size */
	named: 50000,
	textSize: 13,
	textColor: '#1a1a1a',
	halo: 1.4,
	/** the name's top below the point, in em */
	offset: 0.9
} as const;

/**
 * A Gemeinde's fill as the map shows it (`fillColor` below, the Kreis fill drawn over it at Kreis level,
 * `paintFills`): for the preview, which draws the same picture without the engine — keep them in step.
 */
export function featureFill(
	g: { id: string; kreis: string },
	level: 'gemeinde' | 'kreis' | undefined,
	colors: Map<string, string>
): string {
	return (
		(level === 'kreis' ? colors.get(g.kreis) : undefined) ??
		(g.id === REST_ID ? NEUTRAL_COLOR : undefined) ??
		(level === 'gemeinde' ? colors.get(g.id) : undefined) ??
		PAINT.empty
	);
}

export interface GeoData {
	land: FeatureCollection;
	kreise: FeatureCollection;
	gemeinden: FeatureCollection;
}

const fillColor: ExpressionSpecification = [
	'case',
	['==', ['get', 'id'], REST_ID],
	NEUTRAL_COLOR,
	['coalesce', ['feature-state', 'fill'], PAINT.empty]
];

/**
 * The whole map style, from our own origin only: no glyphs or sprite URL; labels use the
 * self-hosted Noto Sans through `font-faces`.
 */
export function buildStyle(
	geo: GeoData,
	fontUrl: string,
	points: FeatureCollection = { type: 'FeatureCollection', features: [] }
): StyleSpecification {
	return {
		version: 8,
		'font-faces': { [FONT]: fontUrl },
		sources: {
			land: { type: 'geojson', data: geo.land },
			kreise: { type: 'geojson', data: geo.kreise, promoteId: 'kreis_ags' },
			gemeinden: { type: 'geojson', data: geo.gemeinden, promoteId: 'id' },
			orte: { type: 'geojson', data: points, promoteId: 'ags' }
		},
		layers: [
			{ id: 'hintergrund', type: 'background', paint: { 'background-color': PAINT.background } },
			{ id: 'land-fill', type: 'fill', source: 'land', paint: { 'fill-color': PAINT.land } },
			{
				id: 'gemeinden-fill',
				type: 'fill',
				source: 'gemeinden',
				paint: { 'fill-color': fillColor }
			},
			{
				id: 'kreise-fill',
				type: 'fill',
				source: 'kreise',
				paint: {
					'fill-color': ['coalesce', ['feature-state', 'fill'], '#000000'],
					'fill-opacity': ['case', ['to-boolean', ['feature-state', 'fill']], 1, 0]
				}
			},
			{
				id: 'gemeinden-line',
				type: 'line',
				source: 'gemeinden',
				paint: {
					'line-color': PAINT.gemeindeLine,
					'line-width': ['interpolate', ['linear'], ['zoom'], ...LINE_WIDTH.gemeinde],
					'line-opacity': 0.8
				}
			},
			{
				id: 'kreise-line',
				type: 'line',
				source: 'kreise',
				paint: {
					'line-color': PAINT.kreisLine,
					'line-width': ['interpolate', ['linear'], ['zoom'], ...LINE_WIDTH.kreis]
				}
			},
			{
				id: 'land-line',
				type: 'line',
				source: 'land',
				paint: { 'line-color': PAINT.landLine, 'line-width': LINE_WIDTH.land }
			},
			{
				id: 'gemeinden-hover',
				type: 'line',
				source: 'gemeinden',
				paint: {
					'line-color': '#1a1a1a',
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						3,
						['boolean', ['feature-state', 'hover'], false],
						2,
						0
					]
				}
			},
			{
				id: 'orte-punkte',
				type: 'circle',
				source: 'orte',
				filter: ['==', ['get', 'is_stadt'], true],
				paint: {
					'circle-radius': [
						'interpolate',
						['linear'],
						['sqrt', ['get', 'population']],
						...TOWN.radius
					],
					'circle-color': TOWN.fill,
					'circle-stroke-color': TOWN.stroke,
					'circle-stroke-width': TOWN.strokeWidth
				}
			},
			{
				id: 'orte-namen',
				type: 'symbol',
				source: 'orte',
				filter: ['==', ['get', 'is_stadt'], true],
				layout: {
					'text-field': [
						'step',
						['zoom'],
						['case', ['>=', ['get', 'population'], TOWN.named], ['get', 'name'], ''],
						8,
						['case', ['>=', ['get', 'population'], 15000], ['get', 'name'], ''],
						9.5,
						['get', 'name']
					],
					'text-font': [FONT],
					'text-size': ['case', ['>=', ['get', 'population'], TOWN.named], TOWN.textSize, 11],
					'text-offset': [0, TOWN.offset],
					'text-anchor': 'top',
					'symbol-sort-key': ['-', 0, ['get', 'population']]
				},
				paint: {
					'text-color': TOWN.textColor,
					'text-halo-color': '#ffffff',
					'text-halo-width': TOWN.halo
				}
			}
		]
	};
}
