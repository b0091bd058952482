import { tableFromIPC } from 'apache-arrow';
import type { DatasetMeta, Flag } from '$lib/data/manifest-types';
import { OFFICIAL_TABLE } from '$lib/leerstand/official';
import { knownTargets } from '$lib/ingest';
import type { StoredTable } from '$lib/store/types';

export interface Entry {
	name: string;
	title: string;
	rows: number;
	columns: number;
	source: string;
	licence: string;
	reference: string;
	flag: Flag | 'official';
	/** file name and ISO time of an import (or other stored change) */
	stored?: { source: string; updated: string };
	embedded: boolean;
}

function size(t: StoredTable): { rows: number; columns: number } {
	if (t.data.kind === 'rows') return { rows: t.data.rows.length, columns: t.data.columns.length };
	const table = tableFromIPC(t.data.ipc);
	return { rows: table.numRows, columns: table.numCols };
}

/** Every table: embedded ones from the manifest, replaced or added ones from the local store. */
export function catalogue(
	datasets: readonly DatasetMeta[],
	stored: readonly StoredTable[]
): Entry[] {
	const byName = new Map(stored.map((t) => [t.meta.name, t]));
	const titles = new Map(knownTargets().map((t) => [t.table, t.title]));
	const entries: Entry[] = datasets.map((d) => {
		const s = byName.get(d.name);
		const base: Entry = {
			name: d.name,
			title: d.title,
			rows: d.rows,
			columns: d.columns?.length ?? 0,
			source: d.source,
			licence: d.licence,
			reference: d.reference_date,
			flag: d.flag,
			embedded: true
		};
		return s ? { ...base, ...size(s), ...storedPart(s) } : base;
	});
	for (const s of stored) {
		if (datasets.some((d) => d.name === s.meta.name)) continue;
		entries.push({
			name: s.meta.name,
			title: titles.get(s.meta.name) ?? s.meta.name,
			...size(s),
			licence: 'eigene Daten',
			reference: '–',
			embedded: false,
			...storedPart(s)
		});
	}
	return entries;
}

function storedPart(s: StoredTable) {
	const official = s.meta.name === OFFICIAL_TABLE || s.meta.flag === 'real';
	return {
		source: s.meta.source,
		flag: (official ? 'official' : s.meta.flag) as Entry['flag'],
		stored: { source: s.meta.source, updated: s.meta.updated }
	};
}

/** The most recent stored table and its first rows (for the preview after a reload). */
export function latest(stored: readonly StoredTable[], n = 10) {
	const t = [...stored].sort((a, b) => b.meta.updated.localeCompare(a.meta.updated))[0];
	if (!t) return undefined;
	const rows =
		t.data.kind === 'rows'
			? t.data.rows.slice(0, n)
			: tableFromIPC(t.data.ipc)
					.slice(0, n)
					.toArray()
					.map((r) => ({ ...r.toJSON() }) as Record<string, unknown>);
	const columns =
		t.data.kind === 'rows'
			? t.data.columns.map((c) => c.name)
			: tableFromIPC(t.data.ipc).schema.fields.map((f) => f.name);
	return { meta: t.meta, columns, rows };
}
