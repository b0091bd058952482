import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, SAFE_SETTINGS, type RawConnection } from './core';
import type { Db } from './types';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface BlockingModule {
	createDuckDB(
		bundles: unknown,
		logger: unknown,
		runtime: unknown
	): Promise<{
		instantiate(): Promise<void>;
		open(config: unknown): void;
		connect(): RawConnection;
		registerFileBuffer(name: string, bytes: Uint8Array): void;
		dropFile(name: string): void;
		runQuery(conn: number, sql: string): Uint8Array;
	}>;
	NODE_RUNTIME: unknown;
	VoidLogger: new () => unknown;
}

/** The same Db API on duckdb-wasm's blocking Node build (tests, scripts). */
export async function openNodeDb(
	opts: { dataDir?: string; tables?: Record<string, Uint8Array> } = {}
): Promise<Db & { raw: RawConnection }> {
	const duck = require('@duckdb/duckdb-wasm/blocking') as BlockingModule;
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await duck.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duck.VoidLogger(),
		duck.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = db.connect();
	for (const s of SAFE_SETTINGS) conn.query(s);
	const dataDir = opts.dataDir ?? join(root, 'data');
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
		datasets: { name: string; file: string }[];
	};
	const api = createDb(
		conn,
		async (name) => {
			if (opts.tables?.[name]) return opts.tables[name];
			const meta = manifest.datasets.find((d) => d.name === name);
			if (!meta) throw new Error(`Datensatz „${name}“ ist nicht eingebettet`);
			return new Uint8Array(readFileSync(join(dataDir, meta.file)));
		},
		() => db.connect(),
		{
			register: (name, bytes) => db.registerFileBuffer(name, bytes),
			drop: (name) => db.dropFile(name),
			// the connection's id is not public API (duckdb-wasm pinned to 1.32.0)
			ipc: (sql) => db.runQuery((conn as unknown as { _conn: number })._conn, sql).slice()
		}
	);
	return Object.assign(api, { raw: conn });
}
