import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { openNodeDb } from '../../../src/lib/db/node';
import { registry } from '../../../src/lib/db/registry';
import { LocalStore, MemoryBackend } from '../../../src/lib/store/index';
import { rowsToIpc } from '../../../src/lib/ingest/arrow';
import {
	APP_VERSION,
	applyProject,
	readProject,
	writeProject
} from '../../../src/lib/project/project-file';

const kataster = rowsToIpc(
	[
		{ name: 'id', type: 'text' },
		{ name: 'ags', type: 'text' },
		{ name: 'flaeche', type: 'float' },
		{ name: 'leer', type: 'bool' }
	],
	[
		{ id: 'o1', ags: '16053000', flaeche: 120.5, leer: true },
		{ id: 'o2', ags: '16051000', flaeche: null, leer: false }
	]
);
const kandidaten = {
	kind: 'rows' as const,
	columns: [
		{ name: 'id', type: 'text' as const },
		{ name: 'lon', type: 'float' as const },
		{ name: 'anzahl', type: 'int' as const }
	],
	rows: [
		{ id: 'k1', lon: 11.03, anzahl: 3 },
		{ id: 'k2', lon: 10.5, anzahl: null }
	]
};

async function workspace() {
	const store = new LocalStore({ backend: new MemoryBackend() });
	await store.open();
	return store;
}

const ops = (db: Awaited<ReturnType<typeof openNodeDb>>) => ({
	previous: async () => undefined,
	drop: async (name: string) => void (await db.rows(registry.ingestDropTable(name))),
	reset: async () => 'saved'
});

describe('project file', () => {
	it('round trip: every stored table, its flag, source and data come back; DuckDB hashes equal', async () => {
		const a = await openNodeDb();
		const store = await workspace();
		await store.put(
			'kataster',
			{ kind: 'arrow', ipc: kataster },
			{ flag: 'user', source: 'objekte.csv' }
		);
		await store.put('klima_kandidaten', kandidaten, {
			flag: 'user',
			source: 'Eingabe im Planungsmodus'
		});
		await store.restoreInto(a);
		const zip = writeProject(store.list().map((m) => store.get(m.name)!));

		const meta = JSON.parse(strFromU8(unzipSync(zip)['meta.json']));
		expect(meta).toMatchObject({ format: 1, appVersion: APP_VERSION });
		expect(meta.tables.map((t: { name: string; rows: number }) => [t.name, t.rows])).toEqual([
			['kataster', 2],
			['klima_kandidaten', 2]
		]);
		expect(meta.history.map((h: { source: string }) => h.source)).toEqual([
			'objekte.csv',
			'Eingabe im Planungsmodus'
		]);

		const r = readProject('projekt.zip', zip);
		if (!r.ok) throw new Error(r.message);
		const b = await openNodeDb();
		const target = await workspace();
		await target.put('alt', kandidaten, { flag: 'user', source: 'alt' });
		const resetNames: string[] = [];
		const failed = await applyProject(r.project, b, target, {
			...ops(b),
			reset: async (name) => {
				resetNames.push(name);
				return target.remove(name);
			}
		});
		expect(failed).toEqual([]);
		expect(resetNames).toEqual(['alt']);
		expect(target.list().map((m) => [m.name, m.flag, m.source])).toEqual([
			['kataster', 'user', 'objekte.csv'],
			['klima_kandidaten', 'user', 'Eingabe im Planungsmodus']
		]);
		expect(target.get('klima_kandidaten')!.data).toEqual(kandidaten);
		for (const t of ['kataster', 'klima_kandidaten'])
			expect(await b.rows(registry.ingestTableHash(t))).toEqual(
				await a.rows(registry.ingestTableHash(t))
			);
	});

	it('refuses another project format or a damaged file with a German message', () => {
		const zip = writeProject([]);
		const files = unzipSync(zip);
		const meta = JSON.parse(strFromU8(files['meta.json']));
		const newer = zipSync({
			'meta.json': strToU8(JSON.stringify({ ...meta, format: 2, appVersion: '2.0.0' }))
		});
		const r = readProject('neu.zip', newer);
		expect(!r.ok && r.message).toBe(
			`„neu.zip“ kann nicht geladen werden: Sie stammt aus Version 2.0.0 des Atlas (Projektformat 2); diese Version ${APP_VERSION} liest nur Projektformat 1. Bitte öffnen Sie sie mit der passenden Version des Atlas. Es wurde nichts geändert.`
		);
		expect(readProject('x.zip', strToU8('kein zip'))).toMatchObject({
			ok: false,
			message: expect.stringMatching(/kein ZIP-Archiv/)
		});
		const missing = zipSync({
			'meta.json': strToU8(
				JSON.stringify({
					...meta,
					tables: [{ name: 'a', file: 'tabellen/a.arrow', rows: 1, flag: 'user', kind: 'arrow' }]
				})
			)
		});
		expect(readProject('y.zip', missing)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/„tabellen\/a\.arrow“ fehlt/)
		});
	});

	it('all or nothing: a table DuckDB refuses puts the earlier ones back, the store stays as it was', async () => {
		const db = await openNodeDb();
		const store = await workspace();
		await store.put(
			'kataster',
			{ kind: 'arrow', ipc: kataster },
			{ flag: 'user', source: 'vorher.csv' }
		);
		await store.restoreInto(db);
		const hash = await db.rows(registry.ingestTableHash('kataster'));
		const other = await workspace();
		await other.put('kataster', kandidaten, { flag: 'user', source: 'neu' });
		await other.put('zweite', kandidaten, { flag: 'user', source: 'neu' });
		const r = readProject('p.zip', writeProject(other.list().map((m) => other.get(m.name)!)));
		if (!r.ok) throw new Error(r.message);
		// readProject already refuses unreadable Arrow; here DuckDB itself fails on the second table
		const failing = {
			replaceTable: (name: string, ipc: Uint8Array) =>
				name === 'zweite' ? Promise.reject(new Error('Speicher voll')) : db.replaceTable(name, ipc)
		};
		await expect(applyProject(r.project, failing, store, ops(db))).rejects.toThrow(
			/Es wurde nichts geändert/
		);
		expect(await db.rows(registry.ingestTableHash('kataster'))).toEqual(hash);
		expect(store.list().map((m) => m.source)).toEqual(['vorher.csv']);
	});
});
