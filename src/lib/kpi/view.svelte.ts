import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { parseStichtag, parseZeitraum } from './status';
import type { Zeitraum } from './types';

/** Stichtag and period of /kennzahlen and /bericht, kept in the URL (?stichtag=…&zeitraum=…). */
export class KpiView {
	stichtag = $state('');
	zeitraum = $state<Zeitraum>('gesamt');
	ready = $state(false);
	readonly #path: '/kennzahlen' | '/bericht';

	constructor(path: '/kennzahlen' | '/bericht') {
		this.#path = path;
	}

	/** Call in onMount (prerendered pages cannot read the query string at build time). */
	fromUrl(): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
		const p = new URLSearchParams(location.search);
		this.stichtag = parseStichtag(p.get('stichtag'));
		this.zeitraum = parseZeitraum(p.get('zeitraum'));
		this.ready = true;
	}

	set(next: { stichtag?: string; zeitraum?: Zeitraum }): void {
		if (next.stichtag !== undefined) this.stichtag = parseStichtag(next.stichtag);
		if (next.zeitraum !== undefined) this.zeitraum = next.zeitraum;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once per change, not state
		const q = new URLSearchParams(location.search);
		q.set('stichtag', this.stichtag);
		q.set('zeitraum', this.zeitraum);
		const base = this.#path === '/bericht' ? resolve('/bericht') : resolve('/kennzahlen');
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- base comes from resolve() above
		replaceState(`${base}?${q}`, {});
	}

	query(): string {
		return `stichtag=${this.stichtag}&zeitraum=${this.zeitraum}`;
	}
}
