import { getDb, type Db } from './index';

/** Reactive holder for one query's result: `rows` is replaced, never mutated. */
export class QueryResult<Row> {
	rows = $state.raw<Row[] | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(false);
	#seq = 0;

	/** Runs `fn` against the app's DuckDB; a newer run supersedes an older one. */
	async run(fn: (db: Db) => Promise<Row[]>): Promise<void> {
		const seq = ++this.#seq;
		this.loading = true;
		try {
			const rows = await fn(await getDb());
			if (seq !== this.#seq) return;
			this.rows = rows;
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
