import { openNodeDb } from '../../../src/lib/db/node';

type NodeDb = Awaited<ReturnType<typeof openNodeDb>>;
let shared: Promise<NodeDb> | undefined;

/** One duckdb-wasm instance per test file (instantiation ~0.7 s). */
export function testDb(): Promise<NodeDb> {
	shared ??= openNodeDb();
	return shared;
}
