import Papa from 'papaparse';
import { fmtInt } from '$lib/format';
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import type { Db } from '$lib/db/types';
import { registry } from '$lib/db/registry';

import { column } from './arrow';
import { decodeBytes } from './decode';
import { errors, ImportCancelled } from './importer';
import { storedFlag, type Loaded, type StoreLike } from './load';
import { inferType } from './free';
import { parseCsv } from './parse';
import { sniff } from './sniff';
import type {
	BulkField,
	BulkSpec,
	Choice,
	Delimiter,
	Policy,
	Progress,
	RawRow,
	Reference,
	Source,
	Target,
	Validated
} from './types';
import { MISSING_OK, Validator } from './validate';

/**
 * Large CSV files: DuckDB reads the cells, SQL accepts the rows that are certainly valid and converts them,
 * every other row goes through the JS Validator – same table, same problems as the JS path (tests/unit/ingest/
 * bulk.test.ts). Files the SQL side cannot read exactly like papaparse (quotes, blank lines, mixed line ends,
 * ragged rows) and choices it does not cover (free table, append, build targets) take the JS path.
 */
export const BULK_BYTES = 5_000_000;
const PREVIEW_LINES = 2000;
const SEP = '\u0001';
/** each import gets its own working tables, so cleaning up an old one never hits a new one */
let imports = 0;

const utf8 = new TextEncoder();

/** The file as UTF-8 bytes DuckDB reads, plus a Source with the first rows, or undefined (take the JS path). */
export function prepareBulk(
	fileName: string,
	bytes: Uint8Array,
	delimiter?: Delimiter
): { utf8: Uint8Array; source: Source } | undefined {
	if (bytes.length === 0) return undefined;
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
	let data: Uint8Array;
	let encoding: Source['encoding'];
	let withBom = bom;
	const body = bom ? bytes.subarray(3) : bytes;
	if (!utf16 && isUtf8(body) && !(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)) {
		data = body;
		encoding = 'utf-8';
	} else {
		const d = decodeBytes(bytes);
		data = utf8.encode(d.text);
		encoding = d.encoding;
		withBom = d.bom;
	}
	if (!plainLines(data)) return undefined;
	const prefix = new TextDecoder().decode(data.subarray(0, lineEnd(data, PREVIEW_LINES)));
	const sniffed = sniff(prefix, delimiter);
	if (sniffed.skipped > 0) return undefined;
	const delim = sniffed.delimiter;
	const first = prefix.slice(0, prefix.search(/\r?\n|$/));
	const raw = Papa.parse<string[]>(first, { delimiter: delim }).data[0] ?? [];
	if (raw.length === 0 || raw.every((h) => h.trim() === '') || raw.at(-1)!.trim() === '') {
		return undefined;
	}
	const parsed = parseCsv(prefix, delim);
	if (parsed.headers.length !== raw.length || parsed.issues.length || parsed.emptyLines) {
		return undefined;
	}
	return {
		utf8: data,
		source: {
			fileName,
			bytes: bytes.length,
			format: 'csv',
			encoding,
			bom: withBom,
			delimiter: delim,
			parsed,
			bulk: { staged: `__import_${++imports}`, width: raw.length, rows: 0 }
		}
	};
}

function isUtf8(b: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(b);
		return true;
	} catch {
		return false;
	}
}

/** No quote, no NUL, no blank line, one kind of line end (LF or CRLF), no line end first. */
function plainLines(b: Uint8Array): boolean {
	if (b.length === 0 || b[0] === 10 || b[0] === 13) return false;
	if (b.indexOf(34) !== -1 || b.indexOf(0) !== -1) return false;
	const crlf = b.indexOf(13) !== -1;
	let i = b.indexOf(10);
	while (i !== -1) {
		if (crlf && b[i - 1] !== 13) return false;
		const next = b[i + 1];
		if (next === 10 || (next === 13 && b[i + 2] === 10)) return false;
		i = b.indexOf(10, i + 1);
	}
	if (crlf) {
		for (let j = b.indexOf(13); j !== -1; j = b.indexOf(13, j + 1))
			if (b[j + 1] !== 10) return false;
	}
	return true;
}

function lineEnd(b: Uint8Array, lines: number): number {
	let i = -1;
	for (let n = 0; n < lines; n++) {
		const j = b.indexOf(10, i + 1);
		if (j === -1) return b.length;
		i = j;
	}
	return i + 1;
}

