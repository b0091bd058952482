import { resolve } from '$app/paths';
import { UrlState, type UrlCodec } from '$lib/url/state.svelte';
import { parseStichtag, parseZeitraum } from './status';
import type { Zeitraum } from './types';

interface KpiViewState {
	stichtag: string;
	zeitraum: Zeitraum;
}

export const kpiUrl: UrlCodec<KpiViewState> = {
	parse: (p) => ({
		stichtag: parseStichtag(p.get('stichtag')),
		zeitraum: parseZeitraum(p.get('zeitraum'))
	}),
	write(v, current) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once per change, not state
		const q = new URLSearchParams(current);
		q.set('stichtag', v.stichtag);
		q.set('zeitraum', v.zeitraum);
		return q;
	}
};

/**
 * Stichtag and period of /kennzahlen and /bericht, kept in the URL (?stichtag=…&zeitraum=…).
 * Construct during component initialisation.
 */
export class KpiView {
	readonly #url: UrlState<KpiViewState>;

	constructor(path: '/kennzahlen' | '/bericht') {
		this.#url = new UrlState(
			kpiUrl,
			path === '/bericht' ? resolve('/bericht') : resolve('/kennzahlen')
		);
	}

	get stichtag(): string {
		return this.#url.value.stichtag;
	}
	get zeitraum(): Zeitraum {
		return this.#url.value.zeitraum;
	}
	/** false until mounted (prerendered pages cannot read the query string at build time) */
	get ready(): boolean {
		return this.#url.ready;
	}

	set(next: { stichtag?: string; zeitraum?: Zeitraum }): void {
		const v = this.#url.value;
		void this.#url.set({
			stichtag: next.stichtag !== undefined ? parseStichtag(next.stichtag) : v.stichtag,
			zeitraum: next.zeitraum ?? v.zeitraum
		});
	}

	query(): string {
		return `stichtag=${this.stichtag}&zeitraum=${this.zeitraum}`;
	}
}
