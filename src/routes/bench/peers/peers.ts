import { tableToIPC, type Table } from 'apache-arrow';
import { arqueroEngine } from '$lib/bench/arquero';
import {
	diffFigures,
	filterStates,
	oursFigures,
	selectionOf,
	type ViewFigures
} from '$lib/bench/peers';
import { getDb } from '$lib/db';
import { emptyKatasterFilter } from '$lib/kataster/queries';
import { registry } from '$lib/db/registry';
import { prepareKataster } from '$lib/kataster/load';
import { FACET_DIMS } from '$lib/kataster/data.svelte';

const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { median: q(0.5), p95: q(0.95), n: s.length };
};
type Stats = ReturnType<typeof stats>;

export interface PeersResult {
	rows: number;
	changes: number;
	setupMs: { ours: number; arquero: number; mosaic: number };
	ours: Stats;
	arquero: Stats;
	mosaic: Stats;
	/** Rows of the yearly table all three read (objects × years in stock). */
	yearlyRows: number;
}

const now = () => performance.now();

/**
 * Loads /bench-data/kataster_<rows>.arrow, prepares our tables, hands the same yearly table to Arquero
 * and Mosaic, checks that all three give the same figures for every filter state, then times
 * `passes` × 20 filter changes per engine.
 */
export async function runPeers(rows: number, passes: number): Promise<PeersResult> {
	const { mosaicEngine } = await import('./mosaic');
	let t = now();
	const db = await getDb();
	await prepareKataster(db, `kataster_${rows}.arrow`);
	const oursSetup = now() - t;
	const ipc = tableToIPC((await db.arrow(registry.benchJahr)) as Table, 'stream');

	const states = filterStates(emptyKatasterFilter());

	t = now();
	const { run: arquero, numRows } = arqueroEngine(ipc, FACET_DIMS);
	const arqueroSetup = now() - t;
	t = now();
	const mosaic = await mosaicEngine(ipc, FACET_DIMS, emptyKatasterFilter().jahr);
	const mosaicSetup = now() - t;

	const check = (name: string, a: ViewFigures, b: ViewFigures, step: number) => {
		const d = diffFigures(a, b);
		if (d) throw new Error(`${name} weicht bei Filterwechsel ${step} ab: ${d}`);
	};
	const first = await oursFigures(db, FACET_DIMS, emptyKatasterFilter());
	check('Arquero', first, arquero(selectionOf(emptyKatasterFilter())), 0);
	check('Mosaic', first, mosaic.figures(), 0);
	for (const [i, s] of states.entries()) {
		const ours = await oursFigures(db, FACET_DIMS, s.f);
		check('Arquero', ours, arquero(selectionOf(s.f)), i + 1);
		check('Mosaic', ours, await mosaic.update(s.dim, selectionOf(s.f)), i + 1);
	}

	const times = { ours: [] as number[], arquero: [] as number[], mosaic: [] as number[] };
	for (let p = 0; p < passes; p++)
		for (const s of states) {
			t = now();
			await oursFigures(db, FACET_DIMS, s.f);
			times.ours.push(now() - t);
			t = now();
			arquero(selectionOf(s.f));
			times.arquero.push(now() - t);
			await new Promise((r) => setTimeout(r, 0));
			t = now();
			await mosaic.update(s.dim, selectionOf(s.f));
			times.mosaic.push(now() - t);
		}
	await mosaic.close();
	const result: PeersResult = {
		rows,
		changes: states.length,
		setupMs: { ours: oursSetup, arquero: arqueroSetup, mosaic: mosaicSetup },
		ours: stats(times.ours),
		arquero: stats(times.arquero),
		mosaic: stats(times.mosaic),
		yearlyRows: numRows
	};
	return result;
}
