import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { fetchDataset } from '$lib/data/files';
import { createDb, SAFE_SETTINGS } from './core';
import { DbUnavailableError, type Db } from './types';

export async function openBrowserDb(): Promise<Db> {
	if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
		throw new DbUnavailableError(
			'Ihr Browser unterstützt kein WebAssembly oder keine Web Worker. Die Datenbank der Anwendung kann daher nicht starten.'
		);
	}
	performance.mark('atlas-db-start');
	const worker = new Worker(ehWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(ehWasm);
	performance.mark('atlas-db-instantiated');
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	performance.mark('atlas-db-open');
	const conn = await db.connect();
	for (const s of SAFE_SETTINGS) await conn.query(s);
	return createDb(
		conn,
		async (name) => new Uint8Array(await (await fetchDataset(name)).arrayBuffer()),
		() => db.connect(),
		{
			register: (name, bytes) => db.registerFileBuffer(name, bytes),
			drop: (name) => db.dropFile(name),
			// the connection's id is not public API (duckdb-wasm pinned to 1.32.0)
			ipc: (sql) => db.runQuery((conn as unknown as { _conn: number })._conn, sql)
		}
	);
}
