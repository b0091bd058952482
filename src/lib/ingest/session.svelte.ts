import type { Db } from '$lib/db/types';
import { registry } from '$lib/db/registry';
import { datasetMeta } from '$lib/data/files';
import { fmtInt } from '$lib/format';
import { analyseAsync } from './analyse-async';
import { bulkSpec, dropBulk, loadBulk, prepareBulk, stageBulk, validateBulk } from './bulk';
import { analyseFile, detectFormat, sizeProblem, type Readers } from './formats';
import { freeTableName, freeTarget } from './free';
import { decide, errors, ImportCancelled, rowCount, validateSource, validCount } from './importer';
import {
	currentRows,
	emptyDefault,
	keysOf,
	loadImport,
	resetTable,
	type Loaded,
	type StoreLike
} from './load';
import { suggestMapping, suggestTarget } from './mapping';
import { germanError } from './messages';
import { unpack } from './unpack';
import { buildReference } from './reference';
import { knownTargets } from './targets';
import type {
	Analysed,
	Delimiter,
	FieldType,
	Mapping,
	Mode,
	Policy,
	Progress,
	ReadOptions,
	Reference,
	Source,
	Target,
	Validated
} from './types';

export const FREE = '__frei__';

/** What the import needs from the app (the browser page, or DuckDB in Node for tests). */
export interface SessionDeps {
	db(): Promise<Db>;
	store(): Promise<StoreLike>;
	readers: Readers;
	/** the embedded Arrow bytes of a table, for „eingebettete Daten wiederherstellen“ */
	embedded(table: string): Promise<Uint8Array | undefined>;
	/** from this size on DuckDB reads a CSV file */
	bulkThreshold?: number;
	importLimit?: number;
	/** after a table changed (derived views rebuild) */
	onChange?(table: string): void;
}

/** The current table a load would change: rows now and whether they are embedded or imported. */
export interface Current {
	table: string;
	rows: number;
	kind: 'eingebettet' | 'importiert' | 'neu';
}

/**
 * The one import orchestrator (the /daten dialog and the tests): file → Source → target and mapping →
 * check → explicit load. Nothing changes before `confirm`; a file goes to a new free table unless the user
 * chooses an existing table.
 */
export class ImportSession {
	readonly targets = knownTargets();
	bytes: Uint8Array | undefined;
	#fileName = '';
	source = $state.raw<Source | undefined>();
	targetId = $state<string>(FREE);
	mapping = $state<Mapping>({});
	validated = $state.raw<Validated | undefined>();
	progress = $state.raw<Progress | undefined>();
	busy = $state(false);
	error = $state<string | undefined>();
	/** reading again with other options may help (e.g. „Anführungszeichen nicht beachten“) */
	offer = $state<'noQuotes' | undefined>();
	done = $state<string | undefined>();
	/** the table changed by the last load, for „wiederherstellen“ */
	lastLoaded = $state.raw<{ table: string; title: string; embedded: boolean } | undefined>();
	/** the known table the file's columns fit (a hint only – the default stays a new free table) */
	suggested = $state.raw<Target | undefined>();
	current = $state.raw<Current | undefined>();
	readOptions = $state.raw<ReadOptions>({});
	#mode = $state<Mode>('replace');
	#free = $state.raw<Target | undefined>();
	#inferred: Target | undefined;
	#abort: AbortController | undefined;
	#reference: Promise<Reference> | undefined;
	/** the free table's unique name and the current row count, found in the background */
	#pending: Promise<void> = Promise.resolve();

	readonly deps: SessionDeps;

	constructor(deps: SessionDeps) {
		this.deps = deps;
	}

	readonly target = $derived<Target | undefined>(
		this.targetId === FREE
			? this.source
				? this.#free
				: undefined
			: this.targets.find((t) => t.table === this.targetId)
	);
	readonly errorCount = $derived(this.validated ? errors(this.validated.problems).length : 0);

