/** Own records as an Arrow IPC stream of text columns ('' = empty), built CSP-safe. */
import { tableFromIPC } from 'apache-arrow';
import { rowsToIpc } from '$lib/data/arrow';
import type { KpiRecord } from './types';

export const RECORD_FIELDS: (keyof KpiRecord)[] = [
	'id',
	'typ',
	'datum',
	'kind',
	'kpi_id',
	'titel',
	'ort',
	'ags',
	'anzahl',
	'stunden',
	'ergebnis',
	'erfasst'
];

export function recordsToIpc(records: readonly KpiRecord[]): Uint8Array {
	return rowsToIpc(
		RECORD_FIELDS.map((name) => ({ name, type: 'text' as const })),
		records.map((r) =>
			Object.fromEntries(
				RECORD_FIELDS.map((f) => [f, r[f] === null || r[f] === undefined ? '' : String(r[f])])
			)
		)
	);
}

export function ipcToRows(ipc: Uint8Array): Record<string, unknown>[] {
	return tableFromIPC(ipc)
		.toArray()
		.map((r) => ({ ...r.toJSON() }));
}

const TYPES = ['termin', 'lieferung', 'teaser', 'stunden'];

/** Stored rows back into records; rows that do not fit are skipped (and counted). */
export function toRecords(rows: Record<string, unknown>[]): {
	records: KpiRecord[];
	skipped: number;
} {
	const records: KpiRecord[] = [];
	let skipped = 0;
	for (const r of rows) {
		const datum = String(r.datum ?? '');
		if (!TYPES.includes(String(r.typ)) || !/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
			skipped++;
			continue;
		}
		const num = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v));
		const txt = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
		records.push({
			id: String(r.id),
			typ: r.typ as KpiRecord['typ'],
			datum,
			kind: txt(r.kind),
			kpi_id: txt(r.kpi_id),
			titel: txt(r.titel),
			ort: txt(r.ort),
			ags: txt(r.ags),
			anzahl: num(r.anzahl),
			stunden: num(r.stunden),
			ergebnis: r.ergebnis === 'geliefert' || r.ergebnis === 'nicht_geliefert' ? r.ergebnis : null,
			erfasst: String(r.erfasst ?? '')
		});
	}
	return { records, skipped };
}
