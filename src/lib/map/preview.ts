import { geoMercator, geoPath, scaleLinear } from 'd3';
import { forD3 } from '$lib/geo/d3';
import { THUERINGEN_BOUNDS, TOWN } from './style';

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
	/** the towns' points (r in px) and, where the map names them at the opening zoom, their names */
	orte: { x: number; y: number; r: number; name?: string }[];
}

export interface PreviewTown {
	name: string;
	population: number;
	is_stadt: boolean;
	lon: number;
	lat: number;
}

const W = 800;

export type PreviewGeo = { land: FC; kreise: FC; gemeinden: FC };

export function mapPreview(geo: PreviewGeo, towns: PreviewTown[]): MapPreview {
	const [r0, r1, r2, r3, r4, r5] = TOWN.radius;
	const townRadius = scaleLinear([r0, r2, r4], [r1, r3, r5]).clamp(true);
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
		orte: towns
			.filter((o) => o.is_stadt)
			.map((o) => {
				const [x, y] = projection([o.lon, o.lat])!;
				return {
					x: Math.round(x * 10) / 10,
					y: Math.round(y * 10) / 10,
					r: Math.round(townRadius(Math.sqrt(o.population)) * 100) / 100,
					...(o.population >= TOWN.named ? { name: o.name } : {})
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
