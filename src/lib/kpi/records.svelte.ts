/**
 * The user's own records for the Kennzahlen (events, deliveries, teaser texts, LEG hours), kept in
 * the app's local store (IndexedDB, src/lib/store) as table `kpi_erfassungen`. They are always shown
 * as „eigene Erfassung“ and never written into the seed datasets.
 */
import { getStore, type StoreState } from '$lib/store';
import { ipcToRows, recordsToIpc, toRecords } from './records-ipc';
import type { KpiRecord } from './types';

export const RECORDS_TABLE = 'kpi_erfassungen';

export class KpiRecords {
	#state = $state.raw<StoreState>();
	ready = $state(false);
	error = $state<string | null>(null);

	records = $derived.by<KpiRecord[]>(() => {
		const t = this.#state?.get(RECORDS_TABLE);
		if (!t) return [];
		return toRecords(t.data.kind === 'rows' ? t.data.rows : ipcToRows(t.data.ipc)).records;
	});

	warning = $derived(this.#state?.warning ?? null);

	async open(): Promise<void> {
		try {
			this.#state = await getStore();
		} catch (e) {
			console.warn(e);
			this.error =
				'Der Browser-Speicher ist nicht verfügbar; Erfassungen können nicht gespeichert werden.';
		}
		this.ready = true;
	}

	async #save(records: KpiRecord[]): Promise<boolean> {
		if (!this.#state) return false;
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
		return this.#save([...this.records, rec]);
	}

	remove(id: string): Promise<boolean> {
		return this.#save(this.records.filter((r) => r.id !== id));
	}
}
