import { getDb } from '$lib/db';
import { fmtInt } from '$lib/format';
import { registry } from '$lib/db/registry';
import { datasetMeta, fetchDataset } from '$lib/data/files';
import { getStore, toIpc } from '$lib/store';
import {
	decide,
	errors,
	ImportCancelled,
	suggest,
	validateSource,
	type Policy,
	type Progress,
	type Source
} from '$lib/ingest/importer';
import { analyseAsync } from '$lib/ingest/analyse-async';
import {
	bulkSpec,
	dropBulk,
	loadBulk,
	prepareBulk,
	stageBulk,
	validateBulk
} from '$lib/ingest/bulk';
import { analyseFile, detectFormat, sizeProblem } from '$lib/ingest/formats';
import { freeTableName, freeTarget } from '$lib/ingest/free';
import {
	currentRows,
	emptyDefault,
	keysOf,
	loadImport,
	resetTable,
	type Loaded
} from '$lib/ingest/load';
import { suggestMapping, type Mapping } from '$lib/ingest/mapping';
import { buildReference } from '$lib/ingest/reference';
import { knownTargets } from '$lib/ingest/targets';
import type { Target } from '$lib/ingest/types';
import type { Reference, Validated } from '$lib/ingest/validate';
import type { Delimiter } from '$lib/ingest/sniff';
import { readFileBytes } from './read-file';
import { bulkThreshold, importLimit, readers } from './readers';

export const FREE = '__frei__';

let reference: Promise<Reference> | undefined;
async function loadReference(): Promise<Reference> {
	reference ??= getDb().then(async (db) =>
		buildReference(
			await db.rows(registry.ingestGemeinden),
			await db.rows(registry.ingestSuccessors)
		)
	);
	reference.catch(() => (reference = undefined));
	return reference;
}

/** The import dialog: file → preview → mapping → problems → confirm. Nothing changes before `confirm`. */
export class ImportState {
	readonly targets = knownTargets();
	bytes: Uint8Array | undefined;
	source = $state.raw<Source | undefined>();
	targetId = $state<string>(FREE);
	mapping = $state<Mapping>({});
	validated = $state.raw<Validated | undefined>();
	progress = $state.raw<Progress | undefined>();
	busy = $state(false);
	error = $state<string | undefined>();
	done = $state<string | undefined>();
	#mode = $state<'replace' | 'append'>('replace');
	#free: Target | undefined;
	#abort: AbortController | undefined;

	readonly target = $derived<Target | undefined>(
		this.targetId === FREE
			? this.#freeTarget()
			: this.targets.find((t) => t.table === this.targetId)
	);
	readonly errorCount = $derived(this.validated ? errors(this.validated.problems).length : 0);

	/** Replace or append; a check made for the other mode no longer holds (existing keys, bulk path). */
	get mode() {
		return this.#mode;
	}
	set mode(m: 'replace' | 'append') {
		if (m !== this.#mode) this.validated = undefined;
		this.#mode = m;
	}

	#freeTarget() {
		return this.source ? this.#free : undefined;
	}

	/** Starts DuckDB and the reference lists while the user picks a file (~1–2 s of a large import). */
	warmUp() {
		loadReference().catch(() => undefined);
	}

	/** Frees DuckDB's working tables of the current bulk source (another file, another delimiter, discard). */
	#drop() {
		const [source, validated] = [this.source, this.validated];
		getDb().then(
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
		this.done = undefined;
	}

