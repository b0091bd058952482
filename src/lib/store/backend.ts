import type { StoredTable } from './types';

/** Outcome of a version-checked write: `conflict` carries what the other writer left behind. */
export type CommitResult = { ok: true } | { ok: false; current: StoredTable | undefined };

/**
 * Where the store keeps its tables. `commit`/`remove` only write if the stored version still equals
 * `expected` (0 = not stored yet); the check and the write happen atomically.
 */
export interface Backend {
	all(): Promise<StoredTable[]>;
	get(name: string): Promise<StoredTable | undefined>;
	commit(table: StoredTable, expected: number): Promise<CommitResult>;
	remove(name: string, expected: number): Promise<CommitResult>;
}

/** Backend in memory: for tests, and as a fallback when the browser offers no IndexedDB. */
export class MemoryBackend implements Backend {
	tables = new Map<string, StoredTable>();
	/** Set to make the next writes fail, e.g. with a QuotaExceededError. */
	failWith: Error | undefined;

	async all() {
		return [...this.tables.values()].map(clone);
	}
	async get(name: string) {
		const t = this.tables.get(name);
		return t && clone(t);
	}
	async commit(table: StoredTable, expected: number): Promise<CommitResult> {
		if (this.failWith) throw this.failWith;
		const current = this.tables.get(table.meta.name);
		if ((current?.meta.version ?? 0) !== expected)
			return { ok: false, current: current && clone(current) };
		this.tables.set(table.meta.name, clone(table));
		return { ok: true };
	}
	async remove(name: string, expected: number): Promise<CommitResult> {
		if (this.failWith) throw this.failWith;
		const current = this.tables.get(name);
		if ((current?.meta.version ?? 0) !== expected)
			return { ok: false, current: current && clone(current) };
		this.tables.delete(name);
		return { ok: true };
	}
}

const clone = (t: StoredTable): StoredTable => structuredClone(t);
