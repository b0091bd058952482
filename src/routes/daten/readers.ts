import type { Land } from '$lib/geo/features';
import { fetchDataset } from '$lib/data/files';
import { BULK_BYTES, loadParquet, loadXlsx, MAX_IMPORT_BYTES, type Readers } from '$lib/ingest';

let land: Promise<Land> | undefined;

/** Parquet reader and the Land boundary, loaded only when a Parquet or GeoJSON file comes. */
export const readers: Readers = {
	parquet: loadParquet,
	xlsx: loadXlsx,
	land() {
		land ??= fetchDataset('geo_land').then((r) => r.json() as Promise<Land>);
		land.catch(() => (land = undefined));
		return land;
	}
};

/** From this size on DuckDB reads a CSV file (bulk import); `?bulkab=<bytes>` can only lower it (e2e). */
export function bulkThreshold(): number {
	if (typeof location === 'undefined') return BULK_BYTES;
	const v = Number(new URLSearchParams(location.search).get('bulkab'));
	return v > 0 ? Math.min(v, BULK_BYTES) : BULK_BYTES;
}

/**
 * The size limit of an import. `?importlimit=<bytes>` can only lower it (the e2e test checks the message
 * with a small file instead of allocating hundreds of MB).
 */
export function importLimit(): number {
	if (typeof location === 'undefined') return MAX_IMPORT_BYTES;
	const v = Number(new URLSearchParams(location.search).get('importlimit'));
	return v > 0 ? Math.min(v, MAX_IMPORT_BYTES) : MAX_IMPORT_BYTES;
}
