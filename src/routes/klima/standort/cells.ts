import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { fromLaea } from '$lib/geo/laea';
import { CELL, type PopulationGrid } from '$lib/geo/standort-grid';

/** Heat vulnerability classes by share 65+ (%), lower bound inclusive; -1 = share withheld. */
export const HITZE_KLASSEN = [
	{ min: 0, label: 'unter 15 %', color: '#fef0d9' },
	{ min: 15, label: '15 bis unter 20 %', color: '#fdd49e' },
	{ min: 20, label: '20 bis unter 25 %', color: '#fdbb84' },
	{ min: 25, label: '25 bis unter 30 %', color: '#fc8d59' },
	{ min: 30, label: '30 bis unter 35 %', color: '#e34a33' },
	{ min: 35, label: '35 % und mehr', color: '#b30000' }
] as const;
export const OHNE_ANGABE = { label: 'Anteil geheim gehalten', color: '#bdbdbd' };
export { LUECKE_FARBE } from '$lib/map/palette';

export const hitzeKlasse = (share: number): number =>
	Number.isNaN(share) ? -1 : HITZE_KLASSEN.findLastIndex((k) => share >= k.min);

type CellFeature = Feature<Polygon, { i: number; k: number }>;
const cache = new WeakMap<PopulationGrid, CellFeature[]>();

/** Populated cells as WGS84 squares (corners projected back from EPSG:3035), built once per grid. */
export function cellFeatures(grid: PopulationGrid): CellFeature[] {
	let list = cache.get(grid);
	if (list) return list;
	const h = CELL / 2;
	list = [];
	for (let i = 0; i < grid.n; i++) {
		if (grid.ew[i] === 0) continue;
		const x = grid.x[i];
		const y = grid.y[i];
		const ring = [
			[x - h, y - h],
			[x + h, y - h],
			[x + h, y + h],
			[x - h, y + h],
			[x - h, y - h]
		].map(([a, b]) => fromLaea([a, b]));
		list.push({
			type: 'Feature',
			properties: { i, k: hitzeKlasse(grid.share65[i]) },
			geometry: { type: 'Polygon', coordinates: [ring] }
		});
	}
	cache.set(grid, list);
	return list;
}

export function cellCollection(
	grid: PopulationGrid,
	keep: (i: number) => boolean = () => true
): FeatureCollection<Polygon> {
	return {
		type: 'FeatureCollection',
		features: cellFeatures(grid).filter((f) => keep(f.properties.i))
	};
}

export interface HitzeRow {
	key: string;
	label: string;
	zellen: number;
	einwohner: number;
	ab65: number;
}

/** The heat layer as a table: cells, inhabitants and people 65+ per class. */
export function hitzeTabelle(grid: PopulationGrid): HitzeRow[] {
	const rows: HitzeRow[] = [...HITZE_KLASSEN, OHNE_ANGABE].map((k) => ({
		key: k.label,
		label: k.label,
		zellen: 0,
		einwohner: 0,
		ab65: 0
	}));
	for (let i = 0; i < grid.n; i++) {
		if (grid.ew[i] === 0) continue;
		const k = hitzeKlasse(grid.share65[i]);
		const r = rows[k < 0 ? rows.length - 1 : k];
		r.zellen++;
		r.einwohner += grid.ew[i];
		if (k >= 0) r.ab65 += grid.ab65[i];
	}
	return rows;
}

/** MapLibre fill colour by class (property k). */
export const hitzeFill = [
	'match',
	['get', 'k'],
	...HITZE_KLASSEN.flatMap((k, i) => [i, k.color]),
	OHNE_ANGABE.color
] as unknown as string;