	/** Replace or append; a check made for the other mode no longer holds (existing keys, bulk path). */
	get mode() {
		return this.#mode;
	}
	set mode(m: Mode) {
		if (m !== this.#mode) this.validated = undefined;
		this.#mode = m;
	}

	/** What the load button does, in words: „Termine ersetzen: 18 eingebettete Zeilen → 3 neue“. */
	get loadLabel(): string {
		const t = this.target;
		const v = this.validated;
		if (!t || !v) return '';
		const n = validCount(v);
		const c = this.current;
		if (this.targetId !== FREE && !c) return `${fmtInt(n)} Zeilen laden`;
		if (this.targetId === FREE || !c || c.kind === 'neu')
			return `Neue Tabelle „${t.table}“ anlegen: ${fmtInt(n)} Zeilen laden`;
		const kind = c.kind === 'eingebettet' ? 'eingebettete' : 'importierte';
		if (this.mode === 'append')
			return `An „${t.title}“ anfügen: ${fmtInt(c.rows)} ${kind} Zeilen + ${fmtInt(n)} neue`;
		return `${t.title} ersetzen: ${fmtInt(c.rows)} ${kind} Zeilen → ${fmtInt(n)} neue`;
	}

	/** gelesen = gültig + abgelehnt (+ leer, + übersprungene Titelzeilen): every row of the file. */
	get account() {
		const s = this.source;
		if (!s) return undefined;
		const read = rowCount(s);
		const v = this.validated;
		return {
			read,
			empty: s.parsed.emptyLines,
			skipped: s.parsed.skipped ?? 0,
			valid: v ? validCount(v) : undefined,
			rejected: v ? v.rejected.length : undefined
		};
	}

	#loadReference(): Promise<Reference> {
		this.#reference ??= this.deps
			.db()
			.then(async (db) =>
				buildReference(
					await db.rows(registry.ingestGemeinden),
					await db.rows(registry.ingestSuccessors)
				)
			);
		this.#reference.catch(() => (this.#reference = undefined));
		return this.#reference;
	}

	/** Starts DuckDB and the reference lists while the user picks a file. */
	warmUp() {
		this.#loadReference().catch(() => undefined);
	}

