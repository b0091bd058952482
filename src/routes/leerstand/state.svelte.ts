import { getDb } from '$lib/db';
import type { LeerstandFilter, LeerstandGemeinde } from '$lib/leerstand/queries';
import { defaultView, type LeerstandView, type ViewPatch } from '$lib/leerstand/filters';
import { computeLeerstand, loadBase, type LeerstandData } from '$lib/leerstand/source';

/** The /leerstand view: state from the URL, figures from DuckDB, one load per filter. */
export class LeerstandState {
	view = $state.raw<LeerstandView>(defaultView());
	data = $state.raw<LeerstandData>();
	error = $state.raw<unknown>();
	loading = $state(false);
	/** ms from a filter change to the figures being rendered (last change) */
	repaintMs = $state<number | null>(null);
	/** of which filtering and pooling */
	queryMs = $state<number | null>(null);
	#base: Promise<LeerstandGemeinde[]> | undefined;
	#seq = 0;
	#lastFilter = '';

	/** Takes the view from the URL (first load, back/forward) and loads if the filter changed. */
	show(view: LeerstandView) {
		this.view = view;
		const key = JSON.stringify(view.filter);
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
			this.#base ??= getDb().then(loadBase);
			this.#base.catch(() => (this.#base = undefined));
			const base = await this.#base;
			const t1 = performance.now();
			const data = computeLeerstand(base, f);
			if (seq !== this.#seq) return;
			this.queryMs = Math.round(performance.now() - t1);
			this.data = data;
			this.error = undefined;
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
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}

	/** The view with a change. */
	patched(patch: ViewPatch): LeerstandView {
		return { ...this.view, ...patch, filter: { ...this.view.filter, ...patch.filter } };
	}
}
