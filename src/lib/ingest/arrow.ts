import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { column } from '$lib/data/arrow';
import type { Record_, Target } from './types';

export { column, rowsToIpc } from '$lib/data/arrow';

/** The validated records as an Arrow IPC stream with the target's column types (dates as ISO text). */
export function toArrowIpc(target: Target, records: readonly Record_[]): Uint8Array {
	const columns: Record<string, Vector> = {};
	for (const f of [...target.fields, ...(target.derived ?? [])]) {
		columns[f.name] = column(
			f.type,
			records.map((r) => r[f.name])
		);
	}
	return tableToIPC(new Table(columns), 'stream');
}
