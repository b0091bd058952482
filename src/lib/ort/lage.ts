import { geoBounds, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3';

type Props = { ags?: string; name?: string };
type FC = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, Props>;
export type LageOrt = { ags: string; name: string; lon: number; lat: number; population: number };

/**
 * The locator map of a town profile, drawn at build time as SVG paths (no map engine, no WebGL):
 * the Gemeinde and its neighbours, Kreis and Land borders, the larger towns around as labels.
 */
export type Lage = {
	w: number;
	h: number;
	nachbarn: string;
	kreise: string;
	land: string;
	ort: string;
	punkt: [number, number];
	orte: { ags: string; name: string; x: number; y: number }[];
};

export const LAGE_W = 640;
export const LAGE_H = 320;
const PAD = 24;
/** the closest view: the frame about 30 km wide in Thuringia (Web-Mercator zoom 11 of 256-px tiles) */
const MAX_SCALE = (256 * 2 ** 11) / (2 * Math.PI);
/** towns named around the Gemeinde (from Kleinstadt size on) */
export const LABEL_MIN_EW = 5_000;
const LABEL_MAX = 6;
/** how much wider than the Gemeinde the frame is */
const CONTEXT = 2.5;

/** Borders as lines: clipped to the frame they end there, where a clipped polygon would draw the frame. */
const lines = (features: FC['features']): GeoJSON.MultiLineString => ({
	type: 'MultiLineString',
	coordinates: features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
	)
});

/** `geo`: the outlines as returned by `forD3` ($lib/geo/d3). */
export function lageKarte(
	geo: { gemeinden: FC; kreise: FC; land: FC },
	ort: LageOrt,
	orte: LageOrt[]
): Lage | undefined {
	const feature = geo.gemeinden.features.find((f) => f.properties?.ags === ort.ags);
	if (!feature) return undefined;
	// the Gemeinde with its surroundings (a frame 2,5 times as wide), small ones no closer than MAX_SCALE
	const projection = geoMercator().fitExtent(
		[
			[PAD, PAD],
			[LAGE_W - PAD, LAGE_H - PAD]
		],
		feature
	);
	const [[x0, y0], [x1, y1]] = geoBounds(feature);
	projection.scale(Math.min(projection.scale() / CONTEXT, MAX_SCALE)).translate([0, 0]);
	const c = projection([(x0 + x1) / 2, (y0 + y1) / 2])!;
	projection.translate([LAGE_W / 2 - c[0], LAGE_H / 2 - c[1]]);
	projection.clipExtent([
		[0, 0],
		[LAGE_W, LAGE_H]
	]);
	// whole pixels for the many thin lines, tenths for the town and the Land border
	const coarse = geoPath(projection).digits(0);
	const fine = geoPath(projection).digits(1);
	const d = (o: GeoPermissibleObjects, path = coarse) => path(o) ?? '';
	const inView = ([x, y]: [number, number]) => x >= 0 && x <= LAGE_W && y >= 0 && y <= LAGE_H;
	const punkt = projection([ort.lon, ort.lat])!;
	const labels = orte
		.filter((o) => o.ags !== ort.ags && o.population >= LABEL_MIN_EW)
		.map((o) => ({ o, p: projection([o.lon, o.lat])! }))
		.filter(({ p }) => inView(p))
		.sort((a, b) => b.o.population - a.o.population)
		.slice(0, LABEL_MAX);
	const round = (v: number) => Math.round(v * 10) / 10;
	return {
		w: LAGE_W,
		h: LAGE_H,
		nachbarn: d(lines(geo.gemeinden.features.filter((f) => f !== feature))),
		kreise: d(lines(geo.kreise.features)),
		land: d(lines(geo.land.features), fine),
		ort: d(feature, fine),
		punkt: [round(punkt[0]), round(punkt[1])],
		orte: labels.map(({ o, p }) => ({ ags: o.ags, name: o.name, x: round(p[0]), y: round(p[1]) }))
	};
}
