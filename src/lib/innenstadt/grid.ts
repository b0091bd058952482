import type { ExpressionSpecification } from 'maplibre-gl';
import { fromLaea, toLaea } from '$lib/geo/laea';
import type { OrtskernZelle } from './queries';

/** Colour classes of the cell vacancy rate (upper bound exclusive), shared by layer and legend. */
export const GRID_CLASSES = [
	{ max: 5, color: '#fee5d9', label: 'unter 5 %' },
	{ max: 10, color: '#fcae91', label: '5 bis unter 10 %' },
	{ max: 20, color: '#fb6a4a', label: '10 bis unter 20 %' },
	{ max: 30, color: '#de2d26', label: '20 bis unter 30 %' },
	{ max: Infinity, color: '#a50f15', label: '30 % und mehr' }
] as const;
export const WITHHELD = {
	color: '#bdbdbd',
	label: 'Leerstand nicht veröffentlicht (weniger als 3 leere Wohnungen oder Wohnungszahl geheim)'
};

/** fill-color: the class of `q`, grey where `q` is null */
export const gridColor: ExpressionSpecification = [
	'case',
	['==', ['get', 'q'], null],
	WITHHELD.color,
	[
		'step',
		['get', 'q'],
		GRID_CLASSES[0].color,
		...GRID_CLASSES.slice(1).flatMap((c, i) => [GRID_CLASSES[i].max, c.color])
	] as unknown as ExpressionSpecification
];

/** The 100 m squares (corners projected back from EPSG:3035) with the cell's rate `q` (%). */
export function cellFeatures(cells: OrtskernZelle[]): GeoJSON.FeatureCollection<GeoJSON.Polygon> {
	return {
		type: 'FeatureCollection',
		features: cells.map((c) => {
			const x = c.gx * 100;
			const y = c.gy * 100;
			const ring = [
				fromLaea([x, y]),
				fromLaea([x + 100, y]),
				fromLaea([x + 100, y + 100]),
				fromLaea([x, y + 100]),
				fromLaea([x, y])
			];
			const q =
				c.leer !== null && c.wohnungen !== null && c.wohnungen > 0
					? Math.min(100, (100 * c.leer) / c.wohnungen)
					: null;
			return {
				type: 'Feature',
				properties: { q, w: c.wohnungen, l: c.leer },
				geometry: { type: 'Polygon', coordinates: [ring] }
			};
		})
	};
}

/** The core circle (radius r around the Ortsmitte, drawn in EPSG:3035 like the core rule). */
export function coreCircle(
	lon: number,
	lat: number,
	r: number
): GeoJSON.Feature<GeoJSON.LineString> {
	const [cx, cy] = toLaea([lon, lat]);
	const coordinates = Array.from({ length: 97 }, (_, i) => {
		const a = (i / 96) * 2 * Math.PI;
		return fromLaea([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
	});
	return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}
