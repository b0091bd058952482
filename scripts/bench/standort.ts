/**
 * Catchment update on the 1 km population grid (16.201 cells): what one drag of a candidate on /klima
 * recomputes — people and 65+ within 1 / 5 / 10 / 25 km and the chosen radius (15 km) — and the white
 * spots by people (coverage) for six sites. Measured in Node and in Chromium (the same module, bundled).
 * `npx tsx scripts/bench/standort.ts` alone, or as part of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { buildSync } from 'esbuild';
import type { Browser } from 'playwright-core';
import { summary } from './stats.ts';
import { catchmentsAt, PopulationGrid, type CellRow } from '../../src/lib/geo/standort-grid.ts';

const root = resolve(import.meta.dirname, '../..');
const UPDATES = 2000;

const stats = (xs: number[]) => summary(xs, 3);

function cells(): CellRow[] {
	const bytes = readFileSync(join(root, 'data/zensus_1km_bevoelkerung.arrow'));
	return tableFromIPC(bytes)
		.toArray()
		.map((r) => r.toJSON() as CellRow);
}

/** The measurement itself; runs in Node and, as source text, in the browser. */
function measure(
	Grid: typeof PopulationGrid,
	at: typeof catchmentsAt,
	rows: CellRow[],
	updates: number
) {
	let t = performance.now();
	const grid = new Grid(rows);
	const indexMs = performance.now() - t;
	// a fixed walk across Thuringia's bounding box (deterministic, like a long drag)
	const pts: [number, number][] = Array.from({ length: updates }, (_, i) => [
		9.9 + ((i * 0.6180339887) % 1) * 2.7,
		50.2 + ((i * 0.7548776662) % 1) * 1.4
	]);
	const catchment: number[] = [];
	let sink = 0;
	for (const p of pts) {
		t = performance.now();
		sink += at(p, grid, 15)[4].einwohner;
		catchment.push(performance.now() - t);
	}
	const coverage: number[] = [];
	for (let i = 0; i < 200; i++) {
		t = performance.now();
		sink += grid.coverage(pts.slice(i, i + 6), 15).uncovered.einwohner;
		coverage.push(performance.now() - t);
	}
	return { cells: grid.n, indexMs, catchment, coverage, sink };
}

export function standortNode() {
	const r = measure(PopulationGrid, catchmentsAt, cells(), UPDATES);
	return {
		cells: r.cells,
		index_ms: Math.round(r.indexMs * 10) / 10,
		catchment_update_ms: stats(r.catchment),
		coverage_ms: stats(r.coverage)
	};
}

export async function standortChromium(browser: Browser) {
	const bundle = buildSync({
		stdin: {
			contents: `export { PopulationGrid, catchmentsAt } from './src/lib/geo/standort-grid.ts';`,
			resolveDir: root,
			loader: 'ts'
		},
		bundle: true,
		format: 'iife',
		globalName: 'standortBench',
		write: false,
		logLevel: 'silent'
	}).outputFiles[0].text;
	const page = await browser.newPage();
	try {
		await page.setContent('<!doctype html><title>bench</title>');
		await page.addScriptTag({ content: bundle });
		const r = await page.evaluate(
			({ rows, updates, fn }) => {
				const m = new Function(`return (${fn})`)();
				const g = (window as unknown as { standortBench: Record<string, unknown> }).standortBench;
				return m(g.PopulationGrid, g.catchmentsAt, rows, updates);
			},
			{ rows: cells(), updates: UPDATES, fn: measure.toString() }
		);
		return {
			cells: r.cells,
			index_ms: Math.round(r.indexMs * 10) / 10,
			catchment_update_ms: stats(r.catchment),
			coverage_ms: stats(r.coverage)
		};
	} finally {
		await page.close();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	console.log('Node:', JSON.stringify(standortNode()));
	const { chromium } = await import('playwright-core');
	const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../../tests/e2e/chromium.ts');
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		console.log('Chromium:', JSON.stringify(await standortChromium(browser)));
	} finally {
		await browser.close();
	}
}
