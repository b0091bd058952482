/**
 * Loader for the official Zensus 2022 „Regionaltabelle Gebäude und Wohnungen“ (sheet CSV-Wohnungen):
 * key `_RS` (ARS of 15.05.2022), dwelling counts, vacant dwellings and/or `LEQ`. Counts are summed
 * to the Gemeinden of 2025 via gemeinden_2022_2025; a split 2022 Gemeinde cannot be apportioned,
 * so its counts are left out and every successor is flagged. The result goes into the table
 * `leerstand_amtlich`, which replaces the estimate in every Leerstand view.
 */
import type { MappingRow } from '$lib/leerstand/queries';
import type { TableData } from '$lib/store/types';

export type RawRow = Record<string, unknown>;

export interface OfficialColumns {
	rs: string;
	wohnungen: string;
	leer?: string;
	leq?: string;
}

export interface OfficialRow {
	ags: string;
	wohnungen: number | null;
	leer: number | null;
	quote: number | null;
	is_split: boolean;
	/** 2022 Gemeinden left out because they were split (names, „; “-joined) */
	teile: string;
}

export interface OfficialResult {
	rows: OfficialRow[];
	/** German notes for the user (skipped rows, splits, missing values) */
	notes: string[];
	/** 2022 Gemeinden read */
	read: number;
}

export class OfficialImportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'OfficialImportError';
	}
}

const CANDIDATES: Record<keyof OfficialColumns, string[]> = {
	rs: ['_RS', 'RS', 'ARS'],
	wohnungen: ['WOHNUNGEN', 'WOHNUNGEN_INSGESAMT', 'WHG_INSGESAMT', 'WHG', 'INSGESAMT', 'ANZAHL'],
	leer: ['LEERSTEHEND', 'LEER_STEHEND', 'WHG_LEER', 'LEER', 'LEERSTAND'],
	leq: ['LEQ', 'LEERSTANDSQUOTE']
};

const SECRET = new Set(['', '-', '–', '.', '/', 'x', 'X', '...', '…']);
const normKey = (s: string) =>
	s
		.trim()
		.toUpperCase()
		.replace(/[\s-]+/g, '_');

/** Finds the columns in the header (case-insensitive), or explains what is missing. */
export function detectColumns(
	header: string[],
	given: Partial<OfficialColumns> = {},
	file = 'Datei'
): OfficialColumns {
	const byNorm = new Map(header.map((h) => [normKey(h), h]));
	const find = (k: keyof OfficialColumns) => {
		const wanted = given[k];
		if (wanted) {
			const hit = byNorm.get(normKey(wanted));
			if (!hit)
				throw new OfficialImportError(`${file}: Die Spalte „${wanted}“ fehlt in der Kopfzeile.`);
			return hit;
		}
		for (const c of CANDIDATES[k]) {
			const hit = byNorm.get(c);
			if (hit) return hit;
		}
		return undefined;
	};
	const rs = find('rs');
	const wohnungen = find('wohnungen');
	const leer = find('leer');
	const leq = find('leq');
	if (!rs)
		throw new OfficialImportError(
			`${file}: Die Schlüsselspalte „_RS“ (Regionalschlüssel 2022) fehlt.`
		);
	if (!wohnungen)
		throw new OfficialImportError(
			`${file}: Keine Spalte mit der Zahl der Wohnungen gefunden (z. B. „Wohnungen“).`
		);
	if (!leer && !leq)
		throw new OfficialImportError(
			`${file}: Weder leer stehende Wohnungen noch „LEQ“ (Leerstandsquote) gefunden.`
		);
	return { rs, wohnungen, leer, leq };
}

/** A German or plain number; secrecy marks („–“, „.“, „/“, „x“) give null. */
export function parseCount(v: unknown, where: string): number | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number') {
		if (!Number.isFinite(v) || v < 0)
			throw new OfficialImportError(`${where}: ungültige Zahl ${v}.`);
		return v;
	}
	const t = String(v).trim();
	if (SECRET.has(t)) return null;
	let s = t.replace(/\s/g, '');
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replaceAll('.', '');
	s = s.replace(',', '.');
	const n = Number(s);
	if (!/^\d+(\.\d+)?$/.test(s) || !Number.isFinite(n))
		throw new OfficialImportError(`${where}: „${t}“ ist keine Zahl.`);
	return n;
}

