import { afterNavigate, goto, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { onMount } from 'svelte';

/** How a view's state is kept in the query string. */
export interface UrlCodec<T> {
	/** The state of a query; every missing or invalid parameter gets its default. */
	parse(params: URLSearchParams): T;
	/** The query of a state, defaults left out. `current` is the query now (to keep others' parameters). */
	write(value: T, current: URLSearchParams): URLSearchParams;
}

const EMPTY: URLSearchParams = new URLSearchParams();

/**
 * The query as last replaced without a navigation (shared by all views of the page, so that two of them
 * build on each other's keys); dropped by the next real navigation, which sets `page.url`.
 */
let shallow = $state.raw<URLSearchParams | null>(null);
const currentQuery = () => shallow ?? page.url.searchParams;

export interface SetOptions {
	/** a new history entry (back/forward steps through it) instead of replacing the current one */
	push?: boolean;
}

/**
 * A view's state in the URL, so that views can be mailed and reloaded. `value` follows the address
 * (links, back/forward). `set` replaces the address without a navigation (nothing is cancelled, no
 * router work per slider step), or with `push` navigates to a new history entry with focus and scroll
 * kept; either way `value` shows the new state at once. `value` keeps its object while the parsed state
 * is the same, so views that derive from it do not recompute when other keys change. Prerendered pages
 * cannot read the query: until mounted, `value` is the default state and `ready` is false. Construct
 * during component initialisation (it uses onMount and afterNavigate).
 */
export class UrlState<T> {
	#mounted = $state(false);
	/** the state last asked for, until its navigation has finished (so quick changes build on it) */
	#pending = $state.raw<{ value: T } | null>(null);
	readonly #codec: UrlCodec<T>;
	readonly #path: string;
	readonly defaults: T;
	#last: { key: string; value: T } | null = null;
	readonly #value: T = $derived.by(() => {
		if (!this.#mounted) return this.defaults;
		const value = this.#codec.parse(currentQuery());
		const key = JSON.stringify(value);
		if (this.#last?.key !== key) this.#last = { key, value };
		return this.#last.value;
	});

	/** `path` is the resolved path of the view (`resolve('/leerstand')`). */
	constructor(codec: UrlCodec<T>, path: string) {
		this.#codec = codec;
		this.#path = path;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an empty query, read once
		this.defaults = codec.parse(new URLSearchParams());
		onMount(() => {
			this.#mounted = true;
		});
		afterNavigate(() => {
			shallow = null;
		});
	}

	/** The current state (the defaults until mounted). */
	get value(): T {
		return this.#pending ? this.#pending.value : this.#value;
	}

	get ready(): boolean {
		return this.#mounted;
	}

	/** The address of a changed state (for links). */
	href(next: T): string {
		const q = this.#codec.write(next, this.#mounted ? currentQuery() : EMPTY);
		const s = q.toString();
		return s ? `${this.#path}?${s}` : this.#path;
	}

	/** Shows a changed state: replaces the address unless `push`; focus and scroll stay. */
	async set(next: T, options: SetOptions = {}): Promise<void> {
		if (!options.push) {
			const href = this.href(next);
			try {
				// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolved by the caller
				replaceState(href, {});
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced as a whole, never mutated
				shallow = new URLSearchParams(href.split('?')[1] ?? '');
				return;
			} catch {
				// the router is not ready yet: navigate instead
			}
		}
		const mark = { value: next };
		this.#pending = mark;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolved by the caller
			await goto(this.href(next), {
				replaceState: !options.push,
				keepFocus: true,
				noScroll: true
			});
		} finally {
			if (this.#pending === mark) this.#pending = null;
		}
	}
}
