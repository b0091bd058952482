import type { CircleLayerSpecification } from 'maplibre-gl';

/**
 * A point's look, carried in its own properties: the map paints from them (`MARK_PAINT`), the build-time
 * preview draws the same circles — one rule for both.
 */
export interface MarkStyle {
	r: number;
	fill: string;
	stroke: string;
	sw: number;
}

export const MARK_PAINT = {
	'circle-radius': ['get', 'r'],
	'circle-color': ['get', 'fill'],
	'circle-stroke-color': ['get', 'stroke'],
	'circle-stroke-width': ['get', 'sw']
} satisfies CircleLayerSpecification['paint'];

export type StyledPoints = GeoJSON.FeatureCollection<
	GeoJSON.Point,
	MarkStyle & Record<string, unknown>
>;

/** a point layer's text (`label`): size in px, offset below the point in em, white halo in px */
export const POINT_LABEL = { size: 11, offset: 1, halo: 1.2 } as const;

/** a dashed or solid line in px (dash in line widths, as MapLibre's `line-dasharray`) */
export interface LineMark {
	color: string;
	width: number;
	dash?: readonly number[];
}

/** What a map draws over the outlines, for its preview: lines, then point layers (label: a property shown as text). */
export interface PreviewMarks {
	lines: { data: GeoJSON.FeatureCollection<GeoJSON.LineString>; look: LineMark }[];
	points: { data: StyledPoints; label?: string }[];
}

export const linePaint = (l: LineMark) => ({
	'line-color': l.color,
	'line-width': l.width,
	...(l.dash ? { 'line-dasharray': [...l.dash] } : {})
});
