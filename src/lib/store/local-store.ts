import type { Flag } from '$lib/data/manifest-types';
import type { Journal } from './journal';
import type { Backend } from './backend';
import type { SaveState, StoredTable, TableData, TableMeta } from './types';

/** The part of BroadcastChannel the store uses (injectable for tests). */
export interface ChannelLike {
	postMessage(msg: unknown): void;
	addEventListener(type: 'message', fn: (ev: MessageEvent) => void): void;
	close(): void;
}

interface ChangeMsg {
	type: 'changed';
	name: string;
	version: number;
	sender: string;
}

export interface StoreNotice {
	table: string;
	kind: 'failed' | 'conflict' | 'external';
	text: string;
}

const isQuota = (e: unknown) =>
	e instanceof DOMException
		? e.name === 'QuotaExceededError' || e.code === 22
		: /quota/i.test(String(e));

export function saveErrorText(table: string, e: unknown): string {
	return isQuota(e)
		? `„${table}“ konnte nicht im Browser gespeichert werden: Der Speicherplatz ist voll. Ihre Änderungen bleiben nur bis zum Schließen dieser Seite erhalten – bitte exportieren Sie sie oder löschen Sie nicht mehr benötigte Tabellen.`
		: `„${table}“ konnte nicht im Browser gespeichert werden (${e instanceof Error ? e.message : String(e)}). Ihre Änderungen bleiben nur bis zum Schließen dieser Seite erhalten – bitte exportieren Sie sie.`;
}

/**
 * In-memory tables, every change written through to a Backend at once, version-checked against
 * other tabs. Framework-free; `onchange` tells a UI wrapper to re-read.
 */
export class LocalStore {
	readonly #backend: Backend;
	readonly #channel: ChannelLike | undefined;
	readonly #now: () => Date;
	readonly #id = Math.random().toString(36).slice(2);
	readonly #tables = new Map<string, StoredTable>();
	/** The stored version each in-memory table is based on (0 = not stored). */
	readonly #base = new Map<string, number>();
	readonly #state = new Map<string, SaveState>();
	#chain: Promise<unknown> = Promise.resolve();
	notices: StoreNotice[] = [];
	onchange: (() => void) | undefined;

	readonly #journal: Journal | undefined;

	constructor(opts: {
		backend: Backend;
		channel?: ChannelLike;
		now?: () => Date;
		journal?: Journal;
	}) {
		this.#backend = opts.backend;
		this.#journal = opts.journal;
		this.#channel = opts.channel;
		this.#now = opts.now ?? (() => new Date());
		this.#channel?.addEventListener('message', (ev) => void this.#onMessage(ev.data as ChangeMsg));
	}

	/** Loads everything stored. Call once before use. */
	async open(): Promise<void> {
		for (const t of await this.#backend.all()) {
			this.#tables.set(t.meta.name, t);
			this.#base.set(t.meta.name, t.meta.version);
			this.#state.set(t.meta.name, 'saved');
		}
		this.#changed();
		// changes whose save had not finished when the page closed
		for (const [name, e] of this.#journal?.read() ?? []) {
			const stored = this.#tables.get(name)?.meta;
			if ((this.#base.get(name) ?? 0) === e.base || (e.writer && stored?.writer === e.writer))
				await this.put(name, e.table.data, {
					flag: e.table.meta.flag,
					source: e.table.meta.source
				});
			else this.#journal?.write(name, null);
		}
	}

	get(name: string): StoredTable | undefined {
		return this.#tables.get(name);
	}

	list(): TableMeta[] {
		return [...this.#tables.values()].map((t) => t.meta);
	}

	saveState(name: string): SaveState | undefined {
		return this.#state.get(name);
	}

	/** Replaces a table in memory at once and saves it; resolves when saved (or why not). */
	put(name: string, data: TableData, info: { flag: Flag; source: string }): Promise<SaveState> {
		const prev = this.#tables.get(name)?.meta.version ?? this.#base.get(name) ?? 0;
		this.#tables.set(name, {
			meta: { name, ...info, updated: this.#now().toISOString(), version: prev },
			data
		});
		this.#state.set(name, 'saving');
		this.#journal?.write(name, {
			base: this.#base.get(name) ?? 0,
			writer: this.#id,
			table: this.#tables.get(name)!
		});
		this.#changed();
		return this.#serial(() => this.#save(name));
	}

