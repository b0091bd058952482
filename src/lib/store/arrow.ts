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

/** The Arrow IPC stream of a stored table, for Db.replaceTable. */
export function toIpc(data: TableData): Uint8Array {
	if (data.kind === 'arrow') return data.ipc;
	const vectors: Record<string, Vector> = {};
	for (const c of data.columns) {
		vectors[c.name] = vectorFromArray(
			data.rows.map((r) => r[c.name] ?? null),
			arrowType(c.type)
		) as Vector;
	}
	return tableToIPC(new Table(vectors), 'stream');
}
