import {
	Bool,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import type { Target, FieldType } from './types';
import type { Record_ } from './validate';

function arrowType(t: FieldType): DataType {
	switch (t) {
		case 'int':
			return new Int32();
		case 'float':
			return new Float64();
		case 'bool':
			return new Bool();
		default:
			return new Utf8();
	}
}

/** The validated records as an Arrow IPC stream with the target's column types (dates as ISO text). */
export function toArrowIpc(target: Target, records: readonly Record_[]): Uint8Array {
	const columns: Record<string, ReturnType<typeof vectorFromArray>> = {};
	for (const f of [...target.fields, ...(target.derived ?? [])]) {
		columns[f.name] = vectorFromArray(
			records.map((r) => r[f.name] ?? null),
			arrowType(f.type)
		);
	}
	return tableToIPC(new Table(columns), 'stream');
}
