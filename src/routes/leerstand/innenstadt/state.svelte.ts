import { getDb } from '$lib/db';
import type { LeerstandFilter, LeerstandGemeinde } from '$lib/leerstand/queries';
import type { OrtskernRow } from '$lib/innenstadt/queries';
import { loadOrtskern } from '$lib/innenstadt/source';
import { matches } from '$lib/leerstand/pool';
import { defaultInnenstadt, type InnenstadtView } from './url';

export type { InnenstadtView } from './url';

/** The Ortskern view: state from the URL, all towns per radius from DuckDB, filter on the rows. */
export class InnenstadtState {
	view = $state.raw<InnenstadtView>(defaultInnenstadt());
	alle = $state.raw<OrtskernRow[]>();
	error = $state.raw<unknown>();
	loading = $state(false);
	repaintMs = $state<number | null>(null);
	/** of which the query in DuckDB (incl. the round trip to its worker) */
	queryMs = $state<number | null>(null);
	#seq = 0;
	#radius = -1;

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
		if (this.view.radius !== this.#radius) {
			this.#radius = this.view.radius;
			void this.load(this.view.radius);
		}
	}

	async load(r: number) {
		const seq = ++this.#seq;
		const t0 = performance.now();
		this.loading = true;
		try {
			const rows = await loadOrtskern(await getDb(), r);
			if (seq !== this.#seq) return;
			this.queryMs = Math.round(performance.now() - t0);
			this.alle = rows;
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
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}

	patched(
		patch: Partial<Omit<InnenstadtView, 'filter'>> & { filter?: Partial<LeerstandFilter> }
	): InnenstadtView {
		return { ...this.view, ...patch, filter: { ...this.view.filter, ...patch.filter } };
	}
}
