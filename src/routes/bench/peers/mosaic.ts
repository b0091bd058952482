import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import {
	Coordinator,
	MosaicClient,
	Selection,
	clausePoint,
	clausePoints,
	wasmConnector,
	type SelectionClause
} from '@uwdata/mosaic-core';
import { Query, count, sum, type FilterExpr } from '@uwdata/mosaic-sql';
import type { Selection as Sel, ViewFigures } from '$lib/bench/peers';

type Row = Record<string, unknown>;

/** A Mosaic client holding its latest result; `next()` resolves with the following one. */
class Client extends MosaicClient {
	rows: Row[] = [];
	#waiters: (() => void)[] = [];
	constructor(
		selection: Selection,
		private make: (filter: FilterExpr | null | undefined) => Query
	) {
		super(selection);
	}
	query(filter?: FilterExpr | null) {
		return this.make(filter);
	}
	queryResult(data: unknown) {
		this.rows = (data as { toArray(): Row[] }).toArray();
		for (const w of this.#waiters.splice(0)) w();
		return this;
	}
	next() {
		return new Promise<void>((r) => this.#waiters.push(r));
	}
}

/**
 * Mosaic's crossfilter over the yearly table in its own DuckDB-wasm (same build as ours), one client per
 * facet plus trend, total and density, pre-aggregation on (its default), query cache off (the app has
 * none either; with it, the second round of the same 20 filters would be cache hits).
 */
export async function mosaicEngine(ipc: Uint8Array, facetDims: readonly string[], jahr: number) {
	const worker = new Worker(ehWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(ehWasm);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const connection = await db.connect();
	// a copy: the worker takes over the buffer, which Arquero's columns still view
	await connection.insertArrowFromIPCStream(ipc.slice(), { name: 'kataster_jahr', create: true });
	const mc = new Coordinator(wasmConnector({ duckdb: db, connection }), {
		cache: false,
		logger: null
	});
	const selection = Selection.crossfilter();
	const from = () => Query.from('kataster_jahr');
	const facets = new Map(
		facetDims.map((dim) => [
			dim,
			new Client(selection, (f) =>
				from()
					.select(dim, { n: count() })
					.groupby(dim)
					.where(f ?? [])
			)
		])
	);
	const trend = new Client(selection, (f) =>
		from()
			.select('jahr', 'size_class', { n: count() })
			.groupby('jahr', 'size_class')
			.where(f ?? [])
	);
	const total = new Client(selection, (f) =>
		from()
			.select({ n: count(), flaeche: sum('flaeche_m2') })
			.where(f ?? [])
	);
	const dichte = new Client(selection, (f) =>
		from()
			.select('ags', { n: count() })
			.groupby('ags')
			.where(f ?? [])
	);
	const clients = [...facets.values(), trend, total, dichte];
	// the trend ignores the size class and the year, as in the app
	const ignoring = (dim: string) =>
		new Set<MosaicClient>(
			dim === 'jahr'
				? [trend]
				: dim === 'size_class'
					? [facets.get(dim)!, trend]
					: [facets.get(dim)!]
		);
	const clauseOf = (dim: string, s: Sel): SelectionClause => {
		if (dim === 'jahr')
			return clausePoint('jahr', s.jahr, { source: trend, clients: ignoring(dim) });
		const values = (s as unknown as Record<string, string[]>)[dim] ?? [];
		return clausePoints([dim], values.length ? values.map((v) => [v]) : null, {
			source: facets.get(dim)!,
			clients: ignoring(dim)
		});
	};
	selection.update(clausePoint('jahr', jahr, { source: trend, clients: ignoring('jahr') }));
	const first = clients.map((c) => c.next());
	for (const c of clients) mc.connect(c);
	await Promise.all(first);

	const figures = (): ViewFigures => ({
		facets: [...facets].flatMap(([dim, c]) =>
			c.rows.map((r) => ({ dim, key: r[dim] as string | null, n: Number(r.n) }))
		),
		trend: trend.rows.map((r) => ({
			jahr: Number(r.jahr),
			size_class: r.size_class as string | null,
			n: Number(r.n)
		})),
		total: { n: Number(total.rows[0]?.n ?? 0), flaeche: Number(total.rows[0]?.flaeche ?? 0) },
		dichte: dichte.rows.map((r) => ({ ags: r.ags as string, n: Number(r.n) }))
	});

	return {
		/** Applies the change of `dim` in `s`; resolves when every client it affects has its result. */
		async update(dim: string, s: Sel): Promise<ViewFigures> {
			const clause = clauseOf(dim, s);
			const done = clients.filter((c) => !clause.clients?.has(c)).map((c) => c.next());
			selection.update(clause);
			await Promise.all(done);
			return figures();
		},
		figures,
		async close() {
			for (const c of clients) mc.disconnect(c);
			await connection.close();
			await db.terminate();
		}
	};
}
