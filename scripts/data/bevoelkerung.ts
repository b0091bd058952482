/**
 * Dataset `zensus_1km_bevoelkerung`: the Zensus 2022 1 km population grid (raw file 20) with the
 * Gemeinde and Kreis of each cell's centroid. Kept compact: integer EPSG:3035 centroids, no lon/lat
 * (src/lib/geo/laea.ts projects both ways), no polygons.
 */
import { bbox, booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { ColumnSpec } from './lib/arrow.ts';
import { DataError, num, readCsv } from './lib/csv.ts';
import type { Flag } from '../../src/lib/data/manifest-types.ts';

export const BEVOELKERUNG_FILE = 'th_zensus2022_1km_bevoelkerung.csv';
const ROWS = 16201;
const TOTAL = 2187981;

const columns: ColumnSpec[] = [
	{
		name: 'x_3035',
		type: 'int',
		description: 'Zellmittelpunkt Rechtswert ETRS89-LAEA (EPSG:3035), Meter; Zelle ±500 m'
	},
	{ name: 'y_3035', type: 'int', description: 'Zellmittelpunkt Hochwert EPSG:3035, Meter' },
	{
		name: 'einwohner',
		type: 'int',
		nullable: true,
		description: 'Einwohner (leer = keine Angabe: unbewohnt oder geheim gehalten)'
	},
	{
		name: 'anteil_ab65',
		type: 'float',
		nullable: true,
		description: 'Anteil der Einwohner ab 65 Jahren, % (leer = geheim gehalten)'
	},
	{
		name: 'durchschnittsalter',
		type: 'float',
		nullable: true,
		description: 'Durchschnittsalter, Jahre (leer = geheim gehalten)'
	},
	{
		name: 'kreis_ags',
		type: 'text',
		nullable: true,
		description:
			'Kreis des Zellmittelpunkts (nur bewohnte Zellen; außerhalb der generalisierten Grenzen: nächster Kreis bis 2 km)'
	}
];

interface Area {
	properties: Record<string, unknown>;
	geometry: { type: string };
}

type Boxed = { f: Area; b: number[] }[];

/** Kreis of a point: the polygon containing it, else the nearest one within 2 km, else null. */
function kreisAt(boxes: Boxed, lon: number, lat: number): string | null {
	const pt = point([lon, lat]);
	const hit = boxes.find(
		({ f, b }) =>
			lon >= b[0] &&
			lon <= b[2] &&
			lat >= b[1] &&
			lat <= b[3] &&
			booleanPointInPolygon(pt, f as never)
	);
	if (hit) return String(hit.f.properties.kreis_ags);
	let best: { d: number; k: string } | null = null;
	for (const { f, b } of boxes) {
		if (lon < b[0] - 0.05 || lon > b[2] + 0.05 || lat < b[1] - 0.03 || lat > b[3] + 0.03) continue;
		const d = pointToPolygonDistance(pt, f as never, { units: 'kilometers' });
		if (d <= 2 && (!best || d < best.d)) best = { d, k: String(f.properties.kreis_ags) };
	}
	return best?.k ?? null;
}

/** [name, columns, rows, meta] for build.ts' arrowDataset. */
export function bevoelkerung1km(
	rawDir: (f: string) => string,
	areas: Area[],
	attr: { zensus: string; bkg: string; licence: string }
) {
	const file = rawDir(BEVOELKERUNG_FILE);
	const raw = readCsv(file, {
		rows: ROWS,
		columns: [
			'x_3035',
			'y_3035',
			'lon',
			'lat',
			'einwohner',
			'anteil_ab65_pct',
			'durchschnittsalter'
		]
	});
	const boxes = areas.map((f) => ({ f, b: bbox(f as never) }));
	const seen = new Set<string>();
	let total = 0;
	const rows = raw.map((r, i) => {
		const x = num(file, raw, i, 'x_3035')!;
		const y = num(file, raw, i, 'y_3035')!;
		if (x % 1000 !== 500 || y % 1000 !== 500)
			throw new DataError(file, i + 2, `kein 1-km-Zellmittelpunkt: ${x}/${y}`, 'x_3035');
		const key = `${x}/${y}`;
		if (seen.has(key)) throw new DataError(file, i + 2, `Zelle ${key} doppelt`, 'x_3035');
		seen.add(key);
		const lon = num(file, raw, i, 'lon')!;
		const lat = num(file, raw, i, 'lat')!;
		const einwohner = num(file, raw, i, 'einwohner', { nullable: true });
		const ab65 = num(file, raw, i, 'anteil_ab65_pct', { nullable: true });
		if (einwohner !== null && (einwohner < 0 || !Number.isInteger(einwohner)))
			throw new DataError(file, i + 2, `ungültige Einwohnerzahl ${einwohner}`, 'einwohner');
		if (ab65 !== null && (ab65 < 0 || ab65 > 100))
			throw new DataError(file, i + 2, `Anteil ${ab65} außerhalb 0–100`, 'anteil_ab65_pct');
		if (ab65 !== null && einwohner === null)
			throw new DataError(file, i + 2, 'Anteil 65+ ohne Einwohnerzahl', 'anteil_ab65_pct');
		total += einwohner ?? 0;
		return {
			x_3035: x,
			y_3035: y,
			einwohner,
			anteil_ab65: ab65,
			durchschnittsalter: num(file, raw, i, 'durchschnittsalter', { nullable: true }),
			kreis_ags: einwohner === null ? null : kreisAt(boxes, lon, lat)
		};
	});
	if (total !== TOTAL)
		throw new DataError(file, null, `Einwohnersumme ${total} ≠ ${TOTAL}`, 'einwohner');
	return [
		'zensus_1km_bevoelkerung',
		columns,
		rows,
		{
			title: 'Bevölkerung im 1-km-Gitter (Zensus 2022): Einwohner, Anteil 65+, Durchschnittsalter',
			source: `${attr.zensus}, Gitterzellen 1 km („Spitze Werte“); Gemeindezuordnung: ${attr.bkg}`,
			licence: attr.licence,
			reference_date: '15.05.2022 (Zensus-Stichtag)',
			flag: 'real' as Flag,
			derived:
				'alle Zellen, deren Mittelpunkt in Thüringen liegt; Randzellen enthalten auch Einwohner jenseits der Landesgrenze; Kreis = Punkt-in-Polygon des Zellmittelpunkts in den Gemeindeflächen'
		}
	] as const;
}
