import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableFromIPC } from 'apache-arrow';
import type { Flag } from '$lib/data/manifest-types';
import { toIpc } from '$lib/store/arrow';
import type { StoredTable, TableData, TableMeta } from '$lib/store/types';
import { version as APP_VERSION } from '../../../package.json';

export { APP_VERSION };

/** Raised when the layout of meta.json or the tables changes incompatibly. */
export const PROJECT_FORMAT = 1;
const APP = 'innenstadt-atlas-thueringen';
const FLAGS: readonly string[] = ['real', 'estimate', 'sample', 'user'];

export interface ProjectTable {
	name: string;
	file: string;
	rows: number;
	flag: Flag;
	source: string;
	updated: string;
	/** how the store keeps it; `rows` tables get their columns back from `columns` */
	kind: TableData['kind'];
	columns?: { name: string; type: 'text' | 'int' | 'float' | 'bool' }[];
}

export interface ProjectMeta {
	app: typeof APP;
	format: number;
	appVersion: string;
	created: string;
	tables: ProjectTable[];
	/** every stored change, oldest first: table, source (file name or input), time */
	history: { table: string; source: string; updated: string; flag: Flag }[];
}

export interface Project {
	meta: ProjectMeta;
	tables: { meta: TableMeta; data: TableData; ipc: Uint8Array }[];
}

const fileOf = (i: number, name: string) =>
	`tabellen/${String(i + 1).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9_-]+/g, '_')}.arrow`;

/** The files of a project (Arrow IPC per table) and its meta, before zipping. */
export function projectFiles(
	stored: readonly StoredTable[],
	now = new Date()
): { files: Record<string, Uint8Array>; meta: ProjectMeta } {
	const files: Record<string, Uint8Array> = {};
	const tables: ProjectTable[] = stored.map((t, i) => {
		const ipc = toIpc(t.data);
		const file = fileOf(i, t.meta.name);
		files[file] = ipc;
		return {
			name: t.meta.name,
			file,
			rows: tableFromIPC(ipc).numRows,
			flag: t.meta.flag,
			source: t.meta.source,
			updated: t.meta.updated,
			kind: t.data.kind,
			...(t.data.kind === 'rows' ? { columns: t.data.columns as ProjectTable['columns'] } : {})
		};
	});
	const meta: ProjectMeta = {
		app: APP,
		format: PROJECT_FORMAT,
		appVersion: APP_VERSION,
		created: now.toISOString(),
		tables,
		history: stored
			.map((t) => ({
				table: t.meta.name,
				source: t.meta.source,
				updated: t.meta.updated,
				flag: t.meta.flag
			}))
			.sort((a, b) => a.updated.localeCompare(b.updated))
	};
	return { files, meta };
}

/** One zip: `meta.json` plus one Arrow IPC stream per stored table. */
export function writeProject(stored: readonly StoredTable[], now = new Date()): Uint8Array {
	const { files, meta } = projectFiles(stored, now);
	files['meta.json'] = strToU8(JSON.stringify(meta, null, 1));
	return zipSync(files, { level: 6 });
}

function rowsOf(ipc: Uint8Array, columns: NonNullable<ProjectTable['columns']>) {
	const t = tableFromIPC(ipc);
	const vectors = columns.map((c) => t.getChild(c.name));
	return Array.from({ length: t.numRows }, (_, i) => {
		const row: Record<string, unknown> = {};
		columns.forEach((c, j) => {
			const v: unknown = vectors[j]?.get(i) ?? null;
			row[c.name] = typeof v === 'bigint' ? Number(v) : v;
		});
		return row;
	});
}

export type ReadResult =
	| { ok: true; project: Project }
	/** `reason`: the cause alone, without file name and „nothing changed“ */
	| { ok: false; message: string; reason: string };

const refuse = (fileName: string, why: string): ReadResult => ({
	ok: false,
	message: `„${fileName}“ kann nicht geladen werden: ${why} Es wurde nichts geändert.`,
	reason: why
});

/** Reads and checks the whole file before anything changes. Never throws. */
export function readProject(fileName: string, bytes: Uint8Array): ReadResult {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		return refuse(fileName, 'Das ist keine Projektdatei des Atlas (kein ZIP-Archiv).');
	}
	return readProjectFiles(fileName, files);
}

