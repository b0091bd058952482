import { getDb } from '$lib/db';
import { datasetMeta, fetchDataset } from '$lib/data/files';
import { ImportSession } from '$lib/ingest';
import { getStore } from '$lib/store';
import { toIpc } from '$lib/store/arrow';
import { bulkThreshold, importLimit, readers } from './readers';

/** What a table goes back to (for „wiederherstellen“): the published Datenstand's copy, else the embedded Arrow bytes. */
async function embedded(table: string): Promise<Uint8Array | undefined> {
	const published = (await getStore()).base?.tables.get(table);
	if (published) return toIpc(published.data);
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
