import { rowsToIpc, toArrowIpc } from './arrow';
import { fmtInt } from '$lib/format';
import { decodeBytes, EncodingError, type Decoded } from './decode';
import { germanError } from './messages';
import { analyseNdjson, looksLikeNdjson } from './ndjson';
import { binaryProblem } from './unpack';
import { freeTableName, freeTarget } from './free';
import { suggestMapping, suggestTarget } from './mapping';
import { parseCsv } from './parse';
import { normaliseLines, sniff } from './sniff';
import type {
	Analysed,
	Choice,
	Decision,
	Policy,
	Problem,
	Progress,
	ReadOptions,
	Reference,
	Source,
	Target,
	Validated
} from './types';
import { Validator } from './validate';

/** Rows of the file (a bulk source holds only the first ones in `parsed`). */
export const rowCount = (s: Source) => s.bulk?.rows ?? s.parsed.rows.length;

/** Valid rows after the check. */
export const validCount = (v: Validated) => v.bulk?.valid ?? v.records.length;

const fail = (message: string): Analysed => ({ ok: false, message });

/**
 * Decodes, sniffs and parses a CSV (or NDJSON) text file. Never throws: failures come back as a German
 * message naming the file and, where there is one, the line.
 */
export function analyseCsv(fileName: string, bytes: Uint8Array, opts: ReadOptions = {}): Analysed {
	try {
		if (bytes.length === 0) return fail(`Die Datei „${fileName}“ ist leer.`);
		let decoded: Decoded;
		try {
			decoded = decodeBytes(bytes);
		} catch (e) {
			if (e instanceof EncodingError) return fail(`„${fileName}“: ${e.message}`);
			throw e;
		}
		const text = decoded.text;
		const binary = binaryProblem(fileName, text);
		if (binary) return fail(binary);
		if (text.trim() === '') return fail(`Die Datei „${fileName}“ enthält nur leere Zeilen.`);
		if (looksLikeNdjson(normaliseLines(text)))
			return analyseNdjson(fileName, bytes.length, decoded, normaliseLines(text));
		const sniffed = sniff(normaliseLines(text), opts.delimiter);
		const delim = sniffed.delimiter;
		const parsed = parseCsv(text, delim, {
			skip: opts.skip ?? sniffed.skipped,
			noQuotes: opts.noQuotes
		});
		const { quoteTrouble: q, ...rest } = parsed;
		if (q) {
			return {
				ok: false,
				offer: 'noQuotes',
				message: `In „${fileName}“ öffnet Zeile ${fmtInt(q.line)} in der Spalte „${q.column}“ ein Anführungszeichen, das ${fmtInt(q.lines)} Zeilenumbrüche verschluckt – so ließen sich nicht alle Zeilen zuordnen, es wurde nichts gelesen. Gehören die Anführungszeichen zum Text, wählen Sie „Anführungszeichen nicht beachten“.`
			};
		}
		if (rest.headers.length === 0 || rest.headers.every((h) => /^Spalte \d+$/.test(h))) {
			return fail(
				`Die Datei „${fileName}“ hat keine Kopfzeile mit Spaltennamen (Zeile ${fmtInt((rest.skipped ?? 0) + 1)}).`
			);
		}
		if (rest.rows.length === 0) {
			return fail(
				`„${fileName}“ hat nur eine Kopfzeile, keine Daten (Spalten: ${rest.headers
					.slice(0, 8)
					.map((h) => `„${h}“`)
					.join(', ')}${rest.headers.length > 8 ? ' …' : ''}) – es gibt nichts zu laden.`
			);
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
				parsed: rest,
				noQuotes: opts.noQuotes
			}
		};
	} catch (e) {
		return fail(`Die Datei „${fileName}“ konnte nicht gelesen werden: ${germanError(e)}`);
	}
}

/** Suggested target (known table or a free table named after the file) and column mapping. */
export function suggest(source: Source, targets: readonly Target[]): Choice {
	const t = suggestTarget(source.parsed.headers, targets);
	if (t) return { target: t, mapping: suggestMapping(source.parsed.headers, t) };
	return freeTarget(source.parsed, freeTableName(source.fileName));
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
