import { tableFromIPC } from 'apache-arrow';
import { baseline, baselineRows, rowObjects, sameGroups, type Columns } from '$lib/bench/baseline';
import { getDb } from '$lib/db';
import { registry } from '$lib/db/registry';
import type { BenchGroup } from '$lib/bench/queries';

const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { median: q(0.5), p95: q(0.95), n: s.length };
};

export interface BenchResult {
	rows: number;
	bytes: number;
	loadMs: number;
	decodeMs: number;
	equal: boolean;
	duck: ReturnType<typeof stats>;
	baseline: ReturnType<typeof stats>;
	/** Context: the same in plain JavaScript over one object per row. */
	baselineRows: ReturnType<typeof stats>;
	longestTask: number;
}

/** Loads /bench-data/kataster_<rows>.arrow, checks DuckDB = baseline, then times both. */
export async function runBench(rows: number, runs: number): Promise<BenchResult> {
	let longestTask = 0;
	const obs = new PerformanceObserver((list) => {
		for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
	});
	try {
		obs.observe({ type: 'longtask', buffered: false });
	} catch {
		/* longtask not supported */
	}
	const res = await fetch(`/bench-data/kataster_${rows}.arrow`);
	if (!res.ok) throw new Error(`Benchmark-Daten für ${rows} Zeilen fehlen (HTTP ${res.status})`);
	const bytes = new Uint8Array(await res.arrayBuffer());
	const db = await getDb();

	let t = performance.now();
	await db.replaceTable('kataster', bytes.slice());
	const loadMs = performance.now() - t;

	t = performance.now();
	const table = tableFromIPC(bytes);
	const col = <T>(name: string) => table.getChild(name)!.toArray() as ArrayLike<T>;
	const cols: Columns = {
		nutzung: col('nutzung'),
		size_class: col('size_class'),
		zustand: col('zustand'),
		ags: col('ags'),
		flaeche_m2: col('flaeche_m2')
	};
	const decodeMs = performance.now() - t;
	const rowObjs = rowObjects(cols);

	const duckAll = async (): Promise<BenchGroup[][]> => [
		await db.rows(registry.benchNutzung),
		await db.rows(registry.benchKlasseZustand),
		await db.rows(registry.benchGemeindeEinzelhandel, ['Einzelhandel'])
	];
	const jsAll = () => [
		baseline.nutzung(cols),
		baseline.klasseZustand(cols),
		baseline.gemeindeEinzelhandel(cols, 'Einzelhandel')
	];
	const rowsAll = () => [
		baselineRows.nutzung(rowObjs),
		baselineRows.klasseZustand(rowObjs),
		baselineRows.gemeindeEinzelhandel(rowObjs, 'Einzelhandel')
	];
	const d = await duckAll();
	const j = jsAll();
	const r = rowsAll();
	const equal = d.every((g, i) => sameGroups(g, j[i]) && sameGroups(g, r[i]));
	if (!equal)
		return {
			rows,
			bytes: bytes.length,
			loadMs,
			decodeMs,
			equal,
			duck: stats([]),
			baseline: stats([]),
			baselineRows: stats([]),
			longestTask
		};

	const duckMs: number[] = [];
	const jsMs: number[] = [];
	const rowsMs: number[] = [];
	longestTask = 0;
	for (let i = 0; i < runs; i++) {
		t = performance.now();
		await duckAll();
		duckMs.push(performance.now() - t);
		t = performance.now();
		jsAll();
		jsMs.push(performance.now() - t);
		await new Promise((r) => setTimeout(r, 0));
		t = performance.now();
		rowsAll();
		rowsMs.push(performance.now() - t);
		await new Promise((r) => setTimeout(r, 0));
	}
	obs.disconnect();
	const result: BenchResult = {
		rows: table.numRows,
		bytes: bytes.length,
		loadMs,
		decodeMs,
		equal,
		duck: stats(duckMs),
		baseline: stats(jsMs),
		baselineRows: stats(rowsMs),
		longestTask
	};
	(window as { __benchResult?: unknown }).__benchResult = result;
	return result;
}
