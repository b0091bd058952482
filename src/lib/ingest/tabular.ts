import { DataType, tableFromIPC, type Field } from 'apache-arrow';
import type { RawRow } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(ms: number, withTime: boolean): string {
	const d = new Date(ms);
	const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return withTime
		? `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
		: day;
}

const json = (v: unknown) =>
	JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));

/**
 * One typed value as the text the CSV validator reads: decimal comma without grouping, ISO dates,
 * ja/nein, nested values as JSON.
 */
export function cellText(v: unknown, type?: DataType): string {
	if (v === null || v === undefined) return '';
	if (type && (DataType.isDate(type) || DataType.isTimestamp(type))) {
		const ms = v instanceof Date ? v.getTime() : Number(v);
		if (!Number.isFinite(ms)) return '';
		return isoDate(ms, DataType.isTimestamp(type) && ms % 86_400_000 !== 0);
	}
	if (typeof v === 'bigint') return v.toString();
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return '';
		const plain = String(v);
		// toLocaleString is slow on millions of cells: only for exponent notation (1e-7, 1e21)
		return plain.includes('e')
			? v.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 20 })
			: plain.replace('.', ',');
	}
	if (typeof v === 'boolean') return v ? 'ja' : 'nein';
	if (typeof v === 'string') return v;
	if (v instanceof Uint8Array) return `(${v.length} Bytes)`;
	if (typeof (v as { toJSON?: unknown }).toJSON === 'function')
		return json((v as { toJSON(): unknown }).toJSON());
	return json(v);
}

/** Header and text rows of an Arrow IPC stream (row numbers count records from 1). */
export function arrowRows(ipc: Uint8Array): { headers: string[]; rows: RawRow[] } {
	const table = tableFromIPC(ipc);
	const fields: Field[] = table.schema.fields;
	const cols = fields.map((_, j) => table.getChildAt(j));
	const rows: RawRow[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		rows[i] = { row: i + 1, values: cols.map((c, j) => cellText(c?.get(i), fields[j].type)) };
	}
	return { headers: fields.map((f) => f.name), rows };
}
