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

/** A pilot's colour by its AG (an unknown AG as WULIS). */
export const agFarbe = (ag: string | null | undefined) =>
	ag && Object.hasOwn(AG_FARBE, ag) ? AG_FARBE[ag] : AG_FARBE.WULIS;

/** A candidate's colour by its hazard (an unknown one as Starkregen). */
export const klimafeldFarbe = (feld: string | null | undefined) =>
	feld && Object.hasOwn(KLIMAFELD_FARBE, feld) ? KLIMAFELD_FARBE[feld] : KLIMAFELD_FARBE.Starkregen;
