import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pq from 'parquet-wasm/node';
import * as xlsx from '@e965/xlsx';
import { tableToIPC, tableFromIPC } from 'apache-arrow';
import { ImportSession, FREE, type Mode, type Policy } from '../../../src/lib/ingest';
import { LocalStore, MemoryBackend } from '../../../src/lib/store/index';
import { datasetMeta } from '../../../src/lib/data/files';
import { testDb } from '../db/helpers';

const root = process.cwd();
const land = JSON.parse(readFileSync(join(root, 'data/geo_land.geojson'), 'utf8'));
export const readers = { parquet: async () => pq, land: async () => land, xlsx: async () => xlsx };

/** Embedded Arrow bytes straight from data/ (the browser fetches them). */
async function embedded(table: string): Promise<Uint8Array | undefined> {
	const meta = datasetMeta(table);
	if (meta?.format !== 'arrow') return undefined;
	return tableToIPC(tableFromIPC(readFileSync(join(root, 'data', meta.file))), 'stream');
}

/** The app's import orchestrator on DuckDB in Node and an in-memory store. */
export async function nodeSession(opts: { bulkThreshold?: number } = {}) {
	const store = new LocalStore({ backend: new MemoryBackend() });
	await store.open();
	const session = new ImportSession({
		db: testDb,
		store: async () => store,
		readers,
		embedded,
		bulkThreshold: opts.bulkThreshold
	});
	return { session, store };
}

export type RunResult =
	{ status: 'loaded'; rows: number; message: string } | { status: 'refused'; message: string };

/** Read → (target) → check → load, as a user clicks through the dialog. */
export async function runImport(
	s: ImportSession,
	fileName: string,
	bytes: Uint8Array,
	o: { target?: string; policy?: Policy; mode?: Mode } = {}
): Promise<RunResult> {
	await s.readBytes(fileName, bytes);
	if (!s.source) return { status: 'refused', message: s.error ?? '' };
	if (o.target && o.target !== FREE) await s.setTarget(o.target);
	if (o.mode) s.mode = o.mode;
	await s.check();
	if (!s.validated) return { status: 'refused', message: s.error ?? '' };
	await s.confirm(o.policy ?? 'strict');
	if (s.error || !s.done) return { status: 'refused', message: s.error ?? '' };
	return { status: 'loaded', rows: s.progress?.done ?? 0, message: s.done };
}
