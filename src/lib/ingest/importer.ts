import { rowsToIpc, toArrowIpc } from './arrow';
import { fmtInt } from '$lib/format';
import { decodeBytes, type Encoding } from './decode';
import { freeTableName, freeTarget } from './free';
import { suggestMapping, suggestTarget, type Mapping } from './mapping';
import { parseCsv, type Parsed } from './parse';
import { sniffDelimiter, type Delimiter } from './sniff';
import type { Target } from './types';
import { Validator, type Problem, type Reference, type Validated } from './validate';

/** A read file, before any choice of the user. Any format (CSV now, Parquet/GeoJSON later) ends here. */
export interface Source {
	fileName: string;
	bytes: number;
	format: 'csv' | 'parquet' | 'geojson';
	encoding: Encoding;
	bom: boolean;
	delimiter: Delimiter;
	/** all rows – or, for a bulk import (src/lib/ingest/bulk.ts), only the first rows for preview and mapping */
	parsed: Parsed;
	/** a large CSV file read by DuckDB into the working table `staged` (`width` text cells, `rows` rows) */
	bulk?: { staged: string; width: number; rows: number };
}

/** Rows of the file (a bulk source holds only the first ones in `parsed`). */
export const rowCount = (s: Source) => s.bulk?.rows ?? s.parsed.rows.length;

/** Valid rows after the check. */
export const validCount = (v: Validated) => v.bulk?.valid ?? v.records.length;

export type Analysed = { ok: true; source: Source } | { ok: false; message: string };

/** Decodes, sniffs and parses a CSV file. Never throws: failures come back as a German message. */
export function analyseCsv(fileName: string, bytes: Uint8Array, delimiter?: Delimiter): Analysed {
	try {
		if (bytes.length === 0) return { ok: false, message: `Die Datei „${fileName}“ ist leer.` };
		const decoded = decodeBytes(bytes);
		const delim = delimiter ?? sniffDelimiter(decoded.text);
		const parsed = parseCsv(decoded.text, delim);
		if (parsed.headers.length === 0 || parsed.headers.every((h) => /^Spalte \d+$/.test(h))) {
			return {
				ok: false,
				message: `Die Datei „${fileName}“ hat keine Kopfzeile mit Spaltennamen (Zeile 1).`
			};
		}
		return {
			ok: true,
			source: {
				fileName,
				bytes: bytes.length,
				format: 'csv',
				encoding: decoded.encoding,
				bom: decoded.bom,
				delimiter: delim,
				parsed
			}
		};
	} catch (e) {
		return {
			ok: false,
			message: `Die Datei „${fileName}“ konnte nicht gelesen werden: ${e instanceof Error ? e.message : String(e)}`
		};
	}
}

export interface Choice {
	target: Target;
	mapping: Mapping;
}

/** Suggested target (known table or a free table named after the file) and column mapping. */
export function suggest(source: Source, targets: readonly Target[]): Choice {
	const t = suggestTarget(source.parsed.headers, targets);
	if (t) return { target: t, mapping: suggestMapping(source.parsed.headers, t) };
	return freeTarget(source.parsed, freeTableName(source.fileName));
}

export interface Progress {
	phase: 'lesen' | 'zerlegen' | 'pruefen' | 'laden';
	done: number;
	total: number;
}

export class ImportCancelled extends Error {
	constructor() {
		super('Import abgebrochen – es wurde nichts geändert.');
		this.name = 'ImportCancelled';
	}
}

const CHUNK = 5000;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** Validates in chunks (the page stays responsive, progress in rows); cancellable. */
export async function validateSource(
	source: Source,
	choice: Choice,
	ref: Reference,
	opts: {
		existingKeys?: ReadonlySet<string>;
		signal?: AbortSignal;
		onProgress?: (p: Progress) => void;
	} = {}
): Promise<Validated> {
	const { parsed } = source;
	const issueRows = new Set(parsed.issues.map((i) => i.row));
	const v = new Validator(
		parsed.headers,
		choice.target,
		{ ...choice.mapping },
		ref,
		opts.existingKeys,
		issueRows
	);
	for (const i of parsed.issues) v.problems.push({ ...i, severity: 'fehler' });
	for (let i = 0; i < parsed.rows.length; i += CHUNK) {
		if (opts.signal?.aborted) throw new ImportCancelled();
		v.push(parsed.rows.slice(i, i + CHUNK));
		opts.onProgress?.({
			phase: 'pruefen',
			done: Math.min(i + CHUNK, parsed.rows.length),
			total: parsed.rows.length
		});
		if (parsed.rows.length > CHUNK) await tick();
	}
	return v.finish();
}

export type Policy = 'strict' | 'valid_only';

export interface Ready {
	ok: true;
	ipc: Uint8Array;
	rows: number;
	/** German notes of a build step (e.g. Gemeinden left out) */
	notes: string[];
}
export type Decision = Ready | { ok: false; message: string };

export const errors = (problems: readonly Problem[]) =>
	problems.filter((p) => p.severity === 'fehler');

/**
 * What would be loaded: with `strict`, any error refuses the whole file; with `valid_only`, the valid rows.
 * Nothing is loaded here – the caller hands `ipc` to Db.replaceTable (atomic).
 */
export function decide(
	target: Target,
	v: Validated,
	policy: Policy,
	keep: readonly Record<string, unknown>[] = [],
	ctx?: { ref: Reference; fileName: string }
): Decision {
	try {
		const n = errors(v.problems).length;
		if (policy === 'strict' && n > 0) {
			return {
				ok: false,
				message: `Die Datei hat ${fmtInt(n)} Fehler in ${fmtInt(v.rejected.length)} Zeilen – es wurde nichts geändert.`
			};
		}
		if (v.records.length === 0)
			return { ok: false, message: 'Keine gültige Zeile – es wurde nichts geändert.' };
		const all = keep.length ? [...(keep as typeof v.records), ...v.records] : v.records;
		if (target.build) {
			if (!ctx) throw new Error('Referenzdaten fehlen');
			const built = target.build(all, ctx.ref, ctx.fileName);
			const rows = built.data.kind === 'rows' ? built.data.rows.length : all.length;
			const ipc =
				built.data.kind === 'rows'
					? rowsToIpc(built.data.columns, built.data.rows)
					: built.data.ipc;
			return { ok: true, ipc, rows, notes: built.notes };
		}
		return { ok: true, ipc: toArrowIpc(target, all), rows: all.length, notes: [] };
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		return {
			ok: false,
			// a target's build explains itself in German; anything else gets the German lead
			message: `${target.build ? why : `Die Tabelle konnte nicht aufgebaut werden: ${why}`} – es wurde nichts geändert.`
		};
	}
}
