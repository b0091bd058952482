import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Manifest } from '$lib/data/manifest-types';

const cache = new Map<string, unknown[]>();
const dir = () => join(process.cwd(), 'data');

function datasetFile(name: string): string {
	const manifest = JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8')) as Manifest;
	const meta = manifest.datasets.find((d) => d.name === name);
	if (!meta) throw new Error(`Datensatz ${name} fehlt in data/manifest.json`);
	return join(dir(), meta.file);
}

/** Build-time read of an embedded Arrow dataset (prerendering only; the browser uses DuckDB). */
export function readDataset<T>(name: string): T[] {
	let rows = cache.get(name);
	if (!rows) {
		const table = tableFromIPC(readFileSync(datasetFile(name)));
		rows = table.toArray().map((r) => ({ ...r.toJSON() }));
		cache.set(name, rows);
	}
	return rows as T[];
}

/** Build-time read of an embedded GeoJSON dataset (geo_land, geo_kreise, geo_gemeinden). */
export function readGeo<T = GeoJSON.FeatureCollection>(name: string): T {
	return JSON.parse(readFileSync(datasetFile(name), 'utf8')) as T;
}
