/** Rows as one array per column: what prerendered pages carry, so that keys are not repeated per row. */
export type Columns<T> = { [K in keyof T]: T[K][] };

/** The columns of rows that share their keys (a statement's result). */
export function toColumns<T extends object>(rows: readonly T[]): Columns<T> {
	const out = {} as Columns<T>;
	for (const k of Object.keys(rows[0] ?? {}) as (keyof T)[]) out[k] = rows.map((r) => r[k]);
	return out;
}

export function fromColumns<T extends object>(cols: Columns<T>): T[] {
	const keys = Object.keys(cols) as (keyof T)[];
	const n = keys.length ? cols[keys[0]].length : 0;
	return Array.from({ length: n }, (_, i) => {
		const row = {} as T;
		for (const k of keys) row[k] = cols[k][i];
		return row;
	});
}
