import { describe, expect, it } from 'vitest';
import { LocalStore, MemoryBackend, type Backend } from '../../../src/lib/store/index';
import { storageJournal } from '../../../src/lib/store/journal';
import type { TableData } from '../../../src/lib/store/types';

/** A Storage in memory (like localStorage: synchronous, survives the page). */
function memoryStorage() {
	const m = new Map<string, string>();
	return {
		get length() {
			return m.size;
		},
		key: (i: number) => [...m.keys()][i] ?? null,
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, v: string) => void m.set(k, v),
		removeItem: (k: string) => void m.delete(k)
	};
}

/** A backend whose writes never finish: the browser closed during the save. */
function closingBackend(inner: MemoryBackend): Backend {
	return {
		all: () => inner.all(),
		get: (n) => inner.get(n),
		commit: () => new Promise(() => undefined),
		remove: () => new Promise(() => undefined)
	} as Backend;
}

const rows = (name: string): TableData => ({
	kind: 'rows',
	columns: [{ name: 'name', type: 'text' }],
	rows: [{ name }]
});

describe('journal: a save cut off by closing the browser is not lost', () => {
	it('replays the unsaved change on the next start and then clears it', async () => {
		const disk = new MemoryBackend();
		const ls = memoryStorage();
		const first = new LocalStore({ backend: disk, journal: storageJournal(ls) });
		await first.open();
		expect(await first.put('kandidaten', rows('gespeichert'), { flag: 'user', source: 't' })).toBe(
			'saved'
		);
		expect(ls.length).toBe(0);

		const cut = new LocalStore({ backend: closingBackend(disk), journal: storageJournal(ls) });
		await cut.open();
		void cut.put('kandidaten', rows('nicht verlieren'), { flag: 'user', source: 't' });
		expect((await disk.get('kandidaten'))?.data).toEqual(rows('gespeichert'));

		const next = new LocalStore({ backend: disk, journal: storageJournal(ls) });
		await next.open();
		expect(next.get('kandidaten')?.data).toEqual(rows('nicht verlieren'));
		expect(next.saveState('kandidaten')).toBe('saved');
		expect((await disk.get('kandidaten'))?.data).toEqual(rows('nicht verlieren'));
		expect(ls.length).toBe(0);
	});

	it('drops a journal entry that another tab has overtaken, and keeps Arrow tables too', async () => {
		const disk = new MemoryBackend();
		const ls = memoryStorage();
		const cut = new LocalStore({ backend: closingBackend(disk), journal: storageJournal(ls) });
		await cut.open();
		void cut.put('alt', rows('veraltet'), { flag: 'user', source: 't' });
		void cut.put(
			'arrow',
			{ kind: 'arrow', ipc: new Uint8Array([1, 2, 250]) },
			{
				flag: 'user',
				source: 'datei.csv'
			}
		);
		const other = new LocalStore({ backend: disk });
		await other.open();
		await other.put('alt', rows('neuer aus anderem Tab'), { flag: 'user', source: 't' });

		const next = new LocalStore({ backend: disk, journal: storageJournal(ls) });
		await next.open();
		expect(next.get('alt')?.data).toEqual(rows('neuer aus anderem Tab'));
		expect(next.get('arrow')?.data).toEqual({ kind: 'arrow', ipc: new Uint8Array([1, 2, 250]) });
		expect(next.get('arrow')?.meta.source).toBe('datei.csv');
		expect(ls.length).toBe(0);
	});
});
