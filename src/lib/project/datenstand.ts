/**
 * The published Datenstand: a project file (project-file.ts) plus publisher, date, note, a SHA-256 per
 * table and one for meta.json (`meta.sha256`). Pure: runs in the browser and in Node (CLI, tests).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableFromIPC } from 'apache-arrow';
import {
	projectFiles,
	readProjectFiles,
	type Project,
	type ProjectMeta,
	type ProjectTable
} from './project-file';
import type { StoredTable } from '$lib/store/types';

export const META_HASH_FILE = 'meta.sha256';

/** Columns that make a table object data (addresses, owner types): published only when chosen. */
export const OBJECT_COLUMNS = ['adresse', 'eigentuemer_typ'] as const;
export const KATASTER_TABLE = 'kataster';
export const KATASTER_COUNTS_TABLE = 'kataster_gemeinde_zahlen';

export interface DatenstandInfo {
	publisher: string;
	/** YYYY-MM-DD (local date of publishing) */
	date: string;
	note: string;
	/** object rows of the Leerstandskataster included (chosen after the warning) */
	objektdaten: boolean;
}

export interface DatenstandMeta extends ProjectMeta {
	datenstand: DatenstandInfo;
	tables: (ProjectTable & { sha256: string })[];
}

export interface Datenstand {
	info: DatenstandInfo;
	meta: DatenstandMeta;
	tables: (Project['tables'][number] & { sha256: string })[];
}

export type DatenstandResult =
	{ ok: true; datenstand: Datenstand } | { ok: false; message: string };

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** True if an Arrow table carries object data (any column of OBJECT_COLUMNS). */
export function hasObjectColumns(ipc: Uint8Array): boolean {
	const names = tableFromIPC(ipc).schema.fields.map((f) => f.name);
	return OBJECT_COLUMNS.some((c) => names.includes(c));
}

/** `datenstand-<YYYY-MM-DD>.atlas` */
export const datenstandFileName = (date: string) => `datenstand-${date}.atlas`;

/** Writes the Datenstand file. `tables` are exactly what goes out (privacy is decided before). */
export async function writeDatenstand(
	tables: readonly StoredTable[],
	info: DatenstandInfo,
	now = new Date()
): Promise<Uint8Array> {
	const { files, meta } = projectFiles(tables, now);
	const withHashes: DatenstandMeta = {
		...meta,
		tables: await Promise.all(
			meta.tables.map(async (t) => ({ ...t, sha256: await sha256Hex(files[t.file]) }))
		),
		datenstand: {
			publisher: info.publisher.trim(),
			date: info.date,
			note: info.note.trim(),
			objektdaten: info.objektdaten
		}
	};
	const metaBytes = strToU8(JSON.stringify(withHashes, null, 1));
	files['meta.json'] = metaBytes;
	files[META_HASH_FILE] = strToU8(await sha256Hex(metaBytes));
	return zipSync(files, { level: 6, mtime: now });
}

/**
 * Checks everything before anything is used: archive, meta hash, project format, every table's hash,
 * row count and readability, the Datenstand block and the privacy rule. Never throws.
 */
export async function readDatenstand(
	fileName: string,
	bytes: Uint8Array
): Promise<DatenstandResult> {
	const fail = (why: string) => ({
		ok: false as const,
		message: `„${fileName}“ ist kein gültiger Datenstand: ${why}`
	});
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		return fail(
			'Die Datei ist beschädigt oder kein Datenstand des Atlas (kein lesbares ZIP-Archiv).'
		);
	}
	const metaBytes = files['meta.json'];
	const stated = files[META_HASH_FILE];
	if (!metaBytes || !stated)
		return fail('Das ist kein Datenstand des Atlas („meta.json“ oder die Prüfsumme fehlt).');
	if ((await sha256Hex(metaBytes)) !== strFromU8(stated).trim())
		return fail(
			'Die Prüfsumme von „meta.json“ stimmt nicht – die Datei wurde verändert oder ist beschädigt.'
		);
	let meta: DatenstandMeta;
	try {
		meta = JSON.parse(strFromU8(metaBytes)) as DatenstandMeta;
	} catch {
		return fail('„meta.json“ ist beschädigt.');
	}
	const d = meta?.datenstand;
	if (
		!d ||
		typeof d.publisher !== 'string' ||
		!d.publisher.trim() ||
		typeof d.date !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}$/.test(d.date)
	)
		return fail(
			'Das ist eine Projektdatei, aber kein veröffentlichter Datenstand (Herausgeber oder Datum fehlen).'
		);
	for (const t of Array.isArray(meta.tables) ? meta.tables : []) {
		const file = files[t?.file];
		if (!file) continue; // readProjectFiles names the missing file
		if (typeof t.sha256 !== 'string' || (await sha256Hex(file)) !== t.sha256)
			return fail(
				`Die Prüfsumme der Tabelle „${t.name}“ stimmt nicht – die Datei wurde verändert oder ist beschädigt.`
			);
	}
	const r = readProjectFiles(fileName, files);
	if (!r.ok) return fail(r.reason);
	if (!d.objektdaten) {
		const objects = r.project.tables.find(
			(t) => t.meta.name === KATASTER_TABLE || hasObjectColumns(t.ipc)
		);
		if (objects)
			return fail(
				`Die Tabelle „${objects.meta.name}“ enthält Objektdaten (Adressen oder Eigentümerart), obwohl der Datenstand nicht als „Objektdaten veröffentlichen“ gekennzeichnet ist.`
			);
	}
	const hashes = new Map(meta.tables.map((t) => [t.name, t.sha256]));
	return {
		ok: true,
		datenstand: {
			info: {
				publisher: d.publisher,
				date: d.date,
				note: typeof d.note === 'string' ? d.note : '',
				objektdaten: d.objektdaten === true
			},
			meta,
			tables: r.project.tables.map((t) => ({ ...t, sha256: hashes.get(t.meta.name)! }))
		}
	};
}