	#drop() {
		const [source, validated] = [this.source, this.validated];
		this.deps.db().then(
			(db) => dropBulk(db, source, validated),
			() => undefined
		);
	}

	reset() {
		if (this.source?.bulk) this.#drop();
		this.bytes = undefined;
		this.source = undefined;
		this.validated = undefined;
		this.progress = undefined;
		this.error = undefined;
		this.offer = undefined;
		this.done = undefined;
		this.current = undefined;
		this.suggested = undefined;
		this.readOptions = {};
	}

	/** A file the user chose. */
	async readFile(file: File) {
		this.reset();
		this.error = sizeProblem(file, this.deps.importLimit);
		if (this.error) return;
		this.busy = true;
		this.#abort = new AbortController();
		this.warmUp();
		try {
			this.bytes = await readFileBytes(file, (p) => (this.progress = p), this.#abort.signal);
			this.#fileName = file.name;
			await this.#analyse();
		} catch (e) {
			this.error =
				e instanceof ImportCancelled
					? e.message
					: `„${file.name}“ konnte nicht gelesen werden: ${germanError(e)}.`;
		} finally {
			this.busy = false;
		}
	}

	/** Bytes already in memory (tests, scripted imports). */
	async readBytes(fileName: string, bytes: Uint8Array) {
		this.reset();
		this.error = sizeProblem({ name: fileName, size: bytes.length }, this.deps.importLimit);
		if (this.error) return;
		this.bytes = bytes;
		this.#fileName = fileName;
		this.busy = true;
		try {
			await this.#analyse();
		} finally {
			this.busy = false;
		}
	}

	/** Reads the file again with other options (delimiter, header line, quotes, sheet). */
	async reread(patch: ReadOptions) {
		if (!this.bytes) return;
		this.readOptions = { ...this.readOptions, ...patch };
		this.busy = true;
		this.#abort = new AbortController();
		try {
			await this.#analyse();
		} catch (e) {
			this.error = germanError(e);
		} finally {
			this.busy = false;
		}
	}

	setDelimiter(d: Delimiter) {
		return this.reread({ delimiter: d });
	}

	async #analyse() {
		if (!this.bytes) return;
		const fileName = this.#fileName;
		this.progress = { phase: 'zerlegen', done: 0, total: 0 };
		let a: Analysed;
		try {
			const u = unpack(fileName, this.bytes);
			a = !u.ok
				? u
				: detectFormat(u.fileName, u.bytes) === 'csv'
					? await this.#analyseCsv(u.fileName, u.bytes, this.readOptions)
					: await analyseFile(u.fileName, u.bytes, this.deps.readers, this.readOptions);
			if (a.ok && u.ok && u.packed) a.source = { ...a.source, packed: u.packed };
		} catch (e) {
			if (e instanceof ImportCancelled) throw e;
			a = { ok: false, message: `„${fileName}“ konnte nicht gelesen werden: ${germanError(e)}.` };
		}
		if (this.source?.bulk) this.#drop();
		this.validated = undefined;
		if (!a.ok) {
			this.error = a.message;
			this.offer = a.offer;
			this.source = undefined;
			return;
		}
		this.error = undefined;
		this.offer = undefined;
		this.source = a.source;
		const base = freeTableName(fileName);
		this.#free = freeTarget(a.source.parsed, base, a.source.bulk?.types).target;
		this.#inferred = this.#free;
		this.suggested = suggestTarget(a.source.parsed.headers, this.targets);
		this.setTarget(FREE);
		// DuckDB may still be starting: the unique name follows without blocking the dialog
		const free = this.#free;
		this.#pending = this.#freeName(fileName).then((table) => {
			if (this.#free !== free || table === base) return;
			this.#free = { ...free, table };
			this.#inferred = this.#free;
			if (this.targetId === FREE) this.current = { table, rows: 0, kind: 'neu' };
		});
	}

	/** A free table name no table has yet (a free import never overwrites another table unasked). */
	async #freeName(fileName: string): Promise<string> {
		const base = freeTableName(fileName);
		for (let i = 1; ; i++) {
			const name = i === 1 ? base : `${base}_${i}`;
			if ((await this.#count(name)) === undefined) return name;
		}
	}

	async #count(table: string): Promise<number | undefined> {
		try {
			return (await (await this.deps.db()).rows(registry.ingestTableCount(table)))[0].n;
		} catch {
			return undefined;
		}
	}

	/** Large files: DuckDB reads the cells (bulk import); else, or if it cannot, papaparse. */
	async #analyseCsv(fileName: string, bytes: Uint8Array, opts: ReadOptions): Promise<Analysed> {
		if (bytes.length > (this.deps.bulkThreshold ?? Infinity) && !opts.noQuotes && !opts.skip) {
			const p = prepareBulk(fileName, bytes, opts.delimiter);
			if (p && (await stageBulk(await this.deps.db(), p.source, p.utf8))) {
				return { ok: true, source: p.source };
			}
		}
		return analyseAsync(fileName, bytes, opts, this.#abort?.signal);
	}

	/** Chooses the target: FREE (a new table) or a known table, which then is replaced or appended to. */
	setTarget(id: string): Promise<void> {
		if (!this.source) return Promise.resolve();
		this.targetId = id;
		this.validated = undefined;
		this.#mode = 'replace';
		this.mapping =
			id === FREE
				? freeTarget(this.source.parsed, this.#free!.table).mapping
				: suggestMapping(this.source.parsed.headers, this.target!);
		const table = this.target!.table;
		if (id === FREE) {
			this.current = { table, rows: 0, kind: 'neu' };
			return this.#pending;
		}
		this.current = undefined;
		const before = this.#pending;
		this.#pending = (async () => {
			await before;
			const seed = this.target?.seed;
			const own = await this.#count(table);
			const rows = own ?? (seed ? await this.#count(seed) : undefined);
			const store = await this.deps.store();
			if (this.targetId !== id) return;
			this.current =
				rows === undefined
					? { table, rows: 0, kind: 'neu' }
					: {
							table,
							rows,
							kind: own !== undefined && store.get(table) ? 'importiert' : 'eingebettet'
						};
		})();
		return this.#pending;
	}

	setField(field: string, header: string) {
		this.mapping = { ...this.mapping, [field]: header === '' ? undefined : header };
		this.validated = undefined;
	}

	/** The type found in a free column's content (what „Text“ can be undone to). */
	inferredType(field: string): FieldType | undefined {
		return this.#inferred?.fields.find((f) => f.name === field)?.type;
	}

	/** A free table's column type (any column can be kept as text). */
	setType(field: string, type: FieldType) {
		if (!this.#free) return;
		this.#free = {
			...this.#free,
			fields: this.#free.fields.map((f) => (f.name === field ? { ...f, type } : f))
		};
		this.validated = undefined;
	}

	async check() {
		let source = this.source;
		const target = this.target;
		if (!source || !target) return;
		this.busy = true;
		this.error = undefined;
		this.#abort = new AbortController();
		this.progress = { phase: 'pruefen', done: 0, total: 0 };
		try {
			await this.#pending;
			const ref = await this.#loadReference();
			const db = await this.deps.db();
			if (source.bulk) {
				const choice = { target, mapping: this.mapping };
				const spec = bulkSpec(source, choice, ref, this.mode);
				const signal = this.#abort.signal;
				const onProgress = (p: Progress) => (this.progress = p);
				const v =
					spec && (await validateBulk(db, source, choice, ref, spec, { signal, onProgress }));
				if (v) {
					this.validated = v;
					return;
				}
				source = await this.#fullSource(source);
			}
			const keep = this.mode === 'append' ? await currentRows(db, target.table) : [];
			const v = await validateSource(source, { target, mapping: this.mapping }, ref, {
				existingKeys: keysOf(keep, target.key),
				signal: this.#abort.signal,
				onProgress: (p) => (this.progress = p)
			});
			if (v.records.length + v.rejected.length !== rowCount(source))
				throw new Error(
					`${fmtInt(rowCount(source))} Zeilen gelesen, aber ${fmtInt(v.records.length)} gültig und ${fmtInt(v.rejected.length)} abgelehnt – nicht alle Zeilen sind zugeordnet; es wird nichts geladen.`
				);
			this.validated = v;
		} catch (e) {
			this.error = germanError(e, 'Prüfen');
		} finally {
			this.busy = false;
		}
	}

	/** The whole file through papaparse, when the bulk import cannot take the chosen target or mode. */
	async #fullSource(bulk: Source): Promise<Source> {
		const a = await analyseAsync(
			bulk.fileName,
			this.bytes!,
			{ ...this.readOptions, delimiter: bulk.delimiter },
			this.#abort?.signal
		);
		if (!a.ok) throw new Error(a.message);
		await dropBulk(await this.deps.db(), bulk);
		this.source = a.source;
		return a.source;
	}

	/** Loads the checked file into the chosen table (atomic); the only step that changes data. */
	async confirm(policy: Policy) {
		const { source, target, validated } = this;
		if (!source || !target || !validated) return;
		this.busy = true;
		this.#abort = new AbortController();
		try {
			const db = await this.deps.db();
			const store = await this.deps.store();
			if (validated.bulk) {
				this.progress = { phase: 'laden', done: 0, total: validated.bulk.valid };
				const r = await loadBulk(db, store, source, target, validated, policy, this.#abort.signal);
				if (!r.ok) {
					this.error = r.message;
					return;
				}
				this.#loaded(target, r.loaded, []);
				return;
			}
			const keep = this.mode === 'append' ? await currentRows(db, target.table) : [];
			const ref = await this.#loadReference();
			const d = decide(target, validated, policy, keep, { ref, fileName: source.fileName });
			if (!d.ok) {
				this.error = d.message;
				return;
			}
			this.progress = { phase: 'laden', done: 0, total: d.rows };
			const loaded = await loadImport(db, store, target, d, source.fileName, this.#abort.signal);
			this.#loaded(target, loaded, d.notes);
		} catch (e) {
			this.error = germanError(e, 'Laden');
		} finally {
			this.busy = false;
		}
	}

	#loaded(target: Target, loaded: Loaded, notes: string[]) {
		this.deps.onChange?.(target.table);
		this.progress = { phase: 'laden', done: loaded.rows, total: loaded.rows };
		const kept =
			loaded.saved === 'saved'
				? 'und im Browser gespeichert'
				: '– aber nicht dauerhaft gespeichert (siehe Hinweis)';
		const a = this.account;
		const v = this.validated;
		const tally =
			a && v
				? ` Gelesen: ${fmtInt(a.read)} Zeilen = ${fmtInt(validCount(v))} geladen + ${fmtInt(v.rejected.length)} abgelehnt${a.empty ? ` (+ ${fmtInt(a.empty)} leere)` : ''}.`
				: '';
		this.done = [
			`${fmtInt(loaded.rows)} Zeilen in „${target.title}“ geladen ${kept}.${tally}`,
			...notes
		].join(' ');
		this.lastLoaded = {
			table: target.table,
			title: target.title,
			embedded: this.current?.kind === 'eingebettet' || datasetMeta(target.table) !== undefined
		};
		this.source = undefined;
		this.validated = undefined;
	}

	/** Undoes the last load: embedded data come back, a free table goes. */
	async restore(table = this.lastLoaded?.table) {
		if (!table) return;
		this.busy = true;
		try {
			const problem = await this.deleteImport(table);
			if (problem) this.error = problem;
			else {
				this.done = datasetMeta(table)
					? `„${table}“ zeigt wieder die eingebetteten Daten.`
					: `Die Tabelle „${table}“ wurde gelöscht.`;
				this.lastLoaded = undefined;
			}
		} finally {
			this.busy = false;
		}
	}

	/** Deletes an import: embedded tables come back, derived ones are rebuilt by their views. */
	async deleteImport(table: string): Promise<string | undefined> {
		const db = await this.deps.db();
		const store = await this.deps.store();
		const embedded = (await this.deps.embedded(table)) ?? emptyDefault(table);
		const state = await resetTable(db, store, table, embedded);
		this.deps.onChange?.(table);
		return state === 'saved' ? undefined : `„${table}“ konnte nicht gelöscht werden (${state}).`;
	}

	cancel() {
		this.#abort?.abort();
	}
}

/** Reads a File in chunks with byte progress; cancellable. */
export async function readFileBytes(
	file: File,
	onProgress: (p: Progress) => void,
	signal: AbortSignal
): Promise<Uint8Array> {
	const out = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let done = 0;
	for (;;) {
		if (signal.aborted) {
			await reader.cancel();
			throw new ImportCancelled();
		}
		const { value, done: end } = await reader.read();
		if (end) break;
		out.set(value, done);
		done += value.length;
		onProgress({ phase: 'lesen', done, total: file.size });
	}
	return out.subarray(0, done);
}
