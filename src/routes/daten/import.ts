import { getDb } from '$lib/db';
import { datasetMeta, fetchDataset } from '$lib/data/files';
import { ImportSession } from '$lib/ingest';
import { getStore } from '$lib/store';
import { bulkThreshold, importLimit, readers } from './readers';

/** Embedded Arrow bytes of a table (for „eingebettete Daten wiederherstellen“). */
async function embedded(table: string): Promise<Uint8Array | undefined> {
	if (datasetMeta(table)?.format !== 'arrow') return undefined;
	return new Uint8Array(await (await fetchDataset(table)).arrayBuffer());
}

/** The import session of the /daten page, wired to the browser's DuckDB and local store. */
export function browserSession(): ImportSession {
	return new ImportSession({
		db: getDb,
		store: async () => (await getStore()).store,
		readers,
		embedded,
		bulkThreshold: bulkThreshold(),
		importLimit: importLimit()
	});
}

let shared: ImportSession | undefined;

/** Deletes an import from the catalogue or the project file (same path as the dialog's „wiederherstellen“). */
export function deleteImport(table: string): Promise<string | undefined> {
	shared ??= browserSession();
	return shared.deleteImport(table);
}
