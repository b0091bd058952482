import { LocalStore, type StoreNotice } from './local-store';
import { MemoryBackend, type Backend } from './backend';
import type { StoredTable, TableData, TableMeta } from './types';
import { layers, loadBase, type BaseLayer, type Layer } from './base.svelte';
import { layerMap } from './layer-map';

/** Reactive view of the LocalStore for components: read `revision` (or use the getters) in $derived. */
export class StoreState {
	readonly store: LocalStore;
	revision = $state(0);
	notices = $state.raw<StoreNotice[]>([]);
	tables = $state.raw<TableMeta[]>([]);
	ready = $state(false);
	/** Set when IndexedDB is unavailable: changes then last only until the page closes. */
	warning = $state<string | null>(null);

	/** The published Datenstand under the local tables, with Arrow's `toIpc` to compare local copies. */
	#base = $state.raw<{ layer: BaseLayer; toIpc: (data: TableData) => Uint8Array } | null>(null);

	/** The published Datenstand under the local tables (null: none loaded). */
	get base(): BaseLayer | null {
		return this.#base?.layer ?? null;
	}

	constructor(store: LocalStore) {
		this.store = store;
		store.onchange = () => {
			this.revision++;
			this.notices = store.notices;
			this.tables = store.list();
			this.#layers();
		};
	}

	/** The current content: the local change, else the published table. */
	get(name: string): StoredTable | undefined {
		void this.revision;
		return this.store.get(name) ?? this.base?.tables.get(name);
	}

	/** Where `name` comes from: 'published', 'draft', 'local' or undefined (embedded). */
	layer(name: string): Layer | undefined {
		void this.revision;
		return layers.of(name);
	}

	/** Sets the published Datenstand; comparing local copies with it needs Arrow, loaded only then. */
	async setBase(base: BaseLayer | null) {
		this.#base = base && { layer: base, toIpc: (await import('./arrow')).toIpc };
		this.revision++;
		this.#layers();
	}

	#layers() {
		const local = this.store.list().map((m) => this.store.get(m.name)!);
		layers.update(layerMap(local, this.#base));
	}

	/** On start: the published tables, then the local ones over them (DuckDB.replaceTable each). */
	async restoreInto(db: { replaceTable(name: string, ipc: Uint8Array): Promise<void> }) {
		const { toIpc } = await import('./arrow');
		for (const [name, t] of this.base?.tables ?? []) {
			if (this.store.get(name)) continue;
			try {
				await db.replaceTable(name, toIpc(t.data));
			} catch (e) {
				console.warn(e);
			}
		}
		return this.store.restoreInto(db);
	}

	saveState(name: string) {
		void this.revision;
		return this.store.saveState(name);
	}
}

let instance: Promise<StoreState> | undefined;

/** The app's one local store (browser only): IndexedDB + BroadcastChannel, opened on first use. */
export function getStore(): Promise<StoreState> {
	instance ??= (async () => {
		let backend: Backend;
		let warning: string | null = null;
		try {
			const { IdbBackend } = await import('./idb');
			backend = new IdbBackend();
			await backend.all();
		} catch (e) {
			console.warn(e);
			backend = new MemoryBackend();
			warning =
				'Ihr Browser erlaubt keinen dauerhaften Speicher (IndexedDB), z. B. im privaten Modus. Eingaben bleiben nur bis zum Schließen der Seite erhalten – bitte exportieren Sie sie.';
		}
		const channel =
			typeof BroadcastChannel === 'function'
				? new BroadcastChannel('innenstadt-atlas-store')
				: undefined;
		const { browserJournal } = await import('./journal');
		const state = new StoreState(new LocalStore({ backend, channel, journal: browserJournal() }));
		state.warning = warning;
		const base = loadBase();
		await state.store.open();
		const b = await base;
		await state.setBase(b.state === 'ok' ? b.layer : null);
		state.ready = true;
		return state;
	})();
	return instance;
}
