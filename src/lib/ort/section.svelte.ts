import { QueryValue } from '$lib/db/query.svelte';
import type { Db } from '$lib/db/types';
import { gemeinsam, PROFIL, type Gemeinsam, type OrtProfil } from './profil';

/**
 * One section of a town profile: the figures prerendered from the embedded data (`seed`, in the page's
 * data), or DuckDB's where a local or published table replaces one they come from — then the section
 * waits for DuckDB's answer. While the store is asked (a few ms; `checked` false) the seed stands.
 * Call `check(ags)` in an `$effect`.
 */
export class ProfilSection<K extends keyof OrtProfil> {
	#q = new QueryValue<OrtProfil[K]>();
	#key: K;
	#seed: () => OrtProfil[K];

	constructor(key: K, seed: () => OrtProfil[K]) {
		this.#key = key;
		this.#seed = seed;
	}

	get value(): OrtProfil[K] | undefined {
		return this.#q.or(this.#seed());
	}
	get error(): unknown {
		return this.#q.error;
	}
	/** a stored or published table replaces one of the section's */
	get replaced(): boolean {
		return this.#q.replaced;
	}
	/** the figures shown are current: nothing replaces their tables, or DuckDB has answered */
	get checked(): boolean {
		return this.#q.settled;
	}

	check(ags: string): void {
		const s = PROFIL[this.#key];
		const load = s.load as (db: Db, ags: string, alle: Gemeinsam) => Promise<OrtProfil[K]>;
		void this.#q.runIfReplaced(s.tables, (db) => load(db, ags, gemeinsam(db)));
	}
}
