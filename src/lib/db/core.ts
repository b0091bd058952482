import { quoteIdent, type Bound, type Param, type Query } from './sql';
import type { Db, Derived } from './types';
import { createConsole, type SqlConsole } from './console';

/** The few connection operations both duckdb-wasm builds offer (async in the browser, sync in Node). */
export interface RawConnection {
	query(sql: string): unknown;
	prepare(sql: string): unknown;
	insertArrowFromIPCStream(
		buffer: Uint8Array,
		options: { name: string; create?: boolean }
	): unknown;
}

/**
 * Database-level operations of duckdb-wasm: in-memory files (registerFileBuffer/dropFile) and a query
 * result as the Arrow IPC bytes DuckDB writes (runQuery – no decoding into JS objects and back).
 */
export interface FileHost {
	register(name: string, bytes: Uint8Array): unknown;
	drop(name: string): unknown;
	ipc(sql: string): Uint8Array | Promise<Uint8Array>;
}

/**
 * duckdb-wasm's runQuery writes the Arrow IPC file format: magic (8 bytes), the stream (schema, batches,
 * end marker), footer, footer length (4), magic (6). The stream part is what insertArrowFromIPCStream reads.
 */
export function ipcStream(bytes: Uint8Array): Uint8Array {
	const magic = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // ARROW1
	if (!magic.every((b, i) => bytes[i] === b)) return bytes;
	const footer = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getInt32(
		bytes.length - 10,
		true
	);
	return bytes.subarray(8, bytes.length - 10 - footer);
}

interface VectorLike {
	[Symbol.iterator](): Iterator<unknown>;
}
interface TableLike {
	numRows: number;
	schema: { fields: { name: string }[] };
	getChildAt(i: number): VectorLike | null;
}
interface PreparedLike {
	query(...params: unknown[]): unknown;
	close(): unknown;
}

export const SAFE_SETTINGS = [
	'SET autoinstall_known_extensions=false',
	'SET autoload_known_extensions=false'
];

/** Plain objects from an Arrow result, read column by column (much cheaper than a proxy row each). */
export function toRows<Row>(table: unknown): Row[] {
	const t = table as TableLike;
	const rows: Record<string, unknown>[] = Array.from({ length: t.numRows }, () => ({}));
	t.schema.fields.forEach((field, i) => {
		const column = t.getChildAt(i);
		if (!column) return;
		let j = 0;
		for (const v of column) rows[j++][field.name] = plain(v);
	});
	return rows as Row[];
}

function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v && typeof v === 'object' && typeof (v as { toArray?: unknown }).toArray === 'function')
		return (v as { toArray(): unknown }).toArray();
	return v;
}

/**
 * Wraps a raw connection into the Db API. `loadTable` returns the Arrow IPC bytes of an embedded table;
 * `connect` opens a further connection to the same database (for the SQL console).
 */
