import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * One colour language for the Klima maps and their legends (Okabe–Ito, colour-blind safe): a station,
 * a candidate of a hazard or a pilot of an AG has the same colour on every map.
 */
/** green for the trees of the Wanderbaumallee; the maps' town points are dark blue */
export const STATION_FARBE = '#009e73';
export const KLIMAFELD_FARBE: Record<string, string> = {
	Hitze: '#d55e00',
	Dürre: '#e69f00',
	Starkregen: '#0072b2'
};
export const AG_FARBE: Record<string, string> = {
	Klima: '#f0e442',
	Leerstand: '#cc79a7',
	WULIS: '#56b4e9'
};
/** a grid cell farther than the radius from every site */
export const LUECKE_FARBE = '#4d4d4d';

/** A MapLibre `match` on a feature property with the colours of a table. */
export const matchFarbe = (
	property: string,
	colours: Record<string, string>,
	fallback: string
): ExpressionSpecification =>
	[
		'match',
		['get', property],
		...Object.entries(colours).flat(),
		fallback
	] as unknown as ExpressionSpecification;
