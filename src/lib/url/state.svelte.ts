import { goto } from '$app/navigation';
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

export interface SetOptions {
	/** a new history entry (back/forward steps through it) instead of replacing the current one */
	push?: boolean;
}

/**
 * A view's state in the URL, so that views can be mailed and reloaded. `value` follows the address
 * (links, back/forward); `set` navigates with focus and scroll kept, and `value` shows the new state
 * at once (a second change before the navigation has finished builds on the first). Prerendered
 * pages cannot read the query: until mounted, `value` is the default state and `ready` is false.
 * Construct during component initialisation (it uses onMount).
 */
export class UrlState<T> {
	#mounted = $state(false);
	/** the state last asked for, until its navigation has finished (so quick changes build on it) */
	#pending = $state.raw<{ value: T } | null>(null);
	readonly #codec: UrlCodec<T>;
	readonly #path: string;
	readonly defaults: T;
	readonly #value: T = $derived.by(() =>
		this.#mounted ? this.#codec.parse(page.url.searchParams) : this.defaults
	);

	/** `path` is the resolved path of the view (`resolve('/leerstand')`). */
	constructor(codec: UrlCodec<T>, path: string) {
		this.#codec = codec;
		this.#path = path;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an empty query, read once
		this.defaults = codec.parse(new URLSearchParams());
		onMount(() => {
			this.#mounted = true;
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
		const q = this.#codec.write(next, this.#mounted ? page.url.searchParams : EMPTY);
		const s = q.toString();
		return s ? `${this.#path}?${s}` : this.#path;
	}

	/** Shows a changed state: replaces the history entry unless `push`; focus and scroll stay. */
	async set(next: T, options: SetOptions = {}): Promise<void> {
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
