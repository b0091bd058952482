import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGermanCsv } from '../../../src/lib/export/csv';
import { whiteSpots, type Place } from '../../../src/lib/geo/standort';
import {
	analyseSite,
	kandidatSites,
	pilotSites,
	stationSites
} from '../../../src/routes/klima/standort/analysis';
import { vergleichColumns } from '../../../src/routes/klima/standort/columns';
import type { PilotRow, Station } from '../../../src/lib/klima/queries';
import { dataset } from '../../e2e/data';
import { PopulationGrid, type CellRow } from '../../../src/lib/geo/standort-grid';
import { toLaea } from '../../../src/lib/geo/laea';

const places = dataset<Place>('gemeinden');
const areas = JSON.parse(
	readFileSync(join(process.cwd(), 'data', 'geo_gemeinden.geojson'), 'utf8')
);
const stationen = stationSites(dataset<Station>('stationen'));
const pilots = pilotSites(dataset<PilotRow>('pilots'));
const cells = dataset<CellRow>('zensus_1km_bevoelkerung');
const grid = new PopulationGrid(cells);

describe('analyseSite on data/', () => {
	const erfurt = places.find((g) => g.ags === '16051000')!;
	const site = kandidatSites([
		{
			id: 'k1',
			name: 'Test',
			klimafeld: 'Hitze',
			ag: 'Klima',
			notiz: null,
			lon: erfurt.lon,
			lat: erfurt.lat
		}
	])[0];
	const baseline = whiteSpots(places, pilots, 'stadt', 15);
	const row = analyseSite(site, { places, grid, areas, pilots, stationen, baseline, radius: 15 });

	it('names Gemeinde, size class, Kreis and Planungsregion of the point', () => {
		expect(row).toMatchObject({
			ags: '16051000',
			gemeinde: 'Erfurt',
			grenze: false,
			groesse: 'Großstadt',
			kreis: erfurt.kreis_name,
			planungsregion: erfurt.planungsregion
		});
	});

	it('counts people in the grid at 1/5/10/25 km and the chosen radius; finds the nearest station', () => {
		const [cx, cy] = toLaea([site.lon, site.lat]);
		// centroid method (≥ 5 km) straight from data/
		const within = (km: number) =>
			cells
				.filter((c) => c.einwohner && Math.hypot(c.x_3035 - cx, c.y_3035 - cy) <= km * 1000)
				.reduce((s, c) => s + c.einwohner!, 0);
		expect(row.ew.map((c) => c.km)).toEqual([1, 5, 10, 25, 15]);
		expect(row.ew.map((c) => c.methode)).toEqual([
			'flaeche',
			'mittelpunkt',
			'mittelpunkt',
			'mittelpunkt',
			'mittelpunkt'
		]);
		expect(row.ew.slice(1).map((c) => c.einwohner)).toEqual([5, 10, 25, 15].map(within));
		expect(row.ew[0].einwohner).toBeGreaterThan(0);
		expect(row.ew[0].einwohner).toBeLessThan(within(1.8));
		for (const c of row.ew) expect(c.ab65).toBeLessThan(c.einwohner);
		expect(row.station_km).toBeGreaterThanOrEqual(0);
		expect(row.pilot_km).toBe(pilots.length ? expect.any(Number) : null);
		expect(row.schliesst.map((g) => g.ags)).toContain('16051000');
	});

	it('CSV carries the stations’ data status and the closed white spots', () => {
		const csv = toGermanCsv([row], vergleichColumns(15, 'Beispieldaten'));
		const [head, line] = csv.replace('\uFEFF', '').split('\r\n');
		expect(head.split(';')).toContain('Einwohner im Umkreis 25 km');
		expect(head.split(';')).toContain('davon ab 65 Jahren 1 km');
		expect(line).toContain('nach Flächenanteil der 1-km-Zellen im Kreis');
		expect(line).toContain('nach Zellen mit Mittelpunkt im Kreis');
		expect(line).toContain(String(Math.round(row.ew[1].einwohner)));
		if (row.pilot_km === null) expect(line).toContain('noch kein Pilot mit Standort');
		expect(line).toContain('Beispieldaten');
		expect(line).toContain('Erfurt');
	});

	it('a point outside Thuringia has no Gemeinde but still gets distances', () => {
		const out = analyseSite(
			{ id: 'x', name: 'Leipzig', kind: 'kandidat', lon: 12.37, lat: 51.34 },
			{ places, grid, areas, pilots, stationen, baseline, radius: 15 }
		);
		expect(out.ags).toBeNull();
		expect(out.gemeinde).toMatch(/außerhalb/);
		expect(out.station_km).toBeGreaterThan(50);
	});
});