/** DuckDB reads the file into the working table; false when it cannot (the JS path then reports why). */
export async function stageBulk(db: Db, source: Source, data: Uint8Array): Promise<boolean> {
	const bulk = source.bulk;
	if (!bulk) return false;
	const file = `import_${bulk.staged.slice('__import_'.length)}.csv`;
	try {
		await db.registerFile(file, data);
		await db.rows(registry.bulkStage(bulk.staged, file, source.delimiter, bulk.width));
		bulk.rows = (await db.rows(registry.bulkStageCount(bulk.staged)))[0].n;
		// a free table's types from the whole column, with the rule of the JS path
		bulk.types = [];
		for (let i = 0; i < bulk.width; i++) {
			const values = await db.rows(registry.bulkColumnValues(bulk.staged, i));
			bulk.types.push(
				inferType(
					values.map((r) => r.v),
					source.parsed.headers[i]
				)
			);
		}
		return true;
	} catch {
		return false;
	} finally {
		await db.dropFile(file).catch(() => undefined);
	}
}

/** What SQL checks for this choice, or undefined when the JS path must do it all. */
export function bulkSpec(
	source: Source,
	choice: Choice,
	ref: Reference,
	mode: 'replace' | 'append'
): BulkSpec | undefined {
	const { target } = choice;
	if (!source.bulk || mode !== 'replace' || target.build) return undefined;
	if (target.complete && target.table !== 'kataster') return undefined;
	const mapping = { ...choice.mapping };
	const headers = source.parsed.headers;
	if (new Validator(headers, target, mapping, ref).problems.length) return undefined;
	const keyField = target.fields.find((f) => f.name === target.key);
	if (target.key && keyField?.type !== 'text') return undefined;
	if (target.fields.some((f) => f.values && f.type !== 'text')) return undefined;
	const fields: BulkField[] = target.fields.map((f) => {
		const h = mapping[f.name];
		return {
			name: f.name,
			type: f.type,
			src: h === undefined ? null : headers.indexOf(h),
			required: !!f.required && !(f.name === target.key && target.generateKey),
			min: f.min,
			max: f.max,
			values: f.values
		};
	});
	let extra: BulkSpec['extra'];
	if (target.extraColumn) {
		const mapped = new Set(Object.values(mapping));
		const cells = headers.flatMap((h, i) => (mapped.has(h) ? [] : [{ src: i, header: h }]));
		// JSON.stringify must only quote them, and object keys must keep the file's order
		const escaped = (h: string) => JSON.stringify(h) !== `"${h}"`;
		if (cells.some((c) => escaped(c.header) || /^(0|[1-9]\d*)$/.test(c.header))) return undefined;
		extra = {
			column: target.extraColumn,
			cells: cells.map((c) => ({ src: c.src, header: JSON.stringify(c.header) }))
		};
	}
	return {
		fields,
		key: target.key,
		generateKey: target.generateKey,
		extra,
		complete: target.complete ? 'kataster' : undefined
	};
}

