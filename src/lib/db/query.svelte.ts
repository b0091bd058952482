import { getDb, replacesEmbedded, type Db } from './index';

/**
 * Reactive holder for what one or more queries give a component: `value` is replaced, never mutated.
 * A newer `run` supersedes an older one (its late answer is dropped). Start it in an `$effect` and read
 * the props the query needs before calling `run` (`fn` runs after an await, where reads are not tracked):
 * `$effect(() => { const key = ags; q.run((db) => db.rows(registry.x, [key])); })`.
 */
export class QueryValue<T> {
	value = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(false);
	/** set once it is clear that nothing replaces the embedded data `runIfReplaced` was asked about */
	embedded = $state(false);
	/** set once a local or published table replaces one of them: then only DuckDB's answer is current */
	replaced = $state(false);
	#seq = 0;

	/** after `runIfReplaced`: DuckDB's answer where a table is replaced, else the figures built from the embedded data */
	or(built: T): T | undefined {
		return this.replaced ? this.value : built;
	}

	/** after `runIfReplaced`: the embedded figures stand, or DuckDB has answered for the replaced table */
	get settled(): boolean {
		return (
			this.embedded || (this.replaced && (this.value !== undefined || this.error !== undefined))
		);
	}

	/**
	 * Runs `fn` only when a local or published table replaces one of `tables`; otherwise the figures
	 * built from the embedded data stand, and DuckDB does not start for them.
	 */
	async runIfReplaced(tables: readonly string[], fn: (db: Db) => Promise<T>): Promise<void> {
		const seq = ++this.#seq;
		// an earlier answer (e.g. under a filter) is not shown while this is decided
		this.value = undefined;
		this.error = undefined;
		this.replaced = false;
		this.embedded = false;
		const replaced = await replacesEmbedded(tables);
		if (seq !== this.#seq) return;
		if (replaced) {
			this.replaced = true;
			return this.run(fn);
		}
		this.loading = false;
		this.embedded = true;
	}

	/** Runs `fn` against the app's DuckDB. */
	async run(fn: (db: Db) => Promise<T>): Promise<void> {
		const seq = ++this.#seq;
		this.loading = true;
		try {
			const value = await fn(await getDb());
			if (seq !== this.#seq) return;
			this.value = value;
			this.error = undefined;
		} catch (e) {
			if (seq !== this.#seq) return;
			console.warn(e);
			this.error = e;
		} finally {
			if (seq === this.#seq) this.loading = false;
		}
	}
}

/** One query's rows. */
export class QueryResult<Row> extends QueryValue<Row[]> {
	get rows(): Row[] | undefined {
		return this.value;
	}
}
