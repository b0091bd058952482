import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { LocalStore, MemoryBackend, type TableData } from '../../../src/lib/store/index';
import { toIpc } from '../../../src/lib/store/arrow';
import { testDb } from '../db/helpers';

const rows = (...names: string[]): TableData => ({
	kind: 'rows',
	columns: [
		{ name: 'id', type: 'text' },
		{ name: 'n', type: 'int' }
	],
	rows: names.map((id, i) => ({ id, n: i }))
});
const info = { flag: 'user' as const, source: 'test' };
const ids = (s: LocalStore, name: string) => {
	const d = s.get(name)?.data;
	return d?.kind === 'rows' ? d.rows.map((r) => r.id) : undefined;
};

/** Two "tabs": two stores on one backend, linked by real BroadcastChannels (Node ≥ 18). */
function twoTabs() {
	const backend = new MemoryBackend();
	const name = `test-${Math.random()}`;
	const a = new LocalStore({ backend, channel: new BroadcastChannel(name) });
	const b = new LocalStore({ backend, channel: new BroadcastChannel(name) });
	return { backend, a, b };
}
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('LocalStore', () => {
	it('saves every change at once and a new store (reload) sees it', async () => {
		const backend = new MemoryBackend();
		const s = new LocalStore({ backend, now: () => new Date('2026-01-02T03:04:05Z') });
		await s.open();
		expect(await s.put('kandidaten', rows('a'), info)).toBe('saved');
		expect(await s.put('kandidaten', rows('a', 'b'), info)).toBe('saved');
		const again = new LocalStore({ backend });
		await again.open();
		expect(ids(again, 'kandidaten')).toEqual(['a', 'b']);
		expect(again.get('kandidaten')!.meta).toEqual({
			name: 'kandidaten',
			flag: 'user',
			source: 'test',
			updated: '2026-01-02T03:04:05.000Z',
			version: 2,
			writer: expect.any(String)
		});
	});

	it('keeps the in-memory state and says why when the quota is exceeded', async () => {
		const backend = new MemoryBackend();
		const s = new LocalStore({ backend });
		await s.open();
		await s.put('t', rows('a'), info);
		backend.failWith = new DOMException('full', 'QuotaExceededError');
		expect(await s.put('t', rows('a', 'b'), info)).toBe('failed');
		expect(ids(s, 't')).toEqual(['a', 'b']);
		expect(s.saveState('t')).toBe('failed');
		expect(s.notices[0].text).toMatch(/Speicherplatz ist voll/);
		expect(ids({ get: (n: string) => backend.tables.get(n) } as LocalStore, 't')).toEqual(['a']);
		backend.failWith = undefined;
		expect(await s.retry('t')).toBe('saved');
		expect(s.notices).toEqual([]);
		expect(backend.tables.get('t')!.meta.version).toBe(2);
	});

	it('an unchanged tab reloads a change made in another tab and tells the user', async () => {
		const { a, b } = twoTabs();
		await a.open();
		await b.open();
		await a.put('t', rows('a'), info);
		await tick();
		expect(ids(b, 't')).toEqual(['a']);
		expect(b.notices.map((n) => n.kind)).toEqual(['external']);
		expect(await b.put('t', rows('a', 'b'), info)).toBe('saved');
		await tick();
		expect(ids(a, 't')).toEqual(['a', 'b']);
		a.close();
		b.close();
	});

	it('never silently overwrites another tab: stale save → conflict, user chooses', async () => {
		const { backend, a, b } = twoTabs();
		const c = new LocalStore({ backend }); // a tab without BroadcastChannel
		await a.open();
		await a.put('t', rows('a'), info);
		await c.open();
		await a.put('t', rows('a', 'from-a'), info);
		expect(await c.put('t', rows('a', 'from-c'), info)).toBe('conflict');
		expect(ids(c, 't')).toEqual(['a', 'from-c']);
		expect(backend.tables.get('t')!.data).toEqual(rows('a', 'from-a'));
		expect(c.notices[0]).toMatchObject({ kind: 'conflict', table: 't' });
		expect(await c.overwrite('t')).toBe('saved');
		expect(backend.tables.get('t')!.data).toEqual(rows('a', 'from-c'));
		expect(backend.tables.get('t')!.meta.version).toBe(3);
		expect(await a.put('t', rows('x'), info)).toBe('conflict');
		await a.reload('t');
		expect(ids(a, 't')).toEqual(['a', 'from-c']);
		expect(a.notices).toEqual([]);
		a.close();
		b.close();
	});

	it('remove deletes the stored table; a new store no longer has it', async () => {
		const backend = new MemoryBackend();
		const s = new LocalStore({ backend });
		await s.open();
		await s.put('t', rows('a'), info);
		expect(await s.remove('t')).toBe('saved');
		expect(s.get('t')).toBeUndefined();
		expect(backend.tables.size).toBe(0);
	});

	it('rebuilds DuckDB tables from the stored rows and Arrow blobs', async () => {
		const db = await testDb();
		const s = new LocalStore({ backend: new MemoryBackend() });
		await s.open();
		await s.put('store_rows', rows('a', 'b', 'c'), info);
		await s.put('store_arrow', { kind: 'arrow', ipc: toIpc(rows('x')) }, info);
		expect((await s.restoreInto(db)).sort()).toEqual(['store_arrow', 'store_rows']);
		const r = db.raw.query('SELECT count(*)::INT AS n, max(n) AS m FROM store_rows') as {
			toArray(): { toJSON(): { n: number; m: number } }[];
		};
		expect(r.toArray()[0].toJSON()).toEqual({ n: 3, m: 2 });
		expect(tableFromIPC(toIpc(rows('x'))).numRows).toBe(1);
		const arrow = s.get('store_arrow')!.data as { kind: 'arrow'; ipc: Uint8Array };
		expect(toIpc(arrow)).not.toBe(arrow.ipc);
	});
});
