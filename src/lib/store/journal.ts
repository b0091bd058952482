import type { StoredTable, TableData } from './types';

/**
 * A synchronous copy of every table whose save is still running. IndexedDB saves take a few round
 * trips; if the browser closes in between, the journal (localStorage, written synchronously in `put`)
 * still has the change and `LocalStore.open()` saves it on the next start.
 */
export interface Journal {
	read(): Map<string, JournalEntry>;
	write(name: string, entry: JournalEntry | null): void;
}

/**
 * `base`: the stored version the change was made on. The entry is replayed if that is still current, or
 * if the stored version was saved by the same `writer` (the page wrote it on the way to this entry, and
 * closed before it could clear or move the journal).
 */
export interface JournalEntry {
	base: number;
	writer?: string;
	table: StoredTable;
}

/** Arrow tables up to this size go into the journal too (localStorage holds ~5 MB per origin). */
const MAX_IPC = 512 * 1024;

type Encoded =
	Extract<TableData, { kind: 'rows' }> | { kind: 'arrow'; base64: string } | { kind: 'none' };

function encode(data: TableData): Encoded {
	if (data.kind === 'rows') return data;
	if (data.ipc.length > MAX_IPC) return { kind: 'none' };
	let s = '';
	for (let i = 0; i < data.ipc.length; i += 0x8000)
		s += String.fromCharCode(...data.ipc.subarray(i, i + 0x8000));
	return { kind: 'arrow', base64: btoa(s) };
}

function decode(e: Encoded): TableData | undefined {
	if (e.kind === 'rows') return e;
	if (e.kind !== 'arrow') return undefined;
	return { kind: 'arrow', ipc: Uint8Array.from(atob(e.base64), (c) => c.charCodeAt(0)) };
}

/** Journal over a Storage (localStorage in the browser; any Storage-like object in tests). */
export function storageJournal(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>,
	prefix = 'atlas.journal.'
): Journal {
	return {
		read() {
			const out = new Map<string, JournalEntry>();
			const keys: string[] = [];
			for (let i = 0; i < storage.length; i++) {
				const k = storage.key(i);
				if (k?.startsWith(prefix)) keys.push(k);
			}
			for (const k of keys) {
				try {
					const raw = JSON.parse(storage.getItem(k) ?? 'null') as {
						base: number;
						writer?: string;
						meta: StoredTable['meta'];
						data: Encoded;
					};
					const data = decode(raw.data);
					if (data)
						out.set(k.slice(prefix.length), {
							base: raw.base,
							writer: raw.writer,
							table: { meta: raw.meta, data }
						});
					else storage.removeItem(k);
				} catch {
					storage.removeItem(k);
				}
			}
			return out;
		},
		write(name, entry) {
			try {
				if (!entry) return storage.removeItem(prefix + name);
				const data = encode(entry.table.data);
				if (data.kind === 'none') return storage.removeItem(prefix + name);
				storage.setItem(
					prefix + name,
					JSON.stringify({ base: entry.base, writer: entry.writer, meta: entry.table.meta, data })
				);
			} catch {
				// localStorage full or blocked: the IndexedDB save runs anyway
				try {
					storage.removeItem(prefix + name);
				} catch {
					/* nothing left to do */
				}
			}
		}
	};
}

/** The browser's localStorage journal, or undefined where there is none. */
export function browserJournal(): Journal | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : storageJournal(localStorage);
	} catch {
		return undefined;
	}
}
