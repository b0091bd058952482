import type { Bound, Param, Query } from './sql';
import type { SqlConsole } from './console';

export type Runnable<Row> = Query<Row, readonly Param[]> | Bound<Row>;

/** The app-facing database API, the same in the browser and in Node. */
export interface Db {
	/** Rows as plain objects; integers and decimals as JS numbers. */
	rows<Row>(q: Query<Row, []> | Bound<Row>): Promise<Row[]>;
	rows<Row, P extends readonly Param[]>(q: Query<Row, P>, params: P): Promise<Row[]>;
	/** The raw Arrow result (note: in Node it is the CJS arrow build – use its own methods). */
	arrow(q: Runnable<unknown>, params?: readonly Param[]): Promise<unknown>;
	/** Loads the named embedded/user tables if not yet present. */
	ensureTables(names: readonly string[]): Promise<void>;
	/** Replaces a table from an Arrow IPC stream inside one transaction. */
	replaceTable(name: string, ipc: Uint8Array): Promise<void>;
	/** Makes bytes readable as a file by `read_csv` (import of large CSV files); `dropFile` frees them. */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** The whole table as Arrow IPC stream bytes, as DuckDB writes them. */
	tableIpc(name: string): Promise<Uint8Array>;
	/** Creates (or overwrites) a working table from an Arrow IPC stream, outside any transaction. */
	stageTable(name: string, ipc: Uint8Array): Promise<void>;
	/** Replaces `name` by the working table `staged` inside one transaction (`staged` is renamed). */
	swapTable(name: string, staged: string): Promise<void>;
	/**
	 * A value derived from tables (e.g. pre-aggregated tables), built on first use and again after
	 * `replaceTable`/`swapTable` replaced any table of `from`.
	 */
	derive<T>(d: Derived<T>): Promise<T>;
	/**
	 * The SQL console (read-only, own connection; see console.ts). Opening it locks the database
	 * configuration with external access off for good.
	 */
	openConsole(): Promise<SqlConsole>;
}

/** Declares what a derived value (e.g. tables built from `kataster`) is derived from. */
export interface Derived<T> {
	name: string;
	from: readonly string[];
	build(db: Db): Promise<T>;
}

export class DbUnavailableError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'DbUnavailableError';
	}
}
