import type { Db } from '$lib/db/types';
import { registry } from '$lib/db/registry';
import type { Flag } from '$lib/data/manifest-types';
import type { SaveState, TableData } from '$lib/store/types';
import { ImportCancelled } from './importer';
import { rowsToIpc } from './arrow';
import { OFFICIAL_TABLE, officialTableData } from '$lib/leerstand/official';
import type { Ready, Target } from './types';

/** The part of the local store the import needs (src/lib/store LocalStore). */
export interface StoreLike {
	put(name: string, data: TableData, info: { flag: Flag; source: string }): Promise<SaveState>;
	remove(name: string): Promise<SaveState>;
	/** the stored (imported) copy of a table, if any */
	get(name: string): unknown;
}

/** Flag stored with an import: 'user' (badge „importiert“); official tables keep 'real' (badge „amtlich“). */
export const storedFlag = (t: Target): Flag => (t.flag === 'official' ? 'real' : 'user');

export interface Loaded {
	table: string;
	rows: number;
	saved: SaveState;
}

/**
 * Loads a decided import: one atomic Db.replaceTable (an append was already merged into `ready`), then
 * keeps it in the local store. Cancelling before the swap changes nothing.
 */
export async function loadImport(
	db: Db,
	store: StoreLike,
	target: Target,
	ready: Ready,
	fileName: string,
	signal?: AbortSignal
): Promise<Loaded> {
	if (signal?.aborted) throw new ImportCancelled();
	const ipc = ready.ipc;
	await db.replaceTable(target.table, ipc);
	const saved = await store.put(
		target.table,
		{ kind: 'arrow', ipc },
		{ flag: storedFlag(target), source: fileName }
	);
	return { table: target.table, rows: ready.rows, saved };
}

/** The keys already in the table, so appended rows cannot duplicate them. */
export function keysOf(
	rows: readonly Record<string, unknown>[],
	key: string | undefined
): Set<string> {
	return new Set(key ? rows.map((r) => String(r[key] ?? '')) : []);
}

/** Rows of the current table, for appending. */
export async function currentRows(db: Db, table: string): Promise<Record<string, unknown>[]> {
	try {
		return await db.rows(registry.ingestTableRows(table, 2_000_000));
	} catch {
		throw new Error(`An „${table}“ kann noch nichts angefügt werden – bitte „ersetzen“ wählen.`);
	}
}

/**
 * What a deleted import falls back to when the table is not embedded: the official Zensus table goes
 * back to empty (the Leerstand views then show the estimate); others are dropped (undefined).
 */
export function emptyDefault(table: string): Uint8Array | undefined {
	if (table !== OFFICIAL_TABLE) return undefined;
	const data = officialTableData({ rows: [], notes: [], read: 0 });
	return data.kind === 'rows' ? rowsToIpc(data.columns, []) : undefined;
}

/**
 * Deletes an import: the stored copy goes, the embedded default (if any, as Arrow IPC bytes) comes back,
 * a free table is dropped.
 */
export async function resetTable(
	db: Db,
	store: StoreLike,
	table: string,
	embedded?: Uint8Array
): Promise<SaveState> {
	const state = await store.remove(table);
	if (state !== 'saved') return state;
	if (embedded) await db.replaceTable(table, embedded);
	else await db.rows(registry.ingestDropTable(table));
	return state;
}