	/** Deletes the stored table (the app then falls back to the embedded default, if any). */
	remove(name: string): Promise<SaveState> {
		return this.#serial(async (): Promise<SaveState> => {
			const base = this.#base.get(name) ?? 0;
			const before = this.#tables.get(name);
			this.#tables.delete(name);
			this.#state.delete(name);
			this.#journal?.write(name, null);
			this.#changed();
			if (base === 0) return 'saved';
			try {
				const r = await this.#backend.remove(name, base);
				if (!r.ok) return this.#conflict(name, r.current, before);
			} catch (e) {
				if (before) this.#tables.set(name, before);
				return this.#fail(name, e);
			}
			this.#base.delete(name);
			this.#post(name, 0);
			this.#clearNotices(name);
			return 'saved';
		});
	}

	/** After a conflict or a change elsewhere: take the stored version, dropping this tab's. */
	reload(name: string): Promise<SaveState> {
		return this.#serial(async (): Promise<SaveState> => {
			const stored = await this.#backend.get(name);
			this.#journal?.write(name, null);
			if (stored) {
				this.#tables.set(name, stored);
				this.#base.set(name, stored.meta.version);
				this.#state.set(name, 'saved');
			} else {
				this.#tables.delete(name);
				this.#base.delete(name);
				this.#state.delete(name);
			}
			this.#clearNotices(name);
			this.#changed();
			return 'saved';
		});
	}

	/** After a conflict: keep this tab's version and write it over the other one. */
	overwrite(name: string): Promise<SaveState> {
		return this.#serial(async () => {
			const stored = await this.#backend.get(name);
			this.#base.set(name, stored?.meta.version ?? 0);
			this.#clearNotices(name);
			return this.#save(name);
		});
	}

	/** After a failed save: try again (still version-checked). */
	retry(name: string): Promise<SaveState> {
		return this.#serial(() => this.#save(name));
	}

	dismiss(notice: StoreNotice) {
		this.notices = this.notices.filter((n) => n !== notice);
		this.#changed();
	}

	/** Rebuilds the DuckDB tables from everything stored (on start). Returns the names replaced. */
	async restoreInto(db: { replaceTable(name: string, ipc: Uint8Array): Promise<void> }) {
		const done: string[] = [];
		const { toIpc } = await import('./arrow');
		for (const t of this.#tables.values()) {
			try {
				await db.replaceTable(t.meta.name, toIpc(t.data));
				done.push(t.meta.name);
			} catch (e) {
				console.warn(e);
				this.#notice({
					table: t.meta.name,
					kind: 'failed',
					text: `„${t.meta.name}“ aus dem Browser-Speicher konnte nicht in die Datenbank geladen werden; es gelten die eingebetteten Daten.`
				});
			}
		}
		return done;
	}

	close() {
		this.#channel?.close();
	}

	async #save(name: string): Promise<SaveState> {
		const t = this.#tables.get(name);
		if (!t) return 'saved';
		const base = this.#base.get(name) ?? 0;
		const next: StoredTable = {
			meta: { ...t.meta, version: base + 1, writer: this.#id },
			data: t.data
		};
		try {
			const r = await this.#backend.commit(next, base);
			if (!r.ok) return this.#conflict(name, r.current, t);
		} catch (e) {
			return this.#fail(name, e);
		}
		if (this.#tables.get(name) === t) {
			this.#tables.set(name, next);
			this.#journal?.write(name, null);
		} else {
			this.#tables.get(name)!.meta.version = base + 1;
			// a newer change is waiting for its save: it now builds on this version
			const pending = this.#tables.get(name);
			if (pending) this.#journal?.write(name, { base: base + 1, writer: this.#id, table: pending });
		}
		this.#base.set(name, base + 1);
		this.#state.set(name, 'saved');
		this.#clearNotices(name, 'failed');
		this.#post(name, base + 1);
		this.#changed();
		return 'saved';
	}

	#fail(name: string, e: unknown): SaveState {
		this.#state.set(name, 'failed');
		this.#notice({ table: name, kind: 'failed', text: saveErrorText(name, e) });
		return 'failed';
	}

	#conflict(name: string, current: StoredTable | undefined, mine: StoredTable | undefined) {
		if (mine) this.#tables.set(name, mine);
		this.#state.set(name, 'conflict');
		const when = current
			? ` (Stand ${current.meta.updated.slice(0, 16).replace('T', ' ')} UTC)`
			: '';
		this.#notice({
			table: name,
			kind: 'conflict',
			text: `„${name}“ wurde in einem anderen Tab oder Fenster geändert${when}. Ihre letzte Änderung wurde nicht gespeichert, um die andere nicht zu überschreiben. Bitte wählen Sie: die andere Fassung laden oder Ihre Fassung behalten.`
		});
		return 'conflict' as const;
	}

	async #onMessage(msg: ChangeMsg) {
		if (msg?.type !== 'changed' || msg.sender === this.#id) return;
		const base = this.#base.get(msg.name) ?? 0;
		if (msg.version === 0 ? base === 0 : msg.version <= base) return;
		const state = this.#state.get(msg.name);
		// a running save finds out through its own version check
		if (state === 'saving') return;
		if (state === 'failed' || state === 'conflict') {
			this.#state.set(msg.name, 'conflict');
			this.#notice({
				table: msg.name,
				kind: 'conflict',
				text: `„${msg.name}“ wurde in einem anderen Tab geändert, während Ihre Änderung hier noch nicht gespeichert ist. Bitte wählen Sie: die andere Fassung laden oder Ihre Fassung behalten.`
			});
			return;
		}
		await this.reload(msg.name);
		this.#notice({
			table: msg.name,
			kind: 'external',
			text: `„${msg.name}“ wurde in einem anderen Tab geändert; die Anzeige zeigt jetzt diesen Stand.`
		});
	}

	#notice(n: StoreNotice) {
		this.notices = [...this.notices.filter((o) => o.table !== n.table || o.kind !== n.kind), n];
		this.#changed();
	}

	#clearNotices(name: string, kind?: StoreNotice['kind']) {
		this.notices = this.notices.filter((n) => n.table !== name || (kind && n.kind !== kind));
	}

	#post(name: string, version: number) {
		this.#channel?.postMessage({
			type: 'changed',
			name,
			version,
			sender: this.#id
		} satisfies ChangeMsg);
	}

	#changed() {
		this.onchange?.();
	}

	#serial<T>(fn: () => Promise<T>): Promise<T> {
		const next = this.#chain.then(fn, fn);
		this.#chain = next.catch(() => undefined);
		return next;
	}
}
