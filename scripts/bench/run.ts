/**
 * npm run bench [-- --runs 5 --rows 10000,100000,1000000 --build]
 * Serves the built app like a static host, drives Debian's headless Chromium, prints figures
 * (median, p95) and ratios, writes docs/benchmarks/<date>.json and appends to docs/benchmarks.md.
 */
import { execSync, spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	writeFileSync,
	appendFileSync
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';
import { serveStatic } from './server.ts';
import { lighthouse } from './lighthouse.ts';
import { ROUTES, wireBytes } from './wire.ts';
import { KATASTER_CLICKS } from '../../src/lib/bench/changes.ts';
import { standortChromium, standortNode } from './standort.ts';
import { innenstadtBrowser } from './innenstadt-browser.ts';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		rows: { type: 'string', default: '10000,100000,1000000' },
		build: { type: 'boolean', default: false },
		port: { type: 'string', default: '4310' },
		// --only import: just the CSV import through /daten; --only wire: bytes on the wire per route;
		// --only startup: cold/warm start of the Übersicht; --only kataster: filter → repaint per size;
		// --dir build-x: an existing build; --url http://…: measure a running server (e.g. npm start)
		only: { type: 'string' },
		url: { type: 'string' },
		// --only lighthouse --routes /,/massnahmen
		routes: { type: 'string' },
		dir: { type: 'string', default: 'build-bench' }
	}
});
const RUNS = Math.max(5, Number(args.runs));
const ROWS = args
	.rows!.split(',')
	.map(Number)
	.filter((n) => n > 0);
const root = resolve(import.meta.dirname, '../..');
const BUILD = join(root, args.dir!);
const GENERATED = join(root, 'data/generated');
const PORT = Number(args.port);
const BASE = args.url ?? `http://127.0.0.1:${PORT}`;
const CHROMIUM = CHROMIUM_PATH;
const FLAGS = CHROMIUM_ARGS;

export const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
	return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1], n: s.length };
};
const round = (n: number) => Math.round(n * 10) / 10;

if (!existsSync(CHROMIUM)) {
	console.error(`Chromium fehlt (${CHROMIUM}): apt-get install -y chromium`);
	process.exit(1);
}
if (args.build || !existsSync(join(BUILD, 'index.html'))) {
	// its own build (build-bench/): with the peers page, whose bench-only libraries the app build leaves out
	console.log('bench: vite build (build-bench/, VITE_BENCH_PEERS=1) …');
	execSync('npx vite build', {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ATLAS_BUILD: 'bench', VITE_BENCH_PEERS: '1' }
	});
}

const results: Record<string, unknown> = {};

