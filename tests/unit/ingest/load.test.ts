import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { registry } from '../../../src/lib/db/registry';
import { LocalStore, MemoryBackend } from '../../../src/lib/store/index';
import {
	analyseCsv,
	decide,
	ImportCancelled,
	suggest,
	validateSource
} from '../../../src/lib/ingest/importer';
import { currentRows, emptyDefault, loadImport, resetTable } from '../../../src/lib/ingest/load';
import { buildReference } from '../../../src/lib/ingest/reference';
import { knownTargets, targetFor } from '../../../src/lib/ingest/targets';
import { testDb } from '../db/helpers';
import { fixture, reference } from './helpers';

const hash = async (table: string) =>
	(await (await testDb()).rows(registry.ingestTableHash(table)))[0];

async function prepare(
	name: string,
	policy: 'strict' | 'valid_only' = 'valid_only',
	keep: Record<string, unknown>[] = []
) {
	const a = analyseCsv(name, fixture(name));
	if (!a.ok) throw new Error(a.message);
	const choice = suggest(a.source, knownTargets());
	const v = await validateSource(a.source, choice, reference(), {
		existingKeys: new Set(keep.map((r) => String(r[choice.target.key ?? 'id'])))
	});
	const ctx = { ref: reference(), fileName: name };
	return { choice, v, decision: decide(choice.target, v, policy, keep, ctx) };
}

describe('reference lists from DuckDB', () => {
	it('registry.ingestGemeinden and registry.ingestSuccessors give the same reference as data/', async () => {
		const db = await testDb();
		const ref = buildReference(
			await db.rows(registry.ingestGemeinden),
			await db.rows(registry.ingestSuccessors)
		);
		const fromFiles = reference();
		expect(ref.ags.size).toBe(fromFiles.ags.size);
		expect(ref.successors.get('16061039')).toEqual(fromFiles.successors.get('16061039'));
		expect(ref.ars2022.size).toBe(fromFiles.ars2022.size);
	});
});

describe('atomic load, kept in the store', () => {
	it('imports the Windows-1252 Kataster file, replaces the table and keeps it', async () => {
		const db = await testDb();
		const store = new LocalStore({ backend: new MemoryBackend() });
		await store.open();
		const { choice, decision } = await prepare('kataster-windows1252.csv');
		if (!decision.ok) throw new Error(decision.message);
		const loaded = await loadImport(db, store, choice.target, decision, 'kataster-windows1252.csv');
		expect(loaded).toEqual({ table: 'kataster', rows: 4, saved: 'saved' });
		expect((await db.rows(registry.ingestTableCount('kataster')))[0].n).toBe(4);
		const rows = await db.rows(registry.ingestTableRows('kataster', 10));
		expect(rows.map((r) => r.id)).toEqual(['EF-001', 'GE-001', 'JN-001', 'JN-002']);
		expect(rows[2]).toMatchObject({
			adresse: 'Löbderstraße 3',
			flaeche_m2: 85.5,
			datenstatus: 'importiert'
		});
		expect(store.get('kataster')?.meta).toMatchObject({
			flag: 'user',
			source: 'kataster-windows1252.csv'
		});

		// append: existing keys are duplicates, new rows come on top
		const keep = await currentRows(db, 'kataster');
		const again = await prepare('kataster-utf8-bom-ohne-id-koordinaten.csv', 'valid_only', keep);
		if (!again.decision.ok) throw new Error(again.decision.message);
		await loadImport(db, store, again.choice.target, again.decision, 'b.csv');
		expect((await db.rows(registry.ingestTableCount('kataster')))[0].n).toBe(5);
	});

	it('a rejected or cancelled import changes nothing', async () => {
		const db = await testDb();
		const store = new LocalStore({ backend: new MemoryBackend() });
		await store.open();
		const before = await hash('events');
		expect(before.n).toBeGreaterThan(0);
		const { decision } = await prepare('kataster-utf8-bom-ohne-id-koordinaten.csv', 'strict');
		expect(decision.ok).toBe(false);
		const events = targetFor('events')!;
		const ev = await prepare('events-gemischte-daten.csv');
		if (!ev.decision.ok) throw new Error('events');
		const ac = new AbortController();
		ac.abort();
		await expect(
			loadImport(db, store, events, ev.decision, 'e.csv', ac.signal)
		).rejects.toBeInstanceOf(ImportCancelled);
		expect(await hash('events')).toEqual(before);
		expect(store.get('events')).toBeUndefined();
	});

	it('reset brings back the embedded table; a free table is dropped', async () => {
		const db = await testDb();
		const store = new LocalStore({ backend: new MemoryBackend() });
		await store.open();
		const before = await hash('events');
		const ev = await prepare('events-gemischte-daten.csv');
		if (!ev.decision.ok) throw new Error('events');
		await loadImport(db, store, ev.choice.target, ev.decision, 'e.csv');
		expect((await hash('events')).n).toBe(3);
		await resetTable(db, store, 'events', new Uint8Array(readFileSync('data/events.arrow')));
		expect(await hash('events')).toEqual(before);
		expect(store.get('events')).toBeUndefined();

		const free = await prepare('zwei-spalten.csv');
		if (!free.decision.ok) throw new Error('free');
		await loadImport(db, store, free.choice.target, free.decision, 'zwei-spalten.csv');
		expect(await db.rows(registry.ingestTableRows('import_zwei_spalten', 5))).toEqual([
			{ ags: '16051000', quote: 4.2 },
			{ ags: '16052000', quote: 10.25 },
			{ ags: '16053000', quote: 7.5 }
		]);
		await expect(currentRows(db, 'import_nie_da')).rejects.toThrow(/ersetzen/);

		const z = await prepare('zensus-regionaltabelle.csv');
		if (!z.decision.ok) throw new Error(z.decision.message);
		await loadImport(db, store, z.choice.target, z.decision, 'zensus.csv');
		expect(store.get('leerstand_amtlich')?.meta.flag).toBe('real');
		expect((await db.rows(registry.ingestTableCount('leerstand_amtlich')))[0].n).toBe(
			z.decision.rows
		);
		await resetTable(db, store, 'leerstand_amtlich', emptyDefault('leerstand_amtlich'));
		expect((await db.rows(registry.ingestTableCount('leerstand_amtlich')))[0].n).toBe(0);
		expect(emptyDefault('import_zwei_spalten')).toBeUndefined();

		await resetTable(db, store, 'import_zwei_spalten');
		expect(() => db.raw.query('SELECT * FROM import_zwei_spalten')).toThrow(/does not exist/);
		await db.rows(registry.ingestDropTable('import_zwei_spalten'));
	});
});

describe('Db.replaceTable keeps the caller’s bytes', () => {
	it('hands DuckDB a copy (the browser worker detaches what it gets)', async () => {
		const { createDb } = await import('../../../src/lib/db/core');
		const seen: number[] = [];
		const db = createDb(
			{
				query: () => undefined,
				prepare: () => undefined,
				insertArrowFromIPCStream: (buf: Uint8Array) => {
					seen.push(buf.byteLength);
					structuredClone(buf.buffer, { transfer: [buf.buffer as ArrayBuffer] });
				}
			},
			async () => new Uint8Array()
		);
		const ipc = new Uint8Array([1, 2, 3, 4]);
		await db.replaceTable('t', ipc);
		expect(seen).toEqual([4]);
		expect([...ipc]).toEqual([1, 2, 3, 4]);
	});
});
