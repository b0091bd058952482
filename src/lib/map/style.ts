import { scaleLinear } from 'd3';
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

/** The towns (is_stadt) as points, sized by √population (stops of a linear interpolation). */
export const TOWN = {
	radius: [50, 1.5, 150, 3, 460, 8],
	fill: '#24313b',
	stroke: '#ffffff',
	strokeWidth: 0.8,
	/** tier 0 (named where the whole state is in view, larger text) and tier 1 (named from zoom 8) */
	tiers: [50000, 15000],
	textSize: [13, 11],
	textColor: '#1a1a1a',
	halo: 1.4,
	/** the name's top below the point, in em */
	offset: 0.9
} as const;

/** a town's point radius (px) and naming tier (0 named first, 2 last) */
export interface TownLook {
	r: number;
	tier: 0 | 1 | 2;
}

const [p0, r0, p1, r1, p2, r2] = TOWN.radius;
const townRadius = scaleLinear([p0, p1, p2], [r0, r1, r2]).clamp(true);

/**
 * The towns the maps show, each with its look: the one rule for the map's town layers (which read `r` and
 * `tier`) and the build-time preview.
 */
export function townsOf<T extends { is_stadt: boolean; population: number }>(
	rows: readonly T[]
): (T & TownLook)[] {
	return rows
		.filter((t) => t.is_stadt)
		.map((t) => ({
			...t,
			r: Math.round(townRadius(Math.sqrt(t.population)) * 100) / 100,
			tier: t.population >= TOWN.tiers[0] ? 0 : t.population >= TOWN.tiers[1] ? 1 : 2
		}));
}

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
				paint: {
					'circle-radius': ['get', 'r'],
					'circle-color': TOWN.fill,
					'circle-stroke-color': TOWN.stroke,
					'circle-stroke-width': TOWN.strokeWidth
				}
			},
			{
				id: 'orte-namen',
				type: 'symbol',
				source: 'orte',
				layout: {
					'text-field': [
						'step',
						['zoom'],
						['case', ['==', ['get', 'tier'], 0], ['get', 'name'], ''],
						8,
						['case', ['<=', ['get', 'tier'], 1], ['get', 'name'], ''],
						9.5,
						['get', 'name']
					],
					'text-font': [FONT],
					'text-size': ['case', ['==', ['get', 'tier'], 0], ...TOWN.textSize],
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
