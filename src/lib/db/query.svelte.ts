import { getDb, type Db } from './index';

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
	#seq = 0;

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
