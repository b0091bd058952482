import { LocalStore, type StoreNotice } from './local-store';
import { MemoryBackend, type Backend } from './backend';
import type { StoredTable, TableMeta } from './types';

/** Reactive view of the LocalStore for components: read `revision` (or use the getters) in $derived. */
export class StoreState {
	readonly store: LocalStore;
	revision = $state(0);
	notices = $state.raw<StoreNotice[]>([]);
	tables = $state.raw<TableMeta[]>([]);
	ready = $state(false);
	/** Set when IndexedDB is unavailable: changes then last only until the page closes. */
	warning = $state<string | null>(null);

	constructor(store: LocalStore) {
		this.store = store;
		store.onchange = () => {
			this.revision++;
			this.notices = store.notices;
			this.tables = store.list();
		};
	}

	get(name: string): StoredTable | undefined {
		void this.revision;
		return this.store.get(name);
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
		await state.store.open();
		state.ready = true;
		return state;
	})();
	return instance;
}