/** Rows of an Arrow IPC stream as plain objects (BigInt as number). */
export function ipcRows(ipc: Uint8Array): Record<string, unknown>[] {
	const t = tableFromIPC(ipc);
	const names = t.schema.fields.map((f) => f.name);
	const cols = names.map((n) => t.getChild(n));
	return Array.from({ length: t.numRows }, (_, i) =>
		Object.fromEntries(
			names.map((n, j) => {
				const v: unknown = cols[j]?.get(i) ?? null;
				return [n, typeof v === 'bigint' ? Number(v) : v];
			})
		)
	);
}

export interface TableDiff {
	name: string;
	added: number;
	changed: number;
	removed: number;
	/** table not in the published Datenstand / published but not chosen now */
	status: 'neu' | 'geändert' | 'unverändert' | 'entfällt';
}

const keyColumn = (rows: readonly Record<string, unknown>[]) =>
	['id', 'ags', 'ars_2022'].find((k) => rows.length > 0 && k in rows[0]);

const canon = (row: Record<string, unknown>) =>
	JSON.stringify(
		Object.keys(row)
			.sort()
			.map((k) => [k, row[k] ?? null])
	);

/** Rows added / changed / removed from `before` to `after`, matched by `id` (or `ags`), else by content. */
export function diffRows(
	name: string,
	before: readonly Record<string, unknown>[] | undefined,
	after: readonly Record<string, unknown>[] | undefined
): TableDiff {
	const b = before ?? [];
	const a = after ?? [];
	const key = keyColumn(b) ?? keyColumn(a);
	let added = 0;
	let changed = 0;
	let removed = 0;
	if (key) {
		const old = new Map(b.map((r) => [String(r[key]), canon(r)]));
		const now = new Map(a.map((r) => [String(r[key]), canon(r)]));
		for (const [k, v] of now) {
			if (!old.has(k)) added++;
			else if (old.get(k) !== v) changed++;
		}
		for (const k of old.keys()) if (!now.has(k)) removed++;
	} else {
		const count = new Map<string, number>();
		for (const r of b) count.set(canon(r), (count.get(canon(r)) ?? 0) + 1);
		for (const r of a) {
			const c = canon(r);
			const n = count.get(c) ?? 0;
			if (n > 0) count.set(c, n - 1);
			else added++;
		}
		for (const n of count.values()) removed += n;
	}
	const status = !before
		? 'neu'
		: !after
			? 'entfällt'
			: added || changed || removed
				? 'geändert'
				: 'unverändert';
	return { name, added, changed, removed, status };
}

/** The Leerstandskataster reduced to counts per Gemeinde (no addresses, positions or owners). */
export function katasterCounts(rows: readonly Record<string, unknown>[]) {
	const by = new Map<
		string,
		{ ags: string; objekte: number; leer: number; flaeche_leer_m2: number }
	>();
	for (const r of rows) {
		const ags = String(r.ags ?? '');
		if (!ags) continue;
		const e = by.get(ags) ?? { ags, objekte: 0, leer: 0, flaeche_leer_m2: 0 };
		e.objekte++;
		if (r.status === 'leer') {
			e.leer++;
			e.flaeche_leer_m2 += typeof r.flaeche_m2 === 'number' ? r.flaeche_m2 : 0;
		}
		by.set(ags, e);
	}
	return {
		kind: 'rows' as const,
		columns: [
			{ name: 'ags', type: 'text' as const },
			{ name: 'objekte', type: 'int' as const },
			{ name: 'leer', type: 'int' as const },
			{ name: 'flaeche_leer_m2', type: 'float' as const }
		],
		rows: [...by.values()].sort((x, y) => x.ags.localeCompare(y.ags))
	};
}
