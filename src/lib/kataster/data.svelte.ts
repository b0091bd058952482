import { tick } from 'svelte';
import { getDb, type Db } from '$lib/db';
import { registry } from '$lib/db/registry';
import {
	splitUebersicht,
	type KatasterCount,
	type KatasterDichteRow,
	type KatasterDim,
	type KatasterObjekt,
	type KatasterPunkt,
	type KatasterTotal,
	type KatasterTrendRow,
	type KatasterWarnung
} from './queries';
import type { Flag } from '$lib/data/manifest-types';
import { objektSeite, perfEnabled, prepareKataster } from './load';
import type { KatasterView } from './url';

export const FACET_DIMS = [
	'nutzung',
	'dauer_klasse',
	'zustand',
	'status',
	'size_class',
	'flaeche_klasse',
	'kreis_ags'
] as const satisfies readonly KatasterDim[];

export const MAX_PUNKTE = 10_000;

interface Results {
	facets: Partial<Record<KatasterDim, KatasterCount[]>>;
	trend: KatasterTrendRow[];
	total: KatasterTotal;
	dichte: KatasterDichteRow[];
	objekte: KatasterObjekt[];
	punkte: KatasterPunkt[];
}
export const TABLE_ROWS = 50;

/** Results of the crossfilter for one view; every field is replaced, never mutated. */
export class KatasterData {
	facets = $state.raw<Partial<Record<KatasterDim, KatasterCount[]>>>({});
	trend = $state.raw<KatasterTrendRow[]>([]);
	total = $state.raw<KatasterTotal>({ n: 0, flaeche: null });
	dichte = $state.raw<KatasterDichteRow[]>([]);
	objekte = $state.raw<KatasterObjekt[]>([]);
	punkte = $state.raw<KatasterPunkt[]>([]);
	warnungen = $state.raw<KatasterWarnung[]>([]);
	flag = $state<Flag>('sample');
	loaded = $state(false);
	loading = $state(false);
	error = $state.raw<unknown>(undefined);
	sort = $state('leer_seit');
	#seq = 0;

	/** the view's results by filter and sort, from prefetches (pointer resting on / focus on a bar) */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of promises, not state
	#cache = new Map<string, Promise<Results>>();
	#cacheFor: unknown;
	#prefetching = false;
	/** a run is computing the shown view's figures (the early warning after them does not count) */
	#running = false;
	/** an intent that came while a run or another prefetch was computing: prefetched after it */
	#next: KatasterView | undefined;

	#key = (view: KatasterView) => JSON.stringify([view.filter, this.sort]);

	/** Every figure of the view for one filter. Statements are queued at once: the worker runs them back to back. */
	#results(db: Db, view: KatasterView): Promise<Results> {
		const key = this.#key(view);
		const cached = this.#hit(key);
		if (cached) return cached;
		const f = view.filter;
		const uebersicht = db
			.rows(registry.katasterUebersicht(FACET_DIMS, f))
			.then((rows) => splitUebersicht(rows));
		const punkteRows = uebersicht.then(({ total }) =>
			db.rows(registry.katasterPunkte(f, total.n, MAX_PUNKTE))
		);
		const results = Promise.all([
			uebersicht,
			db.rows(registry.katasterDichte(f)),
			objektSeite(db, f, this.sort, TABLE_ROWS),
			punkteRows
		]).then(([{ facets, trend, total }, dichte, objekte, punkte]) => ({
			facets,
			trend,
			total,
			dichte,
			objekte,
			punkte
		}));
		this.#cache.set(key, results);
		results.catch(() => this.#cache.delete(key));
		while (this.#cache.size > 8) this.#cache.delete(this.#cache.keys().next().value!);
		return results;
	}

	/**
	 * A computed view, now counted as the most recently used: the least recently used goes first, so a
	 * view just shown or asked for stays (it is often clicked back).
	 */
	#hit(key: string): Promise<Results> | undefined {
		const cached = this.#cache.get(key);
		if (cached) {
			this.#cache.delete(key);
			this.#cache.set(key, cached);
		}
		return cached;
	}

	/**
	 * Computes the figures of a view the user is about to choose (pointer resting on a bar, or focus),
	 * one at a time and after the shown view is complete (the latest intent waits for it), so a click finds
	 * them ready.
	 */
	async prefetch(view: KatasterView): Promise<void> {
		if (!this.loaded || this.#hit(this.#key(view))) return;
		if (this.#running || this.#prefetching) {
			this.#next = view;
			return;
		}
		this.#prefetching = true;
		try {
			const db = await getDb();
			// only on the data the shown view was computed from (an import rebuilds it on the next run)
			if ((await prepareKataster(db)) === this.#cacheFor) await this.#results(db, view);
		} catch {
			// the click runs it again and shows the error
		} finally {
			this.#prefetching = false;
			this.#prefetchNext();
		}
	}

	#prefetchNext() {
		const next = this.#next;
		this.#next = undefined;
		if (next) void this.prefetch(next);
	}

	async run(view: KatasterView, datei?: string | null): Promise<void> {
		const seq = ++this.#seq;
		const perf = perfEnabled();
		if (perf && !this.loaded) performance.mark('kataster-filter-start');
		this.loading = true;
		this.#running = true;
		this.#next = undefined;
		// only the latest run's end lets prefetches start
		const done = () => {
			if (seq === this.#seq) this.#running = false;
		};
		try {
			const db = await getDb();
			const herkunft = await prepareKataster(db, datei);
			if (herkunft !== this.#cacheFor) {
				this.#cache.clear();
				this.#cacheFor = herkunft;
			}
			const f = view.filter;
			// e2e and the bench see whether the click found its figures computed beforehand
			if (this.#cache.has(this.#key(view))) performance.mark('kataster-vorberechnet');
			const { facets, trend, total, dichte, objekte, punkte } = await this.#results(
				db,
				view
			).finally(done);
			// the early warning is not part of the view's first paint; it runs while the main thread paints
			const warnRows = db.rows(registry.katasterFruehwarnung(f, view.fwJahre, view.fwSchwelle));
			if (seq !== this.#seq) return;
			if (perf) performance.mark('kataster-data');
			Object.assign(this, { facets, trend, total, dichte, objekte, punkte });
			this.flag = herkunft.beispiel > 0 ? 'sample' : 'user';
			this.error = undefined;
			this.loaded = true;
			if (perf) this.#measure(seq);
			this.#prefetchNext();
			const warnungen = await warnRows;
			if (seq !== this.#seq) return;
			this.warnungen = warnungen;
		} catch (e) {
			if (seq !== this.#seq) return;
			this.#next = undefined;
			console.warn(e);
			this.error = e;
		} finally {
			done();
			if (seq === this.#seq) this.loading = false;
		}
	}

	/** Filter → repaint: the frame after the DOM took the results (map, charts, table). */
	async #measure(seq: number) {
		await tick();
		requestAnimationFrame(() => {
			if (seq !== this.#seq) return;
			performance.mark('kataster-repaint');
			performance.measure('kataster-filter', 'kataster-filter-start', 'kataster-repaint');
		});
	}
}
