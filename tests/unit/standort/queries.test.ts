import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { whiteSpots } from '../../../src/lib/geo/standort';
import { dataset, summary } from '../../e2e/data';
import { testDb } from '../db/helpers';
import { PopulationGrid, type CellRow } from '../../../src/lib/geo/standort-grid';
import { stationSites } from '../../../src/routes/klima/standort/analysis';
import type { Station } from '../../../src/routes/klima/model';

describe('standort queries', () => {
	it('registry.standortGemeinden: all Gemeinden with Planungsregion and the vacancy estimate', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.standortGemeinden);
		expect(rows).toHaveLength(summary().gemeinden);
		expect(rows.reduce((s, g) => s + g.population, 0)).toBe(summary().einwohner);
		expect(rows.every((g) => g.planungsregion && Number.isFinite(g.lon))).toBe(true);
		const est = new Map(
			dataset<{ ags: string; quote_100m: number | null }>('leerstand_schaetzung').map((r) => [
				r.ags,
				r.quote_100m
			])
		);
		for (const g of rows) expect(g.leer_quote).toBe(est.get(g.ags) ?? null);

		// white spots of the towns around the sample stations, against the plain definition
		const st = stationSites(dataset<Station>('stationen'));
		const spots = whiteSpots(rows, st, 'stadt', 15);
		const towns = rows.filter((g) => g.is_stadt);
		expect(spots.length).toBeGreaterThan(0);
		expect(spots.length).toBeLessThan(towns.length);
	});

	it('registry.standortZellen: every 1 km cell of data/, the Saalfeld point reaches > 20.000 within 5 km', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.standortZellen);
		const file = dataset<CellRow>('zensus_1km_bevoelkerung');
		expect(rows).toHaveLength(file.length);
		const sum = (xs: CellRow[]) => xs.reduce((s, c) => s + (c.einwohner ?? 0), 0);
		expect(sum(rows)).toBe(sum(file));
		expect(rows.filter((c) => c.anteil_ab65 !== null)).toHaveLength(
			file.filter((c) => c.anteil_ab65 !== null).length
		);
		const grid = new PopulationGrid(rows);
		expect(grid.catchment([11.3604, 50.6682], 5).einwohner).toBeGreaterThan(20000);
	});
});
