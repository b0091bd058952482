import { getDb } from '$lib/db';
import { registry } from '$lib/db/registry';
import { datasetMeta, fetchDataset } from '$lib/data/files';
import { plural, todayIso } from '$lib/format';
import { emptyDefault } from '$lib/ingest/load';
import { sizeProblem } from '$lib/ingest/formats';
import { downloadBlob } from '$lib/export/download';
import { applyProject, readProject, writeProject } from '$lib/project/project-file';
import { getStore } from '$lib/store';
import { deleteImport } from './import';
import { importLimit } from './readers';

/** Downloads the whole workspace (every stored table) as one project file. */
export async function exportProject(): Promise<number> {
	const store = (await getStore()).store;
	const tables = store.list().map((m) => store.get(m.name)!);
	const zip = writeProject(tables);
	downloadBlob(
		new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
		`innenstadt-atlas-projekt-${todayIso()}.zip`
	);
	return tables.length;
}

/** Replaces the workspace by a project file, all or nothing. Returns a German message; throws a German Error. */
export async function importProject(file: File): Promise<string> {
	const tooBig = sizeProblem(file, importLimit());
	if (tooBig) throw new Error(tooBig);
	const r = readProject(file.name, new Uint8Array(await file.arrayBuffer()));
	if (!r.ok) throw new Error(r.message);
	const db = await getDb();
	const store = (await getStore()).store;
	const failed = await applyProject(r.project, db, store, {
		async previous(name) {
			return datasetMeta(name)?.format === 'arrow'
				? new Uint8Array(await (await fetchDataset(name)).arrayBuffer())
				: emptyDefault(name);
		},
		async drop(name) {
			await db.rows(registry.ingestDropTable(name));
		},
		async reset(name) {
			return (await deleteImport(name)) ?? 'saved';
		}
	});
	const n = r.project.tables.length;
	const from = `Projekt „${file.name}“ (Atlas ${r.project.meta.appVersion}) geladen: ${plural(n, 'Tabelle', 'Tabellen')}.`;
	return failed.length
		? `${from} Nicht dauerhaft gespeichert: ${failed.join(', ')} (siehe Hinweis).`
		: from;
}