const CHUNK = 5000;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** The bulk check: SQL for the certainly valid rows, the JS Validator for the rest (file order). */
export async function validateBulk(
	db: Db,
	source: Source,
	choice: Choice,
	ref: Reference,
	spec: BulkSpec,
	opts: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {}
): Promise<Validated | undefined> {
	const bulk = source.bulk!;
	const { target } = choice;
	const checked = `${bulk.staged}_pruefung`;
	const fromJs = `${bulk.staged}_js`;
	const total = bulk.rows;
	opts.onProgress?.({ phase: 'pruefen', done: 0, total });
	await db.rows(registry.bulkCheck(bulk.staged, checked, spec, bulk.width));
	if (opts.signal?.aborted) throw new ImportCancelled();
	const fetchSlow = async (keys: string) =>
		(await db.rows(registry.bulkSlowRows(bulk.staged, checked, bulk.width, keys))).map(
			(r): RawRow => ({
				row: Number(r.__row),
				values: Array.from({ length: bulk.width }, (_, i) => (r[`c${i}`] as string | null) ?? '')
			})
		);
	let slow = await fetchSlow('');
	// papaparse skips blank rows (and counts them): the JS path reports that
	if (slow.some((r) => r.values.every((v) => v.trim() === ''))) return undefined;
	const keyIndex = spec.fields.find((f) => f.name === spec.key)?.src ?? null;
	const keys = new Set<string>();
	if (spec.key) {
		for (const r of slow) {
			const raw = keyIndex === null ? '' : r.values[keyIndex];
			if (!MISSING_OK.has(raw.trim().toLowerCase())) keys.add(raw.trim());
			else if (spec.generateKey) keys.add(`z${r.row}`);
		}
	}
	const keyList = [...keys].join(SEP);
	if ([...keys].some((k) => k.includes(SEP))) return undefined;
	if (keyList) slow = await fetchSlow(keyList);
	const [stats] = await db.rows(registry.bulkDateStats(bulk.staged, checked, spec, keyList));
	const dates = spec.fields
		.filter((f) => f.type === 'date' && f.src !== null)
		.map((f, i) => ({ name: f.name, n: Number(stats[`d${i}`] ?? 0), first: stats[`f${i}`] }));

	const v = new Validator(source.parsed.headers, target, { ...choice.mapping }, ref);
	const inject = (before: number) => {
		for (const d of dates) {
			if (d.n > 0 && d.first !== null && d.first < before) {
				v.addFormat(d.name, 'TT.MM.JJJJ', d.n);
				d.n = 0;
			}
		}
	};
	for (let i = 0; i < slow.length; i += CHUNK) {
		if (opts.signal?.aborted) throw new ImportCancelled();
		for (const r of slow.slice(i, i + CHUNK)) {
			inject(r.row);
			v.push([r]);
		}
		opts.onProgress?.({ phase: 'pruefen', done: Math.min(i + CHUNK, slow.length), total });
		if (slow.length > CHUNK) await tick();
	}
	inject(Infinity);
	const result = v.finish();
	await db.stageTable(fromJs, withRows(target, result.records, result.rows));
	return {
		...result,
		bulk: {
			spec,
			valid: Number(stats.n) + result.records.length,
			keys: keyList,
			checked,
			fromJs
		}
	};
}

/** The JS-validated records as Arrow IPC with the target's columns and `__row`. */
function withRows(target: Target, records: Validated['records'], rows: number[]): Uint8Array {
	const columns: Record<string, Vector> = {};
	for (const f of [...target.fields, ...(target.derived ?? [])]) {
		columns[f.name] = column(
			f.type,
			records.map((r) => r[f.name])
		);
	}
	columns.__row = column('int', rows);
	return tableToIPC(new Table(columns), 'stream');
}

/**
 * Builds the new table in DuckDB, swaps it in atomically and keeps a copy in the local store; refuses like
 * `decide` (strict with errors, nothing valid) without changing anything.
 */
export async function loadBulk(
	db: Db,
	store: StoreLike,
	source: Source,
	target: Target,
	v: Validated,
	policy: Policy,
	signal?: AbortSignal
): Promise<{ ok: true; loaded: Loaded } | { ok: false; message: string }> {
	const b = v.bulk!;
	const n = errors(v.problems).length;
	if (policy === 'strict' && n > 0) {
		return {
			ok: false,
			message: `Die Datei hat ${fmtInt(n)} Fehler in ${fmtInt(v.rejected.length)} Zeilen – es wurde nichts geändert.`
		};
	}
	if (b.valid === 0)
		return { ok: false, message: 'Keine gültige Zeile – es wurde nichts geändert.' };
	const out = `${target.table}__bulk`;
	const columns = [...target.fields, ...(target.derived ?? [])].map((f) => f.name);
	await db.rows(
		registry.bulkBuild(out, source.bulk!.staged, b.checked, b.fromJs, b.spec, columns, b.keys)
	);
	if (signal?.aborted) {
		await db.rows(registry.bulkDrop(out));
		throw new ImportCancelled();
	}
	await db.swapTable(target.table, out);
	const ipc = await db.tableIpc(target.table);
	const saved = await store.put(
		target.table,
		{ kind: 'arrow', ipc },
		{ flag: storedFlag(target), source: source.fileName }
	);
	await dropBulk(db, source, v);
	return { ok: true, loaded: { table: target.table, rows: b.valid, saved } };
}

/** Frees the working tables of a bulk import. */
export async function dropBulk(db: Db, source?: Source, v?: Validated) {
	const names = [source?.bulk?.staged, v?.bulk?.checked, v?.bulk?.fromJs];
	for (const t of names) if (t) await db.rows(registry.bulkDrop(t)).catch(() => undefined);
}
