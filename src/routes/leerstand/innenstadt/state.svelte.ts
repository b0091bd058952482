import { getDb, replacesEmbedded } from '$lib/db';
import type { LeerstandFilter, LeerstandGemeinde } from '$lib/leerstand/queries';
import type { OrtskernRow } from '$lib/innenstadt/queries';
import { loadOrtskern, ORTSKERN_TABLES } from '$lib/innenstadt/source';
import { matches } from '$lib/leerstand/pool';
import { defaultInnenstadt, type InnenstadtView } from './url';

export type { InnenstadtView } from './url';

/** All towns' figures at one radius, computed at build time from the embedded data. */
export interface OrtskernSeed {
	radius: number;
	rows: OrtskernRow[];
}

/**
 * The Ortskern view: state from the URL, all towns per radius, filter on the rows. The default radius's
 * rows are the prerendered ones (`seed`) unless a local or published table replaces one they come from;
 * every other radius, and those, from DuckDB.
 */
export class InnenstadtState {
	view = $state.raw<InnenstadtView>(defaultInnenstadt());
	alle = $state.raw<OrtskernRow[]>();
	/** the radius `alle` was computed for: titles, figures and exports name it, not the slider's */
	radius = $state(defaultInnenstadt().radius);
	/** where `alle` was computed: at build time (the seed) or in the browser's DuckDB */
	source = $state<'build' | 'duckdb'>('build');
	/** the figures shown are current: the store has been asked, and DuckDB has answered if needed */
	checked = $state(false);
	error = $state.raw<unknown>();
	loading = $state(false);
	repaintMs = $state<number | null>(null);
	/** of which the query in DuckDB (incl. the round trip to its worker) */
	queryMs = $state<number | null>(null);
	#seq = 0;
	/** the radius last asked for (the URL's); `radius` is the one shown */
	#requested = -1;
	#seed: OrtskernSeed | undefined;

	constructor(seed: OrtskernSeed) {
		this.#seed = seed;
		this.alle = seed.rows;
		this.radius = seed.radius;
	}

	rows = $derived(
		this.alle?.filter((g) => matches(g as unknown as LeerstandGemeinde, this.view.filter))
	);
	ranked = $derived(this.rows?.filter((g) => g.differenz_pp !== null) ?? []);
	ohne = $derived(this.rows?.filter((g) => g.differenz_pp === null) ?? []);
	ort = $derived(
		this.alle?.find((g) => g.ags === this.view.ort) ??
			this.ranked[0] ??
			this.rows?.find((g) => g.kern_quote !== null)
	);

	/** Takes the view from the URL (first load, back/forward) and loads if the radius changed. */
	show(view: InnenstadtView) {
		this.view = view;
		if (this.view.radius !== this.#requested) {
			this.#requested = this.view.radius;
			void this.load(this.view.radius);
		}
	}

	async load(r: number) {
		const seq = ++this.#seq;
		const t0 = performance.now();
		this.loading = true;
		// the seed's figures belong to its radius only
		if (!this.checked && r !== this.#seed?.radius) this.alle = undefined;
		try {
			const [rows, source] = await this.#rows(r, seq);
			if (seq !== this.#seq) return;
			this.queryMs = Math.round(performance.now() - t0);
			this.alle = rows;
			this.radius = r;
			this.source = source;
			this.checked = true;
			this.error = undefined;
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					if (seq !== this.#seq) return;
					this.repaintMs = Math.round(performance.now() - t0);
					document.documentElement.dataset.innenstadt = `ready-${r}`;
				})
			);
		} catch (e) {
			if (seq !== this.#seq) return;
			console.warn(e);
			this.error = e;
			this.checked = true;
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}

	async #rows(r: number, seq: number): Promise<[OrtskernRow[], 'build' | 'duckdb']> {
		const seed = this.#seed;
		if (seed && r === seed.radius) {
			if (!(await replacesEmbedded(ORTSKERN_TABLES))) return [seed.rows, 'build'];
			this.#seed = undefined;
			if (seq === this.#seq) this.alle = undefined;
		}
		return [await loadOrtskern(await getDb(), r), 'duckdb'];
	}

	patched(
		patch: Partial<Omit<InnenstadtView, 'filter'>> & { filter?: Partial<LeerstandFilter> }
	): InnenstadtView {
		return { ...this.view, ...patch, filter: { ...this.view.filter, ...patch.filter } };
	}
}
