import type { Backend, CommitResult } from './backend';
import type { StoredTable } from './types';

const STORE = 'tables';

function req<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () =>
			reject(tx.error ?? new DOMException('Transaktion abgebrochen', 'AbortError'));
	});
}

/** IndexedDB: one object store, one record per table ({ meta, data }), keyed by meta.name. */
export class IdbBackend implements Backend {
	#db: Promise<IDBDatabase>;

	constructor(name = 'innenstadt-atlas') {
		this.#db = new Promise((resolve, reject) => {
			const open = indexedDB.open(name, 1);
			open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'meta.name' });
			open.onsuccess = () => {
				const db = open.result;
				db.onversionchange = () => db.close();
				resolve(db);
			};
			open.onerror = () => reject(open.error);
			open.onblocked = () =>
				reject(new Error('Der Browser-Speicher ist durch einen anderen Tab blockiert.'));
		});
	}

	async all(): Promise<StoredTable[]> {
		const tx = (await this.#db).transaction(STORE, 'readonly');
		return req(tx.objectStore(STORE).getAll() as IDBRequest<StoredTable[]>);
	}

	async get(name: string): Promise<StoredTable | undefined> {
		const tx = (await this.#db).transaction(STORE, 'readonly');
		return req(tx.objectStore(STORE).get(name) as IDBRequest<StoredTable | undefined>);
	}

	commit(table: StoredTable, expected: number) {
		return this.#checked(table.meta.name, expected, (s) => s.put(table));
	}

	remove(name: string, expected: number) {
		return this.#checked(name, expected, (s) => s.delete(name));
	}

	/** Read, compare and write in one readwrite transaction: IndexedDB serialises these across tabs. */
	async #checked(
		name: string,
		expected: number,
		write: (s: IDBObjectStore) => void
	): Promise<CommitResult> {
		const tx = (await this.#db).transaction(STORE, 'readwrite');
		const store = tx.objectStore(STORE);
		const finished = done(tx);
		const current = (await req(store.get(name))) as StoredTable | undefined;
		if ((current?.meta.version ?? 0) !== expected) {
			tx.abort();
			await finished.catch(() => undefined);
			return { ok: false, current };
		}
		write(store);
		await finished;
		return { ok: true };
	}
}
