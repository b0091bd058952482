/**
 * The Ortskern view in Chromium (issue #20): radius slider → ranking repainted and town map's 100 m grid
 * drawn (ms from the change to each), and main-thread long tasks (> 50 ms) while the grid map is
 * dragged at town zoom. Part of `npm run bench`, or alone: `npm run bench -- --only innenstadt`.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { summary } from './stats.ts';

// not the default radius: its figures are prerendered and need no engine
const RADII = [300, 600, 900, 1200, 1500, 400, 700, 1000, 1300, 1100];

const stats = (xs: number[]) => summary(xs, 1);

const PAINTED = '[data-testid="ortskern-karte"][data-grid-painted="true"]';

async function ready(page: Page, radius: number, withMap: boolean) {
	await page.waitForFunction(
		([r, sel, map]) =>
			document.documentElement.dataset.innenstadt === `ready-${r}` &&
			(!map || !!document.querySelector(sel)),
		[radius, PAINTED, withMap] as const,
		{ timeout: 90_000, polling: 50 }
	);
}

async function radiusChanges(page: Page, withMap: boolean, rounds: number) {
	const ranking: number[] = [];
	const map: number[] = [];
	for (let i = 0; i < rounds; i++)
		for (const r of RADII) {
			const t = (await page.evaluate(`(${CHANGE})(${r}, ${withMap})`)) as {
				ranking: number | null;
				map: number | null;
			};
			if (t.ranking !== null) ranking.push(t.ranking);
			if (t.map !== null) map.push(t.map);
			await page.waitForTimeout(150);
		}
	return { ranking, map };
}

/** One radius change in the page: ms until the ranking is drawn and until the grid map is painted. */
const CHANGE = `async (r, withMap) => {
	const input = document.querySelector('[data-testid="radius"]');
	const t0 = performance.now();
	input.value = String(r);
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.dispatchEvent(new Event('change', { bubbles: true }));
	let ranking = null;
	for (;;) {
		await new Promise((res) => requestAnimationFrame(res));
		const t = performance.now() - t0;
		if (ranking === null && document.documentElement.dataset.innenstadt === 'ready-' + r) ranking = t;
		if (ranking !== null && !withMap) return { ranking, map: null };
		if (ranking !== null && document.querySelector('${PAINTED}')) return { ranking, map: t };
		if (t > 30000) return { ranking, map: null };
	}
}`;

/** Four drags across the map's canvas (120 mouse steps); long tasks seen meanwhile. */
async function pan(page: Page, canvas: Locator) {
	await page.evaluate(() => {
		const w = window as unknown as { __longTasks: number[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longTasks.push(e.duration);
		}).observe({ type: 'longtask' });
	});
	await canvas.scrollIntoViewIfNeeded();
	const box = (await canvas.boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const t0 = Date.now();
	for (let pass = 0; pass < 4; pass++) {
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		const dir = pass % 2 ? -1 : 1;
		for (let s = 1; s <= 30; s++) await page.mouse.move(cx + dir * s * 6, cy + dir * s * 3);
		await page.mouse.up();
	}
	const ms = Date.now() - t0;
	await page.waitForTimeout(500);
	const longTasks = (await page.evaluate('window.__longTasks')) as number[];
	return {
		ms,
		long_tasks: longTasks.length,
		longest_ms: Math.round(Math.max(0, ...longTasks)),
		over_50ms: longTasks.filter((d) => d > 50).length
	};
}

export async function innenstadtBrowser(browser: Browser, base: string, rounds = 2) {
	const ctx = await browser.newContext({
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1400, height: 900 }
	});
	const page = await ctx.newPage();
	try {
		// the map switched off (bench-only ?ohnekarte): what the ranking costs without software WebGL
		// the default radius is prerendered: start on another one, so DuckDB runs before the first change
		await page.goto(`${base}/leerstand/innenstadt?ohnekarte&r=1500`);
		await ready(page, 1500, false);
		const bare = await radiusChanges(page, false, rounds);
		await page.goto(`${base}/leerstand/innenstadt`);
		// maps start when they come near the screen
		await page.locator('[data-testid="ortskern-karte"]').scrollIntoViewIfNeeded();
		await ready(page, 500, true);
		const { ranking, map } = await radiusChanges(page, true, rounds);

		// drag the town map (100 m grid) and record long tasks on the main thread
		const town = await pan(page, page.locator('[data-testid="ortskern-karte"] canvas').first());

		// the same on the state map at zoom 13 over Pößneck, where panning reads new grid windows
		await page.goto(`${base}/leerstand`);
		await page.locator('[data-testid="atlas-map"]').first().scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-testid="leerstand-karte"] [data-map-ready="true"]', {
			timeout: 90_000
		});
		await page.evaluate(() =>
			(window as unknown as { __atlasMap: { jumpTo(o: object): void } }).__atlasMap.jumpTo({
				center: [11.6003, 50.6893],
				zoom: 13
			})
		);
		await page.waitForSelector('[data-testid="gitter100"][data-zellen]', { timeout: 60_000 });
		const state = await pan(page, page.locator('[data-testid="leerstand-karte"] canvas').first());

		// baseline: the Übersicht map (no grid) at the same place and zoom
		await page.goto(`${base}/?karte=11.6003,50.6893,13.00`);
		await page.waitForSelector('[data-map-ready="true"]', { timeout: 90_000 });
		const plain = await pan(page, page.locator('.maplibregl-canvas').first());
		return {
			radius_changes: ranking.length,
			ranking_ohne_karte_ms: stats(bare.ranking),
			ranking_ms: stats(ranking),
			map_ms: stats(map),
			pan_ortskernkarte: town,
			pan_landeskarte_100m: state,
			pan_uebersicht_ohne_gitter: plain
		};
	} finally {
		await ctx.close();
	}
}
