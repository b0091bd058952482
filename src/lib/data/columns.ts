/**
 * Rows as one array per column: what prerendered pages carry, so that keys are not repeated per row.
 * A column with few distinct values (Kreis names, size classes, flags) is carried as its distinct
 * values and one index per row.
 */
export type Column<V> = V[] | { values: V[]; index: number[] };
export type Columns<T> = { [K in keyof T]: Column<T[K]> };

/** Dictionary-encode when a column has at most one distinct value per this many rows. */
const ROWS_PER_VALUE = 8;

function encode<V>(values: V[]): Column<V> {
	const seen = new Map<V, number>();
	const index = values.map((v) => {
		let i = seen.get(v);
		if (i === undefined) seen.set(v, (i = seen.size));
		return i;
	});
	return seen.size * ROWS_PER_VALUE <= values.length ? { values: [...seen.keys()], index } : values;
}

function decode<V>(col: Column<V>): V[] {
	return Array.isArray(col) ? col : col.index.map((i) => col.values[i]);
}

/** The columns of rows that share their keys (a statement's result). */
export function toColumns<T extends object>(rows: readonly T[]): Columns<T> {
	const out = {} as Columns<T>;
	for (const k of Object.keys(rows[0] ?? {}) as (keyof T)[]) out[k] = encode(rows.map((r) => r[k]));
	return out;
}

export function fromColumns<T extends object>(cols: Columns<T>): T[] {
	const keys = Object.keys(cols) as (keyof T)[];
	const plain = keys.map((k) => [k, decode(cols[k])] as const);
	const n = plain.length ? plain[0][1].length : 0;
	return Array.from({ length: n }, (_, i) => {
		const row = {} as T;
		for (const [k, values] of plain) row[k] = values[i];
		return row;
	});
}