/** `readProject` on the files of an already unpacked archive. */
export function readProjectFiles(fileName: string, files: Record<string, Uint8Array>): ReadResult {
	let meta: ProjectMeta;
	try {
		meta = JSON.parse(strFromU8(files['meta.json'])) as ProjectMeta;
	} catch {
		return refuse(fileName, 'Die Datei „meta.json“ fehlt oder ist beschädigt.');
	}
	if (meta?.app !== APP || !Array.isArray(meta.tables))
		return refuse(fileName, 'Das ist keine Projektdatei des Innenstadt-Atlas Thüringen.');
	if (meta.format !== PROJECT_FORMAT)
		return refuse(
			fileName,
			`Sie stammt aus Version ${meta.appVersion ?? 'unbekannt'} des Atlas (Projektformat ${meta.format}); diese Version ${APP_VERSION} liest nur Projektformat ${PROJECT_FORMAT}. Bitte öffnen Sie sie mit der passenden Version des Atlas.`
		);
	const tables: Project['tables'] = [];
	const seen = new Set<string>();
	for (const t of meta.tables) {
		const label = `Tabelle „${t?.name}“`;
		if (typeof t?.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(t.name) || seen.has(t.name))
			return refuse(fileName, `${label}: ungültiger oder doppelter Name.`);
		seen.add(t.name);
		if (!FLAGS.includes(t.flag))
			return refuse(fileName, `${label}: unbekannte Kennzeichnung „${t.flag}“.`);
		const ipc = files[t.file];
		if (!ipc) return refuse(fileName, `${label}: die Datei „${t.file}“ fehlt im Archiv.`);
		try {
			const n = tableFromIPC(ipc).numRows;
			if (n !== t.rows)
				return refuse(
					fileName,
					`${label}: ${n} statt ${t.rows} Zeilen – die Datei ist beschädigt.`
				);
			const data: TableData =
				t.kind === 'rows' && Array.isArray(t.columns)
					? { kind: 'rows', columns: t.columns, rows: rowsOf(ipc, t.columns) }
					: { kind: 'arrow', ipc };
			tables.push({
				meta: {
					name: t.name,
					flag: t.flag,
					source: String(t.source ?? ''),
					updated: String(t.updated ?? ''),
					version: 0
				},
				data,
				ipc
			});
		} catch (e) {
			return refuse(
				fileName,
				`${label} ist keine lesbare Arrow-Datei (${e instanceof Error ? e.message : String(e)}).`
			);
		}
	}
	return { ok: true, project: { meta, tables } };
}

export interface ApplyTarget {
	replaceTable(name: string, ipc: Uint8Array): Promise<void>;
}
export interface ProjectStore {
	list(): TableMeta[];
	get(name: string): StoredTable | undefined;
	put(name: string, data: TableData, info: { flag: Flag; source: string }): Promise<string>;
}

/**
 * Makes the project the workspace: every table of the file goes into DuckDB; if one fails, the ones
 * already swapped get their previous content back (`previous(name)`: the stored or embedded bytes, or
 * undefined = drop via `drop`) and the store is not touched. Then the store keeps the new tables and
 * forgets those not in the file (`reset`). Returns the tables whose saving failed.
 */
export async function applyProject(
	project: Project,
	db: ApplyTarget,
	store: ProjectStore,
	ops: {
		previous(name: string): Promise<Uint8Array | undefined>;
		drop(name: string): Promise<void>;
		reset(name: string): Promise<string>;
	}
): Promise<string[]> {
	const before = new Map<string, Uint8Array | undefined>();
	for (const t of project.tables) {
		const stored = store.get(t.meta.name);
		before.set(t.meta.name, stored ? toIpc(stored.data) : await ops.previous(t.meta.name));
	}
	const done: string[] = [];
	try {
		for (const t of project.tables) {
			await db.replaceTable(t.meta.name, t.ipc.slice());
			done.push(t.meta.name);
		}
	} catch (e) {
		for (const name of done.reverse()) {
			const old = before.get(name);
			if (old) await db.replaceTable(name, old.slice());
			else await ops.drop(name);
		}
		throw new Error(
			`Die Projektdatei konnte nicht geladen werden (${e instanceof Error ? e.message : String(e)}). Es wurde nichts geändert.`
		);
	}
	const failed: string[] = [];
	const keep = new Set(project.tables.map((t) => t.meta.name));
	for (const m of store.list()) {
		if (!keep.has(m.name) && (await ops.reset(m.name)) !== 'saved') failed.push(m.name);
	}
	for (const t of project.tables) {
		const state = await store.put(t.meta.name, t.data, {
			flag: t.meta.flag,
			source: t.meta.source
		});
		if (state !== 'saved') failed.push(t.meta.name);
	}
	return failed;
}