// --- initial JS -------------------------------------------------------------
function initialJs() {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const eager = [...html.matchAll(/(?:href|src)="\.\/(_app\/[^"]+\.js)"/g)].map((m) => m[1]);
	const all = readdirSync(join(BUILD, '_app/immutable'), { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.js'))
		.map((f) => `_app/immutable/${f}`);
	const size = (f: string) => gzipSync(readFileSync(join(BUILD, f))).length;
	const kind = (f: string) => {
		const text = readFileSync(join(BUILD, f), 'utf8');
		// markers of the libraries' own code (app chunks may mention their names, e.g. a worker URL)
		if (/duckdb/i.test(f) || text.includes('registerFileBuffer')) return 'duckdb';
		if (/maplibre/i.test(f) || text.includes('addProtocol')) return 'maplibre';
		return 'app';
	};
	const sum = (files: string[], k?: string) =>
		files.filter((f) => !k || kind(f) === k).reduce((s, f) => s + size(f), 0);
	const wasm = readdirSync(join(BUILD, '_app/immutable/assets')).filter((f) => f.endsWith('.wasm'));
	return {
		initial_gzip_kb: round(sum(eager) / 1024),
		initial_app_kb: round(sum(eager, 'app') / 1024),
		initial_duckdb_kb: round(sum(eager, 'duckdb') / 1024),
		initial_maplibre_kb: round(sum(eager, 'maplibre') / 1024),
		lazy_duckdb_js_kb: round(
			sum(
				all.filter((f) => !eager.includes(f)),
				'duckdb'
			) / 1024
		),
		lazy_maplibre_js_kb: round(
			sum(
				all.filter((f) => !eager.includes(f)),
				'maplibre'
			) / 1024
		),
		wasm_gzip_kb: round(
			wasm.reduce(
				(s, f) => s + gzipSync(readFileSync(join(BUILD, '_app/immutable/assets', f))).length,
				0
			) / 1024
		)
	};
}

// --- cold / warm start ------------------------------------------------------
// The Übersicht, /leerstand and /leerstand/innenstadt (figures prerendered, no engine unless stored tables
// replace the embedded ones), and the Ortskern view at 800 m, whose first chart comes from DuckDB.
// A string, not a function: tsx adds helpers to transpiled functions that don't exist in the page.
const MARKS_SCRIPT = `
	window.__bench = {};
	const check = () => {
		const b = window.__bench;
		const now = performance.now();
		if (!b.firstNumbers && document.querySelector('[data-testid="einwohner"]')?.textContent?.trim()) b.firstNumbers = now;
		if (!b.checked && document.querySelector('[data-testid="chart-summary"][data-checked="true"]')) b.checked = now;
		if (!b.dbReady && document.documentElement?.dataset.db === 'ready') b.dbReady = now;
		if (!b.zensusChart && document.querySelector('[data-testid="size-chart"] rect[data-group]')) b.zensusChart = now;
		if (!b.zensusChecked && document.querySelector('[data-checked="true"] > [data-testid="leerstand-view"]')) b.zensusChecked = now;
		if (!b.chart && document.querySelector('[data-testid="kern-rand-chart"] circle')) b.chart = now;
		if (!b.innenstadtChecked && document.querySelector('[data-checked="true"] > [data-testid="innenstadt-view"]')) b.innenstadtChecked = now;
		if (!b.duckdbChart && document.documentElement?.dataset.innenstadt === 'ready-800' && document.documentElement.dataset.db === 'ready') b.duckdbChart = now;
		if (!b.mapIdle && document.querySelector('[data-map-ready="true"]')) b.mapIdle = now;
		if (!b.mapPicture && document.querySelector('[data-testid="map-preview"] path')) b.mapPicture = now;
		// the marks of either start page are all there, or 20 s have passed
		const page = (b.firstNumbers && b.checked && b.mapPicture) || (b.zensusChart && b.zensusChecked) || (b.chart && b.innenstadtChecked && !location.search) || (b.dbReady && b.duckdbChart);
		if (!page && now < 20000) requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
`;

/** Polls an expression through CDP (page.waitForFunction would need 'unsafe-eval' under our CSP). */
async function poll(page: Page, expression: string, timeout: number) {
	const until = Date.now() + timeout;
	while (!(await page.evaluate(expression))) {
		if (Date.now() > until) throw new Error(`bench: timeout waiting for ${expression}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

const STARTS = {
	// the map is a picture until someone turns to it (then MapLibre starts; see map_restyle)
	uebersicht: { path: '/', marks: ['firstNumbers', 'checked', 'mapPicture'] },
	leerstand: { path: '/leerstand', marks: ['zensusChart', 'zensusChecked'] },
	// the default radius is prerendered; another radius is computed by DuckDB: its first chart
	innenstadt: { path: '/leerstand/innenstadt', marks: ['chart', 'innenstadtChecked'] },
	duckdb: { path: '/leerstand/innenstadt?r=800', marks: ['dbReady', 'duckdbChart'] }
} as const;

async function measureLoad(page: Page, start: keyof typeof STARTS) {
	const { path, marks: wanted } = STARTS[start];
	// Playwright's events include the workers' requests (DuckDB fetches its wasm in one)
	const sizes: Promise<number>[] = [];
	let wasm = 0;
	const onRequest = (r: Request) => void (r.url().endsWith('.wasm') && wasm++);
	const onFinished = (r: Request) =>
		sizes.push(
			r
				.sizes()
				.then((s) => s.responseBodySize + s.responseHeadersSize)
				.catch(() => 0)
		);
	page.on('request', onRequest);
	page.on('requestfinished', onFinished);
	await page.goto(BASE + path, { waitUntil: 'commit' });
	await poll(
		page,
		`!!window.__bench && ${wanted.map((m) => `!!window.__bench.${m}`).join(' && ')}`,
		60_000
	);
	// bytes until the network has rested a moment
	await page.waitForTimeout(500);
	const marks = (await page.evaluate(`({ ...window.__bench, ...Object.fromEntries(
		performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas-db-')).map((m) => [m.name, m.startTime])
	) })`)) as Record<string, number>;
	page.off('request', onRequest);
	page.off('requestfinished', onFinished);
	const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
	return { ...marks, bytes, wasmRequests: wasm };
}

/** set by src/lib/db/browser.ts: when the start was asked for, the wasm compiled, the database open */
const DB_MARKS = ['atlas-db-start', 'atlas-db-instantiated', 'atlas-db-open'];

async function startup(browser: Browser) {
	const out: Record<string, unknown> = {};
	for (const start of Object.keys(STARTS) as (keyof typeof STARTS)[]) {
		const cold: Record<string, number>[] = [];
		const warm: Record<string, number>[] = [];
		for (let i = 0; i < RUNS; i++) {
			const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
			await ctx.addInitScript(MARKS_SCRIPT);
			const page = await ctx.newPage();
			cold.push(await measureLoad(page, start));
			warm.push(await measureLoad(page, start));
			await ctx.close();
		}
		const keys = [...STARTS[start].marks, ...DB_MARKS, 'mapIdle', 'bytes', 'wasmRequests'];
		const summarise = (rows: Record<string, number>[]) =>
			Object.fromEntries(
				[...new Set(keys)].map((k) => [
					k,
					stats(rows.map((r) => r[k] ?? NaN).filter(Number.isFinite))
				])
			);
		out[start] = { cold: summarise(cold), warm: summarise(warm) };
	}
	return out;
}

// --- map restyle ---------------------------------------------------------------
const RESTYLE = `(async () => {
	const map = window.__atlasMap;
	const times = [];
	for (const key of ['einwohner', 'groesse', 'dichte', 'einwohner', 'groesse', 'dichte', 'einwohner']) {
		const input = document.querySelector('input[type="radio"][value="' + key + '"]');
		if (!map || !input) return { error: 'no map or metric input' };
		const t0 = performance.now();
		const idle = new Promise((r) => map.once('idle', r));
		input.click();
		await idle;
		await new Promise((r) => requestAnimationFrame(r));
		times.push(performance.now() - t0);
	}
	return { times, constructed: window.__atlasMapCount };
})()`;

async function restyle(browser: Browser) {
	const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	const page = await ctx.newPage();
	await page.goto(BASE + '/');
	// the pointer over the map's picture starts MapLibre, as a person turning to the map
	await page.locator('[data-testid="atlas-map"]').first().hover();
	await poll(page, '!!document.querySelector(\'[data-map-ready="true"]\')', 60_000);
	const r = (await page.evaluate(RESTYLE)) as {
		times?: number[];
		constructed?: number;
		error?: string;
	};
	await ctx.close();
	if (!r.times) return { error: r.error };
	return { ms: stats(r.times), maps_constructed: r.constructed };
}

// --- Kataster view: filter → repaint ----------------------------------------------
// filter changes by size class, Kreis, year and use (and condition); each toggled on and off again
const CLICKS = KATASTER_CLICKS;

/**
 * `pointer`: the mouse rests 250 ms on a bar before the click, as a person's does (the view computes that
 * bar's figures meanwhile); otherwise the click comes at once, as from a script. `withoutMap`: the page
 * without MapLibre (`?ohnekarte`), to show the software WebGL's share.
 */
async function katasterView(browser: Browser, rows: number, pointer = false, withoutMap = false) {
	const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	const page = await ctx.newPage();
	const t0 = Date.now();
	await page.goto(
		`${BASE}/leerstand/kataster?perf=1&katasterdatei=kataster_${rows}.arrow${withoutMap ? '&ohnekarte' : ''}`
	);
	const measures = "performance.getEntriesByName('kataster-filter').length";
	await poll(page, `${measures} >= 1`, 600_000);
	const firstLoadMs = Date.now() - t0;
	// interaction starts once the view is complete (map idle), as a person would click; maps start
	// when they come near the screen
	if (!withoutMap) {
		await page.locator('[data-testid="atlas-map"]').first().scrollIntoViewIfNeeded();
		await poll(page, '!!document.querySelector(\'[data-map-ready="true"]\')', 120_000);
	}
	await page.evaluate(`(() => {
		window.__longest = 0;
		new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
		window.__idleAt = 0;
		window.__atlasMap?.on('idle', () => { window.__idleAt = performance.now(); });
	})()`);
	const repaint: number[] = [];
	// the map's own work (clustering the new points in its worker, drawing) ends at its next 'idle'
	const mapIdle: number[] = [];
	for (let round = 0; round < Math.max(1, Math.ceil(RUNS / 4)); round++) {
		for (const [dim, key] of CLICKS) {
			const before = (await page.evaluate(measures)) as number;
			const button =
				dim === 'jahr'
					? page.getByTestId('trend').getByRole('button', { name: key, exact: true })
					: page.locator(`[data-testid="facet-${dim}"] button[data-key="${key}"]`);
			if ((await button.count()) === 0) continue;
			if (pointer) {
				await button.hover();
				await page.waitForTimeout(250);
			}
			await button.click();
			await poll(page, `${measures} > ${before}`, 60_000);
			const d = (await page.evaluate(
				"performance.getEntriesByName('kataster-filter').at(-1).duration"
			)) as number;
			repaint.push(d);
			const start = (await page.evaluate(
				"performance.getEntriesByName('kataster-filter').at(-1).startTime"
			)) as number;
			if (!withoutMap)
				await poll(page, `window.__idleAt > ${start + d}`, 60_000).catch(() => undefined);
			await page.waitForTimeout(150);
			const idleAt = (await page.evaluate('window.__idleAt')) as number;
			if (idleAt > start + d) mapIdle.push(idleAt - start);
		}
	}
	const longestTask = (await page.evaluate('window.__longest')) as number;
	await ctx.close();
	return { firstLoadMs, repaint: stats(repaint), mapIdle: stats(mapIdle), longestTask };
}

// --- CSV import through /daten -------------------------------------------------------
function germanCsv(rows: number): string {
	const file = join(GENERATED, `import_${rows}.csv`);
	if (!existsSync(file)) {
		const ags = agsList();
		const uses = [
			'Einzelhandel',
			'Gastronomie',
			'Dienstleistung',
			'Büro',
			'Wohnen im EG',
			'Sonstiges'
		];
		const lines = ['Objekt-ID;AGS;Nutzung;Fläche (m²);leer seit;Zustand'];
		for (let i = 0; i < rows; i++) {
			const d = String(1 + (i % 28)).padStart(2, '0');
			const m = String(1 + (i % 12)).padStart(2, '0');
			lines.push(
				`B-${i};${ags[i % ags.length]};${uses[i % uses.length]};${40 + (i % 400)},5;${d}.${m}.${2010 + (i % 15)};mittel`
			);
		}
		mkdirSync(GENERATED, { recursive: true });
		writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
	}
	return file;
}

function agsList(): string[] {
	return readdirSync(join(BUILD, 'orte'))
		.filter((f) => /^\d{8}\.html$/.test(f))
		.map((f) => f.slice(0, 8));
}

async function importCsv(browser: Browser, rows: number) {
	const file = germanCsv(rows);
	const bytes = readFileSync(file).length;
	const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/daten`);
	await page.locator('input[type=file]').first().waitFor({ state: 'attached', timeout: 60_000 });
	// as a user would: the pointer on the import starts DuckDB while the file is chosen
	await page.locator('section[aria-labelledby="import-h"]').hover();
	await poll(page, "document.documentElement.dataset.db === 'ready'", 60_000);
	const t0 = Date.now();
	await page.locator('input[type=file]').first().setInputFiles(file);
	await page.getByTestId('import-pruefen').click({ timeout: 600_000 });
	await page.getByTestId('import-laden').click({ timeout: 600_000 });
	await page.getByTestId('import-fertig').waitFor({ timeout: 600_000 });
	const seconds = (Date.now() - t0) / 1000;
	await ctx.close();
	return { bytes, seconds, mbPerS: bytes / 1e6 / seconds };
}

if (args.only === 'wire') {
	const server = args.url ? undefined : await serveStatic(BUILD, GENERATED, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	try {
		const rows = await wireBytes(browser, BASE);
		for (const r of rows)
			console.log(
				`${r.route}: ${r.requests} Anfragen, ${round(r.bytes.total / 1024)} KB (${Object.entries(
					r.bytes
				)
					.filter(([k]) => k !== 'total')
					.map(([k, v]) => `${k} ${round(v / 1024)}`)
					.join(
						', '
					)})${r.uncompressed.length ? ' – unkomprimiert: ' + r.uncompressed.join(', ') : ''}`
			);
		console.log(JSON.stringify(rows));
	} finally {
		await browser.close();
		server?.close();
	}
	process.exit(0);
}

if (args.only === 'innenstadt')
	await inBrowser((browser) => innenstadtBrowser(browser, BASE), 'innenstadt');

if (args.only === 'lighthouse') {
	const server = args.url ? undefined : await serveStatic(BUILD, GENERATED, PORT);
	try {
		const routes = args.routes ? args.routes.split(',') : ROUTES;
		const rows = await lighthouse(BASE, routes);
		console.log(
			'| Route | Profil | Score | LCP (ms) | TBT (ms) | CLS |\n| --- | --- | --- | --- | --- | --- |\n' +
				rows
					.map(
						(r) =>
							`| ${r.route} | ${r.preset} | ${r.score} | ${round(r.lcpMs)} | ${round(r.tbtMs)} | ${round(r.cls * 1000) / 1000} |`
					)
					.join('\n')
		);
	} finally {
		server?.close();
	}
	process.exit(0);
}

/** Serves the build (unless --url) and drives one Chromium for `fn`. */
async function inBrowser(fn: (browser: Browser) => Promise<unknown>, label: string) {
	const server = args.url ? undefined : await serveStatic(BUILD, GENERATED, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	try {
		console.log(`${label}:`, JSON.stringify(await fn(browser), null, 1));
	} finally {
		await browser.close();
		server?.close();
	}
	process.exit(0);
}
if (args.only === 'startup') await inBrowser(startup, 'startup (ms)');
if (args.only === 'kataster') await inBrowser(kataster, 'kataster');

if (args.only === 'peers') {
	const server = await serveStatic(BUILD, GENERATED, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	try {
		results.peers = await peers(browser);
	} finally {
		await browser.close();
		server.close();
	}
	const date = new Date().toISOString().slice(0, 10);
	mkdirSync(join(root, 'docs/benchmarks'), { recursive: true });
	writeFileSync(
		join(root, `docs/benchmarks/${date}-peers.json`),
		JSON.stringify({ date, runs: RUNS, rows: ROWS, ...results }, null, '\t') + '\n'
	);
	console.log(peersTable(results.peers as Record<string, PeerRow>));
	process.exit(0);
}

if (args.only === 'import') {
	const server = await serveStatic(BUILD, GENERATED, PORT);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	try {
		for (const rows of ROWS) {
			const runs: Awaited<ReturnType<typeof importCsv>>[] = [];
			for (let i = 0; i < RUNS; i++) runs.push(await importCsv(browser, rows));
			const s = stats(runs.map((r) => r.seconds));
			const mb = runs[0].bytes / 1e6;
			console.log(
				`import ${rows} Zeilen (${round(mb)} MB): Median ${round(s.median)} s = ${round(mb / s.median)} MB/s, p95 ${round(s.p95)} s, min ${round(s.min)} s – ${runs.map((r) => round(r.seconds)).join(' / ')}`
			);
		}
	} finally {
		await browser.close();
		server.close();
	}
	process.exit(0);
}

/** data/generated/kataster_<rows>.arrow, generated (seeded) if missing. */
function generated(rows: number) {
	const file = join(GENERATED, `kataster_${rows}.arrow`);
	if (!existsSync(file)) {
		console.log(`bench: generating ${rows} rows …`);
		const r = spawnSync(
			'npx',
			['tsx', 'scripts/data/kataster.ts', '--rows', String(rows), '--out', file],
			{
				cwd: root,
				stdio: 'inherit'
			}
		);
		if (r.status !== 0) throw new Error(`generator failed for ${rows} rows`);
	}
}

// --- peers: Arquero and Mosaic on the same data (the /bench/peers page) ----------------
async function peers(browser: Browser) {
	if (!existsSync(join(BUILD, 'bench/peers.html')))
		return { skipped: 'no /bench/peers page in this build' };
	const out: Record<string, unknown> = {};
	for (const rows of ROWS) {
		generated(rows);
		// Arquero compiles its expressions with new Function: this context ignores the app's CSP
		const ctx = await browser.newContext({
			locale: 'de-DE',
			timezoneId: 'Europe/Berlin',
			bypassCSP: true
		});
		const page = await ctx.newPage();
		page.on('console', (m) => m.type() === 'error' && console.error('  page:', m.text()));
		await page.goto(`${BASE}/bench/peers?rows=${rows}&passes=${Math.max(1, Math.round(RUNS / 5))}`);
		await poll(page, '!!window.__benchResult', 1_800_000);
		const value = (await page.evaluate('window.__benchResult')) as Record<string, unknown>;
		await ctx.close();
		if (value.error) throw new Error(`peers page: ${value.error}`);
		out[rows] = value;
		const v = value as Record<'ours' | 'arquero' | 'mosaic', { median: number; p95: number }>;
		console.log(
			`  ${rows}: ours ${round(v.ours.median)} / ${round(v.ours.p95)} ms, Mosaic ${round(v.mosaic.median)} / ${round(v.mosaic.p95)}, Arquero ${round(v.arquero.median)} / ${round(v.arquero.p95)}`
		);
	}
	return out;
}

// --- Kataster interaction and baseline (the /bench page) ----------------------
async function kataster(browser: Browser) {
	if (!existsSync(join(BUILD, 'bench.html'))) return { skipped: 'no /bench page in this build' };
	const out: Record<string, unknown> = {};
	for (const rows of ROWS) {
		generated(rows);
		const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
		const page = await ctx.newPage();
		page.on('console', (m) => m.type() === 'error' && console.error('  page:', m.text()));
		await page.goto(`${BASE}/bench?rows=${rows}&runs=${RUNS}`);
		await poll(page, '!!window.__benchResult', 600_000);
		const value = (await page.evaluate('window.__benchResult')) as {
			error?: string;
			equal?: boolean;
		};
		await ctx.close();
		if (value.error) throw new Error(`bench page: ${value.error}`);
		if (value.equal === false) {
			console.error('DuckDB and baseline results differ – aborting');
			process.exit(2);
		}
		let imp: Awaited<ReturnType<typeof importCsv>> | { error: string };
		try {
			imp = await importCsv(browser, rows);
		} catch (e) {
			imp = { error: String(e).slice(0, 300) };
		}
		out[rows] = {
			...value,
			view: await katasterView(browser, rows),
			viewPointer: await katasterView(browser, rows, true),
			viewPointerWithoutMap: await katasterView(browser, rows, true, true),
			import: imp,
			importMBs: 'mbPerS' in imp ? imp.mbPerS : undefined
		};
		console.log(
			`  ${rows}: DuckDB ${round((value as { duck: { median: number } }).duck.median)} ms, Filter→Repaint p95 ${round((out[rows] as { view: { repaint: { p95: number } } }).view.repaint.p95)} ms, nach Zeigen ${round((out[rows] as { viewPointer: { repaint: { p95: number } } }).viewPointer.repaint.p95)} ms`
		);
	}
	return out;
}

// --- main ---------------------------------------------------------------------
const server = await serveStatic(BUILD, GENERATED, PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
	results.initial_js = initialJs();
	console.log('initial JS (gzip, KB):', results.initial_js);
	results.startup = await startup(browser);
	console.log('startup (ms):', JSON.stringify(results.startup, null, 1));
	results.map_restyle = await restyle(browser);
	console.log('map restyle:', JSON.stringify(results.map_restyle));
	results.kataster = await kataster(browser);
	results.peers = await peers(browser);
	console.log('kataster:', JSON.stringify(results.kataster, null, 1));
	results.standort = { node: standortNode(), chromium: await standortChromium(browser) };
	console.log('standort:', JSON.stringify(results.standort));
	results.innenstadt = await innenstadtBrowser(browser, BASE);
	console.log('innenstadt:', JSON.stringify(results.innenstadt));
} finally {
	await browser.close();
	server.close();
}

const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const record = {
	date,
	machine: {
		cores: cpus().length,
		memory_gb: Math.round(totalmem() / 2 ** 30),
		chromium: chromiumVersion,
		node: process.version
	},
	runs: RUNS,
	rows: ROWS,
	...results
};
mkdirSync(join(root, 'docs/benchmarks'), { recursive: true });
writeFileSync(
	join(root, `docs/benchmarks/${date}.json`),
	JSON.stringify(record, null, '\t') + '\n'
);
appendFileSync(join(root, 'docs/benchmarks.md'), renderTable(record));
console.log(`bench: docs/benchmarks/${date}.json geschrieben, docs/benchmarks.md ergänzt`);

function renderTable(r: typeof record): string {
	type Phase = Record<string, { median: number; p95: number }>;
	const st = r.startup as Record<keyof typeof STARTS, { cold: Phase; warm: Phase }>;
	const [u, l, i, d] = [st.uebersicht, st.leerstand, st.innenstadt, st.duckdb];
	const js = r.initial_js as Record<string, number>;
	const line = (label: string, v: { median: number; p95: number } | undefined, goal: string) =>
		`| ${label} | ${v ? round(v.median) : '–'} | ${v ? round(v.p95) : '–'} | ${goal} |\n`;
	let t = `\n## Lauf ${r.date} (${r.machine.cores} Kerne, ${r.machine.memory_gb} GiB, ${r.machine.chromium}, ${r.runs} Läufe)\n\n`;
	t += '| Messgröße | Median | p95 | Ziel |\n| --- | --- | --- | --- |\n';
	t += line('Übersicht kalt: erste Zahlen (ms)', u.cold.firstNumbers, '≤ 1000');
	t += line('Übersicht kalt: Zahlen bestätigt (ms)', u.cold.checked, '');
	t += line('Übersicht kalt: Kartenbild gezeichnet (ms)', u.cold.mapPicture, '');
	t += line('Übersicht kalt: übertragene Bytes', u.cold.bytes, '');
	t += line('Übersicht kalt: WASM-Anfragen', u.cold.wasmRequests, '0');
	t += line('Übersicht warm: erste Zahlen (ms)', u.warm.firstNumbers, '≤ 1000');
	t += line(
		'/leerstand kalt: Größenklassen-Diagramm (vorgerendert, ms)',
		l.cold.zensusChart,
		'≤ 1000'
	);
	t += line('/leerstand kalt: Zahlen bestätigt (ms)', l.cold.zensusChecked, '');
	t += line('/leerstand kalt: übertragene Bytes', l.cold.bytes, '');
	t += line('/leerstand kalt: WASM-Anfragen', l.cold.wasmRequests, '0');
	t += line('/leerstand/innenstadt kalt: Rangliste (vorgerendert, ms)', i.cold.chart, '≤ 1000');
	t += line('/leerstand/innenstadt kalt: Zahlen bestätigt (ms)', i.cold.innenstadtChecked, '');
	t += line('/leerstand/innenstadt kalt: WASM-Anfragen', i.cold.wasmRequests, '0');
	t += line('/leerstand/innenstadt?r=800 kalt: DuckDB bereit (ms)', d.cold.dbReady, '');
	t += line(
		'/leerstand/innenstadt?r=800 kalt: erstes Diagramm aus DuckDB (ms)',
		d.cold.duckdbChart,
		'≤ 1500'
	);
	t += line('/leerstand/innenstadt?r=800 kalt: übertragene Bytes', d.cold.bytes, '');
	t += line(
		'/leerstand/innenstadt?r=800 warm: erstes Diagramm aus DuckDB (ms)',
		d.warm.duckdbChart,
		''
	);
	const sa = r.standort as Record<string, { catchment_update_ms: { median: number; p95: number } }>;
	for (const [where, v] of Object.entries(sa ?? {}))
		t += line(
			`Standort: Einzugsbereich 1/5/10/25/15 km, 16.201 Zellen (${where}, ms)`,
			v.catchment_update_ms,
			'≤ 50 (p95)'
		);
	const mr = r.map_restyle as { ms?: { median: number; p95: number } };
	t += line('Karte: Umfärben nach Kennzahlwechsel bis idle (ms)', mr?.ms, '');
	t += `\nInitiales JS (gzip): ${js.initial_gzip_kb} KB (App ${js.initial_app_kb}, DuckDB ${js.initial_duckdb_kb}, MapLibre ${js.initial_maplibre_kb}); lazy: DuckDB-JS ${js.lazy_duckdb_js_kb} KB + WASM (DuckDB, Parquet) ${js.wasm_gzip_kb} KB, MapLibre ${js.lazy_maplibre_js_kb} KB. Ziel ≤ 250 KB.\n`;
	const k = r.kataster as Record<string, Record<string, unknown>>;
	if (k && !('skipped' in k)) {
		t +=
			'\n| Zeilen | Filter→Repaint Median / p95 (ms) | nach 250 ms Zeigen Median / p95 (ms) | nach Zeigen, ohne Karte Median / p95 (ms) | Filter→Karte idle Median (ms) | DuckDB gruppiert Median (ms) | JS-Baseline Median (ms) | Verhältnis Baseline/DuckDB | JS über Zeilenobjekte Median (ms) | Verhältnis Zeilenobjekte/DuckDB | Import MB/s | längste Task bei Filterwechseln (ms) |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n';
		for (const [rows, v] of Object.entries(k)) {
			const x = v as {
				view?: {
					repaint: { median: number; p95: number };
					mapIdle?: { median: number };
					longestTask?: number;
				};
				viewPointer?: { repaint: { median: number; p95: number } };
				viewPointerWithoutMap?: { repaint: { median: number; p95: number } };
				duck?: { median: number };
				baseline?: { median: number };
				baselineRows?: { median: number };
				importMBs?: number;
				longestTask?: number;
			};
			t += `| ${rows} | ${x.view ? `${round(x.view.repaint.median)} / ${round(x.view.repaint.p95)}` : '–'} | ${x.viewPointer ? `${round(x.viewPointer.repaint.median)} / ${round(x.viewPointer.repaint.p95)}` : '–'} | ${x.viewPointerWithoutMap ? `${round(x.viewPointerWithoutMap.repaint.median)} / ${round(x.viewPointerWithoutMap.repaint.p95)}` : '–'} | ${x.view?.mapIdle?.median ? round(x.view.mapIdle.median) : '–'} | ${x.duck ? round(x.duck.median) : '–'} | ${x.baseline ? round(x.baseline.median) : '–'} | ${x.duck && x.baseline ? round(x.baseline.median / x.duck.median) : '–'} | ${x.baselineRows ? round(x.baselineRows.median) : '–'} | ${x.duck && x.baselineRows ? round(x.baselineRows.median / x.duck.median) : '–'} | ${x.importMBs ? round(x.importMBs) : '–'} | ${x.view?.longestTask !== undefined ? round(x.view.longestTask) : '–'} |\n`;
		}
	}
	if (r.peers && !('skipped' in (r.peers as object)))
		t += '\n' + peersTable(r.peers as Record<string, PeerRow>);
	return t;
}

type PeerStats = { median: number; p95: number };
type PeerRow = {
	ours: PeerStats;
	mosaic: PeerStats;
	arquero: PeerStats;
	yearlyRows: number;
	setupMs: Record<'ours' | 'arquero' | 'mosaic', number>;
};

/** Time per filter change (all view figures), ours vs Mosaic vs Arquero on the same yearly table. */
function peersTable(p: Record<string, PeerRow>): string {
	let t =
		'| Objekte (Zeilen Jahrestabelle) | unsere Median / p95 (ms) | Mosaic Median / p95 (ms) | Arquero Median / p95 (ms) | unsere/Mosaic (Median) | Arquero/unsere (Median) | Vorbereitung unsere / Mosaic / Arquero (ms) |\n| --- | --- | --- | --- | --- | --- | --- |\n';
	for (const [rows, v] of Object.entries(p))
		t += `| ${rows} (${v.yearlyRows}) | ${round(v.ours.median)} / ${round(v.ours.p95)} | ${round(v.mosaic.median)} / ${round(v.mosaic.p95)} | ${round(v.arquero.median)} / ${round(v.arquero.p95)} | ${round(v.ours.median / v.mosaic.median)} | ${round(v.arquero.median / v.ours.median)} | ${round(v.setupMs.ours)} / ${round(v.setupMs.mosaic)} / ${round(v.setupMs.arquero)} |\n`;
	return t;
}
