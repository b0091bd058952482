import { geoMercator, geoPath } from 'd3';
import { forD3 } from '$lib/geo/d3';
import { THUERINGEN_BOUNDS } from './style';

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
}

const W = 800;

export type PreviewGeo = { land: FC; kreise: FC; gemeinden: FC };

export function mapPreview(geo: PreviewGeo): MapPreview {
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
		land: path(forD3(geo.land)) ?? ''
	};
}
