/**
 * npx tsx scripts/bench/innenstadt.ts [--runs 50]
 * Ortskern figures for all 605 Gemeinden at a new radius, in Node's duckdb-wasm (the browser's
 * engine): one statement over the 57.543 cells vs the distance-band table built once per load.
 * Prints wall and CPU time (median, p95); CPU time is the fairer figure on a busy machine.
 */
import { parseArgs } from 'node:util';
import { openNodeDb } from '../../src/lib/db/node.ts';
// the feature's statements directly: the registry gathers them with Vite's import.meta.glob
import { innenstadtQueries as registry } from '../../src/lib/innenstadt/queries.ts';
import { RADIUS_MAX, RADIUS_MIN, RADIUS_STEP } from '../../src/lib/innenstadt/constants.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' } } });
const RUNS = Math.max(10, Number(values.runs));
const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms`;
};
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const radii = Array.from(
	{ length: (RADIUS_MAX - RADIUS_MIN) / RADIUS_STEP + 1 },
	(_, i) => RADIUS_MIN + i * RADIUS_STEP
);

const db = await openNodeDb();
await db.ensureTables(['gemeinden', 'ortsmitte', 'zensus_100m', 'wohnungen_amtlich']);
const t0 = performance.now();
const c0 = cpu();
await db.rows(registry.ortskernBaenderInit);
console.log(
	`Distanzbänder anlegen (einmal je Laden): ${(performance.now() - t0).toFixed(1)} ms (CPU ${(cpu() - c0).toFixed(1)} ms)`
);

for (const [label, q] of [
	['eine Abfrage über 57.543 Zellen', registry.ortskern],
	['Distanzband-Tabelle', registry.ortskernBaender]
] as const) {
	for (let i = 0; i < 5; i++) await db.rows(q, [radii[i]]);
	const wall: number[] = [];
	const cpus: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const r = radii[(i * 7) % radii.length];
		const w = performance.now();
		const c = cpu();
		await db.rows(q, [r]);
		wall.push(performance.now() - w);
		cpus.push(cpu() - c);
	}
	console.log(`${label}: Wanduhr ${stats(wall)}; CPU ${stats(cpus)} (${RUNS} Radien)`);
}
