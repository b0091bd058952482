import { describe, expect, it } from 'vitest';
import { prepareKataster } from '../../../src/lib/kataster/load';
import { loadOrtskern } from '../../../src/lib/innenstadt/source';
import { testDb } from './helpers';

type NodeDb = Awaited<ReturnType<typeof testDb>>;

/** Imports `n` objects of the Beispieldaten as table `kataster` (stage + swap, like the bulk import). */
async function importKataster(db: NodeDb, n: number, datenstatus: string) {
	await db.stageTable('kataster_import', await db.tableIpc('kataster_beispiel'));
	db.raw.query(
		`DELETE FROM kataster_import WHERE id NOT IN (SELECT id FROM kataster_import ORDER BY id LIMIT ${n})`
	);
	db.raw.query(`UPDATE kataster_import SET datenstatus = '${datenstatus}'`);
	await db.swapTable('kataster', 'kataster_import');
}

const count = (db: NodeDb, sql: string) =>
	(db.raw.query(sql) as { toArray(): { toJSON(): { n: number } }[] }).toArray()[0].toJSON().n;

describe('derived tables', () => {
	it('are built once and again after an import replaced what they derive from', async () => {
		const db = await testDb();
		await importKataster(db, 20, 'Beispieldaten');
		const first = await prepareKataster(db);
		expect(first).toEqual({ n: 20, beispiel: 20 });
		expect(await prepareKataster(db)).toBe(first);

		await importKataster(db, 7, 'importiert');
		expect(await prepareKataster(db)).toEqual({ n: 7, beispiel: 0 });
		expect(count(db, 'SELECT count(DISTINCT id)::INTEGER AS n FROM kataster_jahr')).toBe(7);
	}, 120_000);

	it('stay when an unrelated table is replaced', async () => {
		const db = await testDb();
		let builds = 0;
		const d = { name: 'zaehler', from: ['massnahmen'], build: async () => ++builds };
		expect(await db.derive(d)).toBe(1);
		await db.replaceTable('gemeinden', await db.tableIpc('gemeinden'));
		expect(await db.derive(d)).toBe(1);
		await db.replaceTable('massnahmen', await db.tableIpc('massnahmen'));
		expect(await db.derive(d)).toBe(2);
	});

	it('the Ortskern band table follows a replaced 100 m grid', async () => {
		const db = await testDb();
		const before = await loadOrtskern(db, 500);
		const ags = before.find((r) => r.kern_wohnungen > 0)!.ags;
		await db.stageTable('zensus_import', await db.tableIpc('zensus_100m'));
		db.raw.query(`DELETE FROM zensus_import WHERE ags = '${ags}'`);
		await db.swapTable('zensus_100m', 'zensus_import');
		const after = (await loadOrtskern(db, 500)).find((r) => r.ags === ags)!;
		expect([after.kern_wohnungen, after.rest_wohnungen]).toEqual([0, 0]);
	}, 120_000);
});
