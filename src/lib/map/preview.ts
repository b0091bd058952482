import { geoMercator, geoPath } from 'd3';
import { forD3 } from '$lib/geo/d3';
import type { MapGemeinde } from './queries';
import { THUERINGEN_BOUNDS, townsOf } from './style';

type FC = GeoJSON.FeatureCollection<
	GeoJSON.Polygon | GeoJSON.MultiPolygon,
	{ id?: string; kreis_ags?: string; name?: string }
>;

/** The state map's first picture, drawn at build time: Gemeinde and Kreis outlines as SVG paths. */
export interface MapPreview {
	/** viewBox: THUERINGEN_BOUNDS in Web Mercator (MapLibre fits them into the frame, FIT_PADDING inside) */
	w: number;
	h: number;
	gemeinden: { id: string; kreis: string; d: string }[];
	kreise: string;
	land: string;
	/** the projection (Web Mercator, d3's scale and translate): marks are placed in the browser */
	k: number;
	t: [number, number];
	/**
	 * the towns' points (r in px; the largest first) and, where the map names them at the opening zoom, their
	 * names; in the browser absent until it is known that no stored table replaces them
	 */
	orte?: { x: number; y: number; r: number; name?: string }[];
}

export type PreviewTown = Pick<MapGemeinde, 'name' | 'population' | 'is_stadt' | 'lon' | 'lat'>;

const W = 800;

export type PreviewGeo = { land: FC; kreise: FC; gemeinden: FC };

export function mapPreview(geo: PreviewGeo, towns: PreviewTown[]): MapPreview {
	const [[x0, y0], [x1, y1]] = THUERINGEN_BOUNDS;
	const box: GeoJSON.MultiPoint = {
		type: 'MultiPoint',
		coordinates: [
			[x0, y0],
			[x1, y1]
		]
	};
	const projection = geoMercator().fitWidth(W, box);
	const path = geoPath(projection).digits(0);
	const [[, top], [, bottom]] = path.bounds(box);
	const g = forD3(geo.gemeinden);
	return {
		w: W,
		h: Math.ceil(bottom - top),
		gemeinden: g.features.map((f) => ({
			id: String(f.properties?.id),
			kreis: String(f.properties?.kreis_ags),
			d: path(f) ?? ''
		})),
		kreise: path(forD3(geo.kreise)) ?? '',
		land: path(forD3(geo.land)) ?? '',
		k: projection.scale(),
		t: projection.translate(),
		// the map names the larger towns first (symbol-sort-key): the picture's labels in the same order
		orte: townsOf([...towns].sort((a, b) => b.population - a.population)).map((o) => {
			const [x, y] = projection([o.lon, o.lat])!;
			return {
				x: Math.round(x * 10) / 10,
				y: Math.round(y * 10) / 10,
				r: o.r,
				...(o.tier === 0 ? { name: o.name } : {})
			};
		})
	};
}

/**
 * Where a point lies in the preview's picture: d3's Mercator with the build's scale and translate, written
 * out so the browser needs no d3-geo for it (unit-tested equal to d3).
 */
export function previewProjection({ k, t: [tx, ty] }: Pick<MapPreview, 'k' | 't'>) {
	const rad = Math.PI / 180;
	return ([lon, lat]: GeoJSON.Position): [number, number] => [
		tx + k * lon * rad,
		ty - k * Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2))
	];
}

/** a label as the map sets it: centred below its point (`offset` em), `size` px */
export interface PreviewLabel {
	x: number;
	y: number;
	text: string;
	size: number;
	offset: number;
	halo: number;
}

/**
 * The labels the map shows: each one that does not overlap a label placed before it (MapLibre places the
 * upper layers' labels first). Glyph boxes estimated at 0,6 em per character and 1,2 em high, with
 * MapLibre's 2 px padding; `u` is picture units per px.
 */
export function placeLabels(labels: readonly PreviewLabel[], u: number): Set<PreviewLabel> {
	const placed: [number, number, number, number][] = [];
	const shown = new Set<PreviewLabel>();
	for (const l of labels) {
		const half = ((0.6 * l.text.length * l.size) / 2 + 2) * u;
		const top = l.y + (l.offset * l.size - 2) * u;
		const box: [number, number, number, number] = [
			l.x - half,
			top,
			l.x + half,
			top + (1.2 * l.size + 4) * u
		];
		if (placed.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]))
			continue;
		placed.push(box);
		shown.add(l);
	}
	return shown;
}
