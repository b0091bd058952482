/**
 * Dataset `ortsmitte` (raw file 18, BKG VG250_PK): the town-centre point of each of the 605 Gemeinden,
 * as issue #20 describes it. Built here by the Standort work because the Innenstadt branch had not
 * landed yet; same name and columns as there — keep one of the two registrations.
 */
import type { ColumnSpec } from './lib/arrow.ts';
import { DataError, num, readCsv, str } from './lib/csv.ts';
import { toLaea } from '../../src/lib/geo/laea.ts';
import type { Flag } from '../../src/lib/data/manifest-types.ts';

const columns: ColumnSpec[] = [
	{ name: 'ags', type: 'text', description: 'AGS 2025 (8 Ziffern, Text)' },
	{ name: 'name', type: 'text', description: 'Name laut VG250' },
	{ name: 'art', type: 'text', description: 'Bezeichnung laut VG250 (Stadt, Gemeinde …)' },
	{ name: 'lon', type: 'float', description: 'Ortsmitte Länge (WGS84, 4 Nachkommastellen)' },
	{ name: 'lat', type: 'float', description: 'Ortsmitte Breite (WGS84)' },
	{ name: 'x_3035', type: 'int', description: 'Ortsmitte Rechtswert EPSG:3035 (m)' },
	{ name: 'y_3035', type: 'int', description: 'Ortsmitte Hochwert EPSG:3035 (m)' },
	{
		name: 'abstand_labelpunkt_km',
		type: 'float',
		description: 'Abstand zum Label-Punkt der Gemeinde (km)'
	}
];

/** [name, columns, rows, meta] for build.ts' arrowDataset; `rows` also feed the sample stations. */
export function ortsmitte(
	rawDir: (f: string) => string,
	gemeinden: { ags: string }[],
	licence: string
) {
	const file = rawDir('th_gemeinden_2025_ortsmitte_vg250pk.csv');
	const raw = readCsv(file, {
		rows: 605,
		columns: ['ags', 'name_vg250', 'kind', 'lon', 'lat', 'dist_to_labelpoint_km']
	});
	const known = new Set(gemeinden.map((g) => g.ags));
	const seen = new Set<string>();
	const rows = raw.map((r, i) => {
		const ags = str(file, raw, i, 'ags', /^16\d{6}$/);
		if (!known.has(ags)) throw new DataError(file, i + 2, `AGS ${ags} unbekannt`, 'ags');
		if (seen.has(ags)) throw new DataError(file, i + 2, `AGS ${ags} doppelt`, 'ags');
		seen.add(ags);
		const lon = num(file, raw, i, 'lon')!;
		const lat = num(file, raw, i, 'lat')!;
		if (lon < 9.8 || lon > 12.7 || lat < 50.1 || lat > 51.7)
			throw new DataError(file, i + 2, `Punkt ${lon}/${lat} liegt nicht in Thüringen`, 'lon');
		const [x, y] = toLaea([lon, lat]);
		return {
			ags,
			name: r.name_vg250,
			art: r.kind,
			lon,
			lat,
			x_3035: Math.round(x),
			y_3035: Math.round(y),
			abstand_labelpunkt_km: num(file, raw, i, 'dist_to_labelpoint_km')
		};
	});
	return [
		'ortsmitte',
		columns,
		rows,
		{
			title: 'Ortsmitte je Gemeinde (BKG VG250_PK)',
			source:
				'© GeoBasis-DE / BKG (2025), VG250-EW Punktlayer vg250_pk (über kerrf/MaStaDaRe_analysis)',
			licence,
			reference_date: '31.12.2024 (VG250-EW)',
			flag: 'real' as Flag,
			derived: 'EPSG:3035-Koordinaten aus lon/lat (LAEA, GRS80)'
		}
	] as const;
}
