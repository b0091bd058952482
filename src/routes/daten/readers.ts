import type { Land } from '$lib/geo/features';
import { fetchDataset } from '$lib/data/files';
import { MAX_IMPORT_BYTES, type Readers } from '$lib/ingest/formats';
import { loadParquet } from '$lib/ingest/parquet-wasm';

let land: Promise<Land> | undefined;

/** Parquet reader and the Land boundary, loaded only when a Parquet or GeoJSON file comes. */
export const readers: Readers = {
	parquet: loadParquet,
	land() {
		land ??= fetchDataset('geo_land').then((r) => r.json() as Promise<Land>);
		land.catch(() => (land = undefined));
		return land;
	}
};

/**
 * The size limit of an import. `?importlimit=<bytes>` can only lower it (the e2e test checks the message
 * with a small file instead of allocating hundreds of MB).
 */
export function importLimit(): number {
	const v = Number(new URLSearchParams(location.search).get('importlimit'));
	return v > 0 ? Math.min(v, MAX_IMPORT_BYTES) : MAX_IMPORT_BYTES;
}
