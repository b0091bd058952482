import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { evaluate } from '../../../src/lib/kpi/status';
import { loadSeed, seedTables } from '../../../src/lib/kpi/seed';
import { testDb } from '../db/helpers';
import { dataset } from '../../e2e/data';

describe('kennzahlen queries', () => {
	it('the seed prerendered as JSON (/kennzahlen.json) is exactly what DuckDB gives the browser', async () => {
		const seed = await loadSeed(await testDb());
		expect(JSON.parse(JSON.stringify(seed))).toStrictEqual(seed);
		expect(seed.targets).toHaveLength(dataset('kpi_targets').length);
		expect(seed.events).toHaveLength(dataset('events').length);
		expect(seedTables()).toEqual(expect.arrayContaining(['kpi_targets', 'events', 'gemeinden']));
	});

	it('registry.kpiTargets and registry.kpiEvents return every row; the seed figures are there', async () => {
		const db = await testDb();
		const targets = await db.rows(registry.kpiTargets);
		expect(targets).toHaveLength(dataset('kpi_targets').length);
		const events = await db.rows(registry.kpiEvents);
		expect(events).toHaveLength(dataset('events').length);
		const apolda = events.find((e) => e.date === '2022-11-29')!;
		expect(apolda.ort).toBe('Apolda');
		expect(apolda.teilnehmende).toBe('ca. 75');
		expect(events.filter((e) => e.sammelangabe && e.date === null).map((e) => e.anzahl)).toEqual(
			expect.arrayContaining([7, 23])
		);
		const ag24 = targets.find((t) => t.id === 'ag-sitzungen-2024')!;
		expect(evaluate(ag24, events, [], [], '2026-01-01').value).toBe(21);
	});

	it('registry.kpiEventsByAgs and registry.kpiEventPlaces: events with a place', async () => {
		const db = await testDb();
		const apolda = await db.rows(registry.kpiEventsByAgs, ['16071001']);
		expect(apolda.map((e) => e.id)).toContain('apolda-2022-11-29');
		const places = await db.rows(registry.kpiEventPlaces);
		expect(places.map((p) => p.name)).toEqual(
			expect.arrayContaining(['Apolda', 'Erfurt', 'Suhl', 'Pößneck', 'Gera'])
		);
		expect(places.every((p) => p.lon > 9 && p.lat > 50)).toBe(true);
	});

	it('registry.kpiPilots, registry.kpiZiele, registry.kpiMeilensteine, registry.kpiFakten', async () => {
		const db = await testDb();
		const pilots = await db.rows(registry.kpiPilots);
		expect(pilots).toHaveLength(6);
		const ziele = await db.rows(registry.kpiZiele);
		expect(new Set(ziele.map((z) => z.status))).toEqual(
			new Set(['erreicht', 'eingeleitet', 'teilweise', 'geplant'])
		);
		expect(await db.rows(registry.kpiMeilensteine)).toHaveLength(3);
		const fakten = await db.rows(registry.kpiFakten);
		expect(fakten.map((f) => f.zahl)).toEqual(expect.arrayContaining([100, 60, 50]));
	});

	it('registry.kpiMassnahmen: every measure of the catalogue with its AG and source', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.kpiMassnahmen);
		const all = dataset<{ id: string; ag: string; source: string }>('massnahmen');
		expect(rows).toHaveLength(all.length);
		for (const r of rows) {
			const d = all.find((x) => x.id === r.id)!;
			expect([r.ag, r.source]).toEqual([d.ag, d.source]);
		}
	});
});