/** Sums a 2022-keyed official table to 2025 Gemeinden. Throws OfficialImportError on bad input. */
export function aggregateOfficial(
	raw: RawRow[],
	mapping: MappingRow[],
	opts: { file?: string; columns?: Partial<OfficialColumns> } = {}
): OfficialResult {
	const file = opts.file ?? 'Datei';
	if (raw.length === 0) throw new OfficialImportError(`${file}: Die Tabelle enthält keine Zeilen.`);
	const cols = detectColumns(Object.keys(raw[0]), opts.columns, file);
	const byArs = new Map(mapping.map((m) => [m.ars_2022, m]));
	const notes: string[] = [];
	const sums = new Map<string, OfficialRow & { missing: boolean }>();
	const row = (ags: string) => {
		let r = sums.get(ags);
		if (!r) {
			r = { ags, wohnungen: 0, leer: 0, quote: null, is_split: false, teile: '', missing: false };
			sums.set(ags, r);
		}
		return r;
	};
	const seen = new Set<string>();
	let read = 0;
	let unknown = 0;
	raw.forEach((r, i) => {
		const line = `${file}, Zeile ${i + 2}`;
		const rs = String(r[cols.rs] ?? '')
			.trim()
			.replace(/\.0$/, '');
		if (!/^16\d{10}$/.test(rs)) return; // other states and higher levels
		const m = byArs.get(rs);
		if (!m) {
			unknown++;
			return;
		}
		if (seen.has(rs))
			throw new OfficialImportError(`${line}, Spalte „${cols.rs}“: Schlüssel ${rs} doppelt.`);
		seen.add(rs);
		read++;
		const w = parseCount(r[cols.wohnungen], `${line}, Spalte „${cols.wohnungen}“`);
		let l = cols.leer ? parseCount(r[cols.leer], `${line}, Spalte „${cols.leer}“`) : null;
		if (l === null && cols.leq && w !== null) {
			const q = parseCount(r[cols.leq], `${line}, Spalte „${cols.leq}“`);
			if (q !== null) l = Math.round((q * w) / 100);
		}
		if (w !== null && l !== null && l > w)
			throw new OfficialImportError(`${line}: mehr leere Wohnungen (${l}) als Wohnungen (${w}).`);
		const targets = m.ags_2025.split('|').map((s) => s.trim());
		if (m.is_split || targets.length > 1) {
			for (const t of targets) {
				const s = row(t);
				s.is_split = true;
				s.teile = s.teile ? `${s.teile}; ${m.name_2022}` : m.name_2022;
			}
			return;
		}
		const s = row(targets[0]);
		if (w === null || l === null) s.missing = true;
		else {
			s.wohnungen! += w;
			s.leer! += l;
		}
	});
	if (read === 0)
		throw new OfficialImportError(
			`${file}: Keine Thüringer Gemeinde (12-stelliger Schlüssel 16…) in Spalte „${cols.rs}“ gefunden.`
		);
	if (unknown > 0)
		notes.push(
			`${unknown} Thüringer Schlüssel gehören zu keiner Gemeinde von 2022 und wurden übergangen.`
		);
	const missing = mapping.filter((m) => !seen.has(m.ars_2022)).length;
	if (missing > 0) notes.push(`${missing} Gemeinden (Stand 2022) fehlen in der Datei.`);
	const rows = [...sums.values()]
		.map(({ missing: miss, ...r }) => {
			const complete = !miss && (r.wohnungen ?? 0) > 0;
			return {
				...r,
				wohnungen: miss ? null : r.wohnungen,
				leer: miss ? null : r.leer,
				quote: complete ? Math.round((10000 * r.leer!) / r.wohnungen!) / 100 : null
			};
		})
		.sort((a, b) => a.ags.localeCompare(b.ags));
	const split = rows.filter((r) => r.is_split);
	if (split.length > 0)
		notes.push(
			`${split.length} Gemeinden enthalten Teile aufgeteilter Gemeinden (${[...new Set(split.map((r) => r.teile))].join('; ')}); diese Teile sind nicht zurechenbar und fehlen in den Summen.`
		);
	return { rows, notes, read };
}

/** The result as a table for the local store / Db.replaceTable (name: leerstand_amtlich). */
export function officialTableData(result: OfficialResult): TableData {
	return {
		kind: 'rows',
		columns: [
			{ name: 'ags', type: 'text' },
			{ name: 'wohnungen', type: 'float' },
			{ name: 'leer', type: 'float' },
			{ name: 'quote', type: 'float' },
			{ name: 'is_split', type: 'bool' },
			{ name: 'teile', type: 'text' }
		],
		rows: result.rows.map((r) => ({ ...r }))
	};
}

export const OFFICIAL_TABLE = 'leerstand_amtlich';