export function createDb(
	conn: RawConnection,
	loadTable: (name: string) => Promise<Uint8Array>,
	connect?: () => RawConnection | Promise<RawConnection>,
	files?: FileHost
): Db {
	let sqlConsole: Promise<SqlConsole> | undefined;
	const derived = new Map<string, { from: readonly string[]; value: Promise<unknown> }>();
	/** `name` was replaced: everything derived from it is built again on next use. */
	const stale = (name: string) => {
		for (const [key, d] of derived) if (d.from.includes(name)) derived.delete(key);
	};
	const loaded = new Map<string, Promise<void>>();
	let chain: Promise<unknown> = Promise.resolve();
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const next = chain.then(fn, fn);
		chain = next.catch(() => undefined);
		return next;
	};

	// Prepared statements by SQL text: a filter change re-runs the same texts with new values, so they
	// skip parsing and planning and cost one worker round trip instead of three. Dropped after DDL.
	const prepared = new Map<string, PreparedLike>();
	async function statement(text: string): Promise<PreparedLike> {
		let stmt = prepared.get(text);
		if (stmt) prepared.delete(text);
		else {
			stmt = (await conn.prepare(text)) as PreparedLike;
			if (prepared.size >= 64) await forgetOne(prepared.keys().next().value!);
		}
		prepared.set(text, stmt);
		return stmt;
	}
	async function forgetOne(text: string) {
		const stmt = prepared.get(text);
		prepared.delete(text);
		await stmt?.close();
	}
	async function forgetAll() {
		for (const text of [...prepared.keys()]) await forgetOne(text);
	}

	/** A table from Arrow IPC bytes under `name` (inside serial). */
	async function stage(name: string, ipc: Uint8Array) {
		await forgetAll();
		await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
		// the browser transfers the buffer to DuckDB's worker: hand over a copy, the caller keeps its bytes
		await conn.insertArrowFromIPCStream(ipc.slice(), { name, create: true });
	}

	/** `staged` becomes `name` in one transaction (inside serial). */
	async function swap(name: string, staged: string) {
		const id = quoteIdent(name);
		await forgetAll();
		await conn.query('BEGIN TRANSACTION');
		try {
			await conn.query(`DROP TABLE IF EXISTS ${id}`);
			await conn.query(`ALTER TABLE ${quoteIdent(staged)} RENAME TO ${id}`);
			await conn.query('COMMIT');
		} catch (e) {
			await conn.query('ROLLBACK');
			throw e;
		}
	}

	async function ensureTables(names: readonly string[]) {
		await Promise.all(
			names.map((name) => {
				let p = loaded.get(name);
				if (!p) {
					p = loadTable(name).then((bytes) =>
						serial(async () => {
							await forgetAll();
							await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
							await conn.insertArrowFromIPCStream(bytes, { name, create: true });
						})
					);
					p.catch(() => loaded.delete(name));
					loaded.set(name, p);
				}
				return p;
			})
		);
	}

	async function exec(
		q: Query<unknown, readonly Param[]> | Bound<unknown>,
		params?: readonly Param[]
	) {
		await ensureTables(q.tables);
		const values = 'params' in q && q.params ? q.params : (params ?? []);
		return serial(async () => {
			const reads = /^\s*(SELECT|WITH)\b/i.test(q.sql);
			if (!reads) await forgetAll();
			if (values.length === 0) return conn.query(q.sql);
			if (!reads) {
				const once = (await conn.prepare(q.sql)) as PreparedLike;
				try {
					return await once.query(...values);
				} finally {
					await once.close();
				}
			}
			const stmt = await statement(q.sql);
			try {
				return await stmt.query(...values);
			} catch (e) {
				await forgetOne(q.sql);
				throw e;
			}
		});
	}

	const db: Db = {
		async rows<Row>(q: Query<Row, readonly Param[]> | Bound<Row>, params?: readonly Param[]) {
			return toRows<Row>(await exec(q as Query<unknown, readonly Param[]>, params));
		},
		arrow: (q, params) => exec(q as Query<unknown, readonly Param[]>, params),
		ensureTables,
		async replaceTable(name, ipc) {
			await serial(async () => {
				await stage(`${name}__neu`, ipc);
				await swap(name, `${name}__neu`);
			});
			loaded.set(name, Promise.resolve());
			stale(name);
		},
		async registerFile(name, bytes) {
			if (!files) throw new Error('Dateien können nicht registriert werden');
			// the browser transfers the buffer to DuckDB's worker: hand over a copy
			await serial(async () => files.register(name, bytes.slice()));
		},
		async dropFile(name) {
			if (files) await serial(async () => files.drop(name));
		},
		async tableIpc(name) {
			if (!files) throw new Error('Keine Arrow-Ausgabe möglich');
			await ensureTables([name]);
			return serial(async () => ipcStream(await files.ipc(`SELECT * FROM ${quoteIdent(name)}`)));
		},
		async stageTable(name, ipc) {
			await serial(() => stage(name, ipc));
		},
		async swapTable(name, staged) {
			await serial(() => swap(name, staged));
			loaded.set(name, Promise.resolve());
			stale(name);
		},
		derive<T>(d: Derived<T>): Promise<T> {
			let entry = derived.get(d.name);
			if (!entry) {
				const value = d.build(db);
				entry = { from: d.from, value };
				derived.set(d.name, entry);
				value.catch(() => derived.get(d.name)?.value === value && derived.delete(d.name));
			}
			return entry.value as Promise<T>;
		},
		openConsole() {
			if (!connect) return Promise.reject(new Error('Keine weitere Verbindung möglich'));
			sqlConsole ??= Promise.resolve(connect()).then(createConsole);
			sqlConsole.catch(() => (sqlConsole = undefined));
			return sqlConsole;
		}
	} as Db;
	return db;
}
