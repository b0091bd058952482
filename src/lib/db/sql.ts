/** A statement of the registry: SQL text with positional parameters ($1, $2 …), the tables it reads, its row type. */
export interface Query<Row, P extends readonly unknown[] = []> {
	readonly sql: string;
	readonly tables: readonly string[];
	/** phantom fields, never set */
	readonly __row?: Row;
	readonly __params?: P;
}

/** What a typed builder returns: SQL with quoted identifiers and the values to bind. */
export interface Bound<Row> {
	readonly sql: string;
	readonly params: readonly Param[];
	readonly tables: readonly string[];
	readonly __row?: Row;
}

export type Param = string | number | boolean | null;

export type RowOf<Q> =
	Q extends Query<infer R, readonly unknown[]> ? R : Q extends Bound<infer R> ? R : never;

export function sql<Row, P extends readonly Param[] = []>(
	tables: readonly string[],
	text: string
): Query<Row, P> {
	return { sql: text.trim(), tables };
}

/** Quotes an identifier for DuckDB. The only way identifiers get into SQL. */
export function quoteIdent(name: string): string {
	if (typeof name !== 'string' || name.length === 0) throw new Error('Leerer Bezeichner');
	if (name.includes('\u0000')) throw new Error('Ungültiges Zeichen im Bezeichner');
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Picks an identifier from a whitelist, or throws. */
export function pick<T extends string>(value: string, allowed: readonly T[]): T {
	if (!(allowed as readonly string[]).includes(value)) {
		throw new Error(`Nicht erlaubter Bezeichner: ${value}`);
	}
	return value as T;
}
