import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Manifest } from '$lib/data/manifest-types';

const cache = new Map<string, unknown[]>();

/** Build-time read of an embedded Arrow dataset (prerendering only; the browser uses DuckDB). */
export function readDataset<T>(name: string): T[] {
	let rows = cache.get(name);
	if (!rows) {
		const dir = join(process.cwd(), 'data');
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
		const meta = manifest.datasets.find((d) => d.name === name);
		if (!meta) throw new Error(`Datensatz ${name} fehlt in data/manifest.json`);
		const table = tableFromIPC(readFileSync(join(dir, meta.file)));
		rows = table.toArray().map((r) => ({ ...r.toJSON() }));
		cache.set(name, rows);
	}
	return rows as T[];
}
