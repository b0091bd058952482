import { tick } from 'svelte';
import { getDb } from '$lib/db';
import { registry } from '$lib/db/registry';
import type {
	KatasterCount,
	KatasterDichteRow,
	KatasterDim,
	KatasterObjekt,
	KatasterPunkt,
	KatasterTotal,
	KatasterTrendRow,
	KatasterWarnung
} from '$lib/db/queries/kataster';
import type { Flag } from '$lib/data/manifest-types';
import { perfEnabled, prepareKataster } from '$lib/kataster/load';
import type { KatasterView } from './url';

export { invalidateKataster } from '$lib/kataster/load';

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

	async run(view: KatasterView, datei?: string | null): Promise<void> {
		const seq = ++this.#seq;
		const perf = perfEnabled();
		if (perf && !this.loaded) performance.mark('kataster-filter-start');
		this.loading = true;
		try {
			const db = await getDb();
			await prepareKataster(db, datei);
			const f = view.filter;
			const facets: Partial<Record<KatasterDim, KatasterCount[]>> = {};
			for (const r of await db.rows(registry.katasterFacets(FACET_DIMS, f)))
				(facets[r.dim] ??= []).push({ key: r.key, n: r.n });
			const trend = await db.rows(registry.katasterTrend(f));
			const [total] = await db.rows(registry.katasterTotal(f));
			const dichte = await db.rows(registry.katasterDichte(f));
			const objekte = await db.rows(registry.katasterObjekte(f, this.sort, TABLE_ROWS));
			const punkte = await db.rows(registry.katasterPunkte(f, total.n, MAX_PUNKTE));
			const warnungen = await db.rows(
				registry.katasterFruehwarnung(f, view.fwJahre, view.fwSchwelle)
			);
			const [herkunft] = await db.rows(registry.katasterHerkunft);
			if (seq !== this.#seq) return;
			if (perf) performance.mark('kataster-data');
			Object.assign(this, { facets, trend, total, dichte, objekte, punkte, warnungen });
			this.flag = herkunft.beispiel > 0 ? 'sample' : 'user';
			this.error = undefined;
			this.loaded = true;
		} catch (e) {
			if (seq !== this.#seq) return;
			console.warn(e);
			this.error = e;
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
		if (perf && seq === this.#seq) {
			await tick();
			requestAnimationFrame(() => {
				performance.mark('kataster-repaint');
				performance.measure('kataster-filter', 'kataster-filter-start', 'kataster-repaint');
			});
		}
	}
}