	async readFile(file: File) {
		this.reset();
		this.error = sizeProblem(file, importLimit());
		if (this.error) return;
		this.busy = true;
		this.#abort = new AbortController();
		loadReference().catch(() => undefined); // start DuckDB while the file is read
		try {
			this.bytes = await readFileBytes(file, (p) => (this.progress = p), this.#abort.signal);
			await this.#analyse(file.name);
		} catch (e) {
			this.error =
				e instanceof ImportCancelled
					? e.message
					: `„${file.name}“ konnte nicht gelesen werden: ${e instanceof Error ? e.message : String(e)}`;
		} finally {
			this.busy = false;
		}
	}

	async setDelimiter(d: Delimiter) {
		if (!this.source) return;
		this.busy = true;
		this.#abort = new AbortController();
		try {
			await this.#analyse(this.source.fileName, d);
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	}

	async #analyse(fileName: string, delimiter?: Delimiter) {
		if (!this.bytes) return;
		this.progress = { phase: 'zerlegen', done: 0, total: 0 };
		const a =
			detectFormat(fileName, this.bytes) === 'csv'
				? await this.#analyseCsv(fileName, this.bytes, delimiter)
				: await analyseFile(fileName, this.bytes, readers);
		if (this.source?.bulk) this.#drop();
		this.validated = undefined;
		if (!a.ok) {
			this.error = a.message;
			this.source = undefined;
			return;
		}
		this.error = undefined;
		this.#free = freeTarget(a.source.parsed, freeTableName(fileName)).target;
		this.source = a.source;
		const choice = suggest(a.source, this.targets);
		this.targetId = this.targets.includes(choice.target) ? choice.target.table : FREE;
		this.mapping = choice.mapping;
	}

	/** Large files: DuckDB reads the cells (bulk import); else, or if it cannot, papaparse. */
	async #analyseCsv(fileName: string, bytes: Uint8Array, delimiter?: Delimiter) {
		if (bytes.length > bulkThreshold()) {
			const p = prepareBulk(fileName, bytes, delimiter);
			if (p && (await stageBulk(await getDb(), p.source, p.utf8))) {
				return { ok: true as const, source: p.source };
			}
		}
		return analyseAsync(fileName, bytes, delimiter, this.#abort?.signal);
	}

	setTarget(id: string) {
		if (!this.source) return;
		this.targetId = id;
		this.validated = undefined;
		this.mode = 'replace';
		this.mapping =
			id === FREE
				? freeTarget(this.source.parsed, freeTableName(this.source.fileName)).mapping
				: suggestMapping(this.source.parsed.headers, this.target!);
	}

	setField(field: string, header: string) {
		this.mapping = { ...this.mapping, [field]: header === '' ? undefined : header };
		this.validated = undefined;
	}

	async check() {
		let source = this.source;
		const target = this.target;
		if (!source || !target) return;
		this.busy = true;
		this.error = undefined;
		this.#abort = new AbortController();
		try {
			const ref = await loadReference();
			if (source.bulk) {
				const choice = { target, mapping: this.mapping };
				const spec = bulkSpec(source, choice, ref, this.mode);
				const signal = this.#abort.signal;
				const onProgress = (p: Progress) => (this.progress = p);
				const v =
					spec &&
					(await validateBulk(await getDb(), source, choice, ref, spec, { signal, onProgress }));
				if (v) {
					this.validated = v;
					return;
				}
				source = await this.#fullSource(source);
			}
			const keep = this.mode === 'append' ? await currentRows(await getDb(), target.table) : [];
			const keys = keysOf(keep, target.key);
			this.validated = await validateSource(source, { target, mapping: this.mapping }, ref, {
				existingKeys: keys,
				signal: this.#abort.signal,
				onProgress: (p) => (this.progress = p)
			});
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	}

	/** The whole file through papaparse, when the bulk import cannot take the chosen target or mode. */
	async #fullSource(bulk: Source): Promise<Source> {
		const a = await analyseAsync(bulk.fileName, this.bytes!, bulk.delimiter, this.#abort?.signal);
		if (!a.ok) throw new Error(a.message);
		const db = await getDb();
		await dropBulk(db, bulk);
		this.source = a.source;
		return a.source;
	}

	async confirm(policy: Policy) {
		const { source, target, validated } = this;
		if (!source || !target || !validated) return;
		this.busy = true;
		this.#abort = new AbortController();
		try {
			const db = await getDb();
			const store = (await getStore()).store;
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
			const ref = await loadReference();
			const d = decide(target, validated, policy, keep, { ref, fileName: source.fileName });
			if (!d.ok) {
				this.error = d.message;
				return;
			}
			this.progress = { phase: 'laden', done: 0, total: d.rows };
			const loaded = await loadImport(db, store, target, d, source.fileName, this.#abort.signal);
			this.#loaded(target, loaded, d.notes);
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.busy = false;
		}
	}

	#loaded(target: Target, loaded: Loaded, notes: string[]) {
		this.progress = { phase: 'laden', done: loaded.rows, total: loaded.rows };
		const kept =
			loaded.saved === 'saved'
				? 'und im Browser gespeichert'
				: '– aber nicht dauerhaft gespeichert (siehe Hinweis)';
		this.done = [
			`${fmtInt(loaded.rows)} Zeilen in „${target.title}“ geladen ${kept}.`,
			...notes
		].join(' ');
		this.source = undefined;
		this.validated = undefined;
	}

	cancel() {
		this.#abort?.abort();
	}
}

/** Deletes an import: embedded tables come back, derived ones (kataster, leerstand_amtlich) are rebuilt by their views. */
export async function deleteImport(table: string): Promise<string | undefined> {
	const db = await getDb();
	const layers = await getStore();
	const store = layers.store;
	// back to the published Datenstand if it has the table, else to the embedded data
	const published = layers.base?.tables.get(table);
	const embedded = published
		? toIpc(published.data)
		: datasetMeta(table)?.format === 'arrow'
			? new Uint8Array(await (await fetchDataset(table)).arrayBuffer())
			: emptyDefault(table);
	const state = await resetTable(db, store, table, embedded);
	return state === 'saved' ? undefined : `„${table}“ konnte nicht gelöscht werden (${state}).`;
}
