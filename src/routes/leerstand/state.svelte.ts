import { getDb, replacesEmbedded } from '$lib/db';
import { NO_FILTER, type LeerstandFilter, type LeerstandGemeinde } from '$lib/leerstand/queries';
import { defaultView, type LeerstandView, type ViewPatch } from '$lib/leerstand/filters';
import {
	computeLeerstand,
	LEERSTAND_TABLES,
	leerstandChoices,
	loadBase,
	type LeerstandData
} from '$lib/leerstand/source';

const filterKey = (f: LeerstandFilter) => JSON.stringify(Object.entries(f).sort());

/**
 * The /leerstand view: state from the URL, one load per filter, figures computed from all Gemeinden's
 * rows. Those rows are the prerendered ones (`seed`, from the embedded data) unless a local or published
 * table replaces one they come from — then DuckDB reads them, and the seed's figures are not shown.
 */
export class LeerstandState {
	view = $state.raw<LeerstandView>(defaultView());
	data = $state.raw<LeerstandData>();
	/** all Gemeinden's rows: the prerendered ones, or DuckDB's where a table is replaced */
	#rows = $state.raw<LeerstandGemeinde[]>([]);
	choices = $derived(leerstandChoices(this.#rows));
	/** the figures shown are current: the store has been asked, and DuckDB has answered if needed */
	checked = $state(false);
	error = $state.raw<unknown>();
	loading = $state(false);
	/** ms from a filter change to the figures being rendered (last change) */
	repaintMs = $state<number | null>(null);
	/** of which filtering and pooling */
	queryMs = $state<number | null>(null);
	#base: Promise<LeerstandGemeinde[]> | undefined;
	#seq = 0;
	#lastFilter = '';
	/** the figures last computed: the same filter on the same rows keeps them, and nothing is drawn again */
	#computed: { rows: LeerstandGemeinde[]; key: string; data: LeerstandData } | undefined;

	constructor(seed: LeerstandGemeinde[]) {
		this.#rows = seed;
		this.data = this.#compute(seed, NO_FILTER);
	}

	#compute(rows: LeerstandGemeinde[], f: LeerstandFilter): LeerstandData {
		const key = filterKey(f);
		if (this.#computed?.rows !== rows || this.#computed.key !== key)
			this.#computed = { rows, key, data: computeLeerstand(rows, f) };
		return this.#computed.data;
	}

	async #source(): Promise<LeerstandGemeinde[]> {
		if (!(await replacesEmbedded(LEERSTAND_TABLES))) return this.#rows;
		this.data = undefined;
		this.#rows = await getDb().then(loadBase);
		return this.#rows;
	}

	/** Takes the view from the URL (first load, back/forward) and loads if the filter changed. */
	show(view: LeerstandView) {
		this.view = view;
		const key = filterKey(view.filter);
		if (key !== this.#lastFilter) {
			this.#lastFilter = key;
			void this.load(view.filter);
		}
	}

	async load(f: LeerstandFilter) {
		const seq = ++this.#seq;
		const t0 = performance.now();
		this.loading = true;
		try {
			if (!this.#base) {
				this.#base = this.#source();
				this.#base.catch(() => (this.#base = undefined));
			}
			const base = await this.#base;
			const t1 = performance.now();
			const data = this.#compute(base, f);
			if (seq !== this.#seq) return;
			this.queryMs = Math.round(performance.now() - t1);
			this.data = data;
			this.error = undefined;
			this.checked = true;
			// two frames: the DOM and the map have taken the new figures
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					if (seq !== this.#seq) return;
					this.repaintMs = Math.round(performance.now() - t0);
					document.documentElement.dataset.leerstand = `ready-${seq}`;
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

	/** The view with a change. */
	patched(patch: ViewPatch): LeerstandView {
		return { ...this.view, ...patch, filter: { ...this.view.filter, ...patch.filter } };
	}
}
