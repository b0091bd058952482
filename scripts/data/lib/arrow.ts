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

export type ColType = 'text' | 'int' | 'float' | 'bool';

export interface ColumnSpec {
	name: string;
	type: ColType;
	description: string;
	nullable?: boolean;
}

const arrowType = (t: ColType): DataType =>
	t === 'text'
		? new Utf8()
		: t === 'int'
			? new Int32()
			: t === 'float'
				? new Float64()
				: new Bool();

export function toArrowIpc(columns: ColumnSpec[], rows: Record<string, unknown>[]): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const c of columns) {
		const values = rows.map((r) => {
			const v = r[c.name];
			if (v === undefined) throw new Error(`Spalte ${c.name} fehlt in einer Zeile`);
			if (v === null && !c.nullable) throw new Error(`Spalte ${c.name} darf nicht leer sein`);
			return v;
		});
		vectors[c.name] = vectorFromArray(values, arrowType(c.type));
	}
	return tableToIPC(new Table(vectors), 'stream');
}
