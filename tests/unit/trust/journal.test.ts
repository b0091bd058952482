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

/** A backend whose writes reach the disk, but whose promises never settle: the page closed right after. */
function writtenThenClosed(disk: MemoryBackend): Backend {
	return {
		all: () => disk.all(),
		get: (n) => disk.get(n),
		commit: async (t, expected) => {
			await disk.commit(t, expected);
			return new Promise(() => undefined);
		},
		remove: () => new Promise(() => undefined)
	};
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

	it('keeps every keystroke when the first save reached the disk but the page closed before it returned', async () => {
		const disk = new MemoryBackend();
		const ls = memoryStorage();
		// the first commit is written, but its promise never settles: the browser closed in between
		const dying = writtenThenClosed(disk);
		const typing = new LocalStore({ backend: dying, journal: storageJournal(ls) });
		await typing.open();
		let text = '';
		for (const ch of 'Notiz bleibt') {
			text += ch;
			void typing.put('stationen', rows(text), { flag: 'user', source: 't' });
			await Promise.resolve();
		}
		await new Promise((r) => setTimeout(r, 0));
		expect((await disk.get('stationen'))?.data).toEqual(rows('N'));

		const next = new LocalStore({ backend: disk, journal: storageJournal(ls) });
		await next.open();
		expect(next.get('stationen')?.data).toEqual(rows('Notiz bleibt'));
		expect((await disk.get('stationen'))?.data).toEqual(rows('Notiz bleibt'));
		expect(ls.length).toBe(0);
	});

	it('still drops the journal when another tab saved over the same base after this tab', async () => {
		const disk = new MemoryBackend();
		const ls = memoryStorage();
		const dying = writtenThenClosed(disk);
		const typing = new LocalStore({ backend: dying, journal: storageJournal(ls) });
		await typing.open();
		void typing.put('stationen', rows('N'), { flag: 'user', source: 't' });
		void typing.put('stationen', rows('No'), { flag: 'user', source: 't' });
		await new Promise((r) => setTimeout(r, 0));
		const other = new LocalStore({ backend: disk });
		await other.open();
		await other.put('stationen', rows('anderer Tab'), { flag: 'user', source: 't' });

		const next = new LocalStore({ backend: disk, journal: storageJournal(ls) });
		await next.open();
		expect(next.get('stationen')?.data).toEqual(rows('anderer Tab'));
		expect(ls.length).toBe(0);
	});
});
