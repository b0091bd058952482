/**
 * The base layer under the local store: a published Datenstand (src/lib/project/published.ts fills it).
 * Order everywhere: embedded data < published Datenstand < the user's own local changes.
 * The store only knows tables and their origin; reading and checking the file is the project's job.
 */
import type { Flag } from '$lib/data/manifest-types';
import type { StoredTable } from './types';

export interface PublishedInfo {
	publisher: string;
	/** YYYY-MM-DD */
	date: string;
	note: string;
}

export interface BaseLayer {
	info: PublishedInfo;
	tables: ReadonlyMap<string, StoredTable>;
}

export type BaseLoad =
	{ state: 'none' } | { state: 'ok'; layer: BaseLayer } | { state: 'invalid'; message: string };

/** Where a table's current content comes from, if not embedded. */
export type Layer = 'published' | 'draft' | 'local';

/** Reactive origin of every table, for source lines and the footer (readable without opening the store). */
class Layers {
	status = $state<'loading' | BaseLoad['state']>('loading');
	info = $state.raw<PublishedInfo | null>(null);
	message = $state<string | null>(null);
	#of = $state.raw<ReadonlyMap<string, { layer: Layer; flag: Flag }>>(new Map());

	of(name: string): Layer | undefined {
		return this.#of.get(name)?.layer;
	}
	/** The flag of the table's current content (e.g. 'sample' for published Beispieldaten). */
	flag(name: string): Flag | undefined {
		return this.#of.get(name)?.flag;
	}
	get drafts(): string[] {
		return [...this.#of].filter(([, l]) => l.layer === 'draft').map(([n]) => n);
	}
	set(load: BaseLoad) {
		this.status = load.state;
		this.info = load.state === 'ok' ? load.layer.info : null;
		this.message = load.state === 'invalid' ? load.message : null;
	}
	update(of: ReadonlyMap<string, { layer: Layer; flag: Flag }>) {
		this.#of = of;
	}
	dismiss() {
		this.message = null;
	}
}

export const layers = new Layers();

let loader: (() => Promise<BaseLoad>) | undefined;
let loaded: Promise<BaseLoad> | undefined;

/** Called once by the module that reads the published Datenstand (imported by the root layout). */
export function setBaseLoader(fn: () => Promise<BaseLoad>) {
	loader = fn;
}

/** The base layer, loaded once per page load (one request); never rejects. */
export function loadBase(): Promise<BaseLoad> {
	loaded ??= (loader ? loader() : Promise.resolve<BaseLoad>({ state: 'none' }))
		.catch((e: unknown): BaseLoad => {
			console.warn(e);
			return { state: 'none' };
		})
		.then((r) => {
			layers.set(r);
			return r;
		});
	return loaded;
}
