/**
 * The user's own records for the Kennzahlen (events, deliveries, teaser texts, LEG hours), kept in
 * the app's local store (IndexedDB, src/lib/store) as table `kpi_erfassungen`. They are always shown
 * as „eigene Erfassung“ and never written into the seed datasets.
 */
import { getStore, type StoreState, type TableData } from '$lib/store';
import type { KpiRecord } from './types';

export const RECORDS_TABLE = 'kpi_erfassungen';

export class KpiRecords {
	#state = $state.raw<StoreState>();
	ready = $state(false);
	error = $state<string | null>(null);

	#decoded = new WeakMap<object, KpiRecord[]>();
	#last: KpiRecord[] = [];
	/** Arrow (en- and decoding), loaded only where records exist or are saved. */
	#ipc = $state.raw<typeof import('./records-ipc')>();

	records = $derived.by<KpiRecord[]>(() => {
		const t = this.#state?.get(RECORDS_TABLE);
		if (!t) return [];
		if (!this.#ipc) return (void this.#loadIpc(), this.#last);
		return this.#decode(t.data, this.#ipc);
	});

	async #loadIpc() {
		this.#ipc ??= await import('./records-ipc');
		return this.#ipc;
	}

	/**
	 * Decoded once per stored version: the store hands the same IPC buffer to DuckDB on start, which
	 * transfers (detaches) it; then the last decoded list stays valid.
	 */
	#decode(data: TableData, { ipcToRows, toRecords }: typeof import('./records-ipc')): KpiRecord[] {
		const done = this.#decoded.get(data);
		if (done) return done;
		if (data.kind === 'arrow' && data.ipc.byteLength === 0) return this.#last;
		try {
			const list = toRecords(data.kind === 'rows' ? data.rows : ipcToRows(data.ipc)).records;
			this.#decoded.set(data, list);
			this.#last = list;
			return list;
		} catch (e) {
			console.warn(e);
			return this.#last;
		}
	}

	warning = $derived(this.#state?.warning ?? null);

	async open(): Promise<void> {
		try {
			const state = await getStore();
			const t = state.get(RECORDS_TABLE);
			if (t) this.#decode(t.data, await this.#loadIpc());
			this.#state = state;
		} catch (e) {
			console.warn(e);
			this.error =
				'Der Browser-Speicher ist nicht verfügbar; Erfassungen können nicht gespeichert werden.';
		}
		this.ready = true;
	}

	async #save(records: KpiRecord[]): Promise<boolean> {
		if (!this.#state) return false;
		const { recordsToIpc } = await this.#loadIpc();
		const state = await this.#state.store.put(
			RECORDS_TABLE,
			{ kind: 'arrow', ipc: recordsToIpc(records) },
			{ flag: 'user', source: 'Eigene Erfassung auf der Seite Kennzahlen' }
		);
		return state === 'saved';
	}

	add(r: Omit<KpiRecord, 'id' | 'erfasst'>): Promise<boolean> {
		const rec: KpiRecord = {
			...r,
			id: `e${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
			erfasst: new Date().toISOString()
		};
		return this.#change((list) => [...list, rec]);
	}

	remove(id: string): Promise<boolean> {
		return this.#change((list) => list.filter((r) => r.id !== id));
	}

	/** From the stored records, decoded (records saved meanwhile by another tab included). */
	async #change(edit: (list: KpiRecord[]) => KpiRecord[]): Promise<boolean> {
		await this.#loadIpc();
		return this.#save(edit(this.records));
	}
}
