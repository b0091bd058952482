import { rowsToIpc } from '$lib/data/arrow';
import type { TableData } from './types';

/** The Arrow IPC stream of a stored table, for Db.replaceTable (always a fresh buffer). */
export function toIpc(data: TableData): Uint8Array {
	// a copy: the browser's DuckDB transfers (detaches) the buffer it gets
	if (data.kind === 'arrow') return data.ipc.slice();
	return rowsToIpc(data.columns, data.rows);
}
