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

const places = dataset<Place>('gemeinden');
const areas = JSON.parse(
	readFileSync(join(process.cwd(), 'data', 'geo_gemeinden.geojson'), 'utf8')
);
const stationen = stationSites(dataset<Station>('stationen'));
const pilots = pilotSites(dataset<PilotRow>('pilots'));

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
	const row = analyseSite(site, { places, areas, pilots, stationen, baseline, radius: 15 });

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

	it('sums population over label points and finds the nearest station', () => {
		const within = (r: number) =>
			places
				.filter((g) => {
					const rad = (d: number) => (d * Math.PI) / 180;
					const h =
						Math.sin(rad(g.lat - erfurt.lat) / 2) ** 2 +
						Math.cos(rad(erfurt.lat)) *
							Math.cos(rad(g.lat)) *
							Math.sin(rad(g.lon - erfurt.lon) / 2) ** 2;
					return 2 * 6371.0088 * Math.asin(Math.sqrt(h)) <= r;
				})
				.reduce((s, g) => s + g.population, 0);
		expect(row.ew).toEqual([within(5), within(10), within(25)]);
		expect(row.ew[0]).toBeGreaterThanOrEqual(erfurt.population);
		// the first sample station sits on Erfurt's label point
		expect(row.station_km).toBeCloseTo(0, 6);
		expect(row.pilot_km).toBe(pilots.length ? expect.any(Number) : null);
		expect(row.schliesst.map((g) => g.ags)).toContain('16051000');
	});

	it('CSV carries the stations’ data status and the closed white spots', () => {
		const csv = toGermanCsv([row], vergleichColumns(15, 'Beispieldaten'));
		const [head, line] = csv.replace('\uFEFF', '').split('\r\n');
		expect(head.split(';')).toContain('Einwohner im Umkreis 25 km');
		expect(line).toContain('Beispieldaten');
		expect(line).toContain('Erfurt');
	});

	it('a point outside Thuringia has no Gemeinde but still gets distances', () => {
		const out = analyseSite(
			{ id: 'x', name: 'Leipzig', kind: 'kandidat', lon: 12.37, lat: 51.34 },
			{ places, areas, pilots, stationen, baseline, radius: 15 }
		);
		expect(out.ags).toBeNull();
		expect(out.gemeinde).toMatch(/außerhalb/);
		expect(out.station_km).toBeGreaterThan(50);
	});
});
