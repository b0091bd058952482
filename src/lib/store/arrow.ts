import {
	Bool,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';
import type { TableData } from './types';

const arrowType = (t: string): DataType =>
	t === 'int'
		? new Int32()
		: t === 'float'
			? new Float64()
			: t === 'bool'
				? new Bool()
				: new Utf8();

/** The Arrow IPC stream of a stored table, for Db.replaceTable (always a fresh buffer). */
export function toIpc(data: TableData): Uint8Array {
	// a copy: the browser's DuckDB transfers (detaches) the buffer it gets
	if (data.kind === 'arrow') return data.ipc.slice();
	const vectors: Record<string, Vector> = {};
	for (const c of data.columns) {
		vectors[c.name] = vectorFromArray(
			data.rows.map((r) => r[c.name] ?? null),
			arrowType(c.type)
		) as Vector;
	}
	return tableToIPC(new Table(vectors), 'stream');
}
