/**
 * Screenshots of every main route at phone (360 × 740) and desktop (1400 × 900) size into
 * docs/screenshots/, from the built app (`npm run build` first). Usage: `npm run screenshots [-- --port 4170] [--only /klima | --only dialog]`;
 * also the confirmation dialog, open.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const args = process.argv.slice(2);
const opt = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(opt('port') ?? 4170);
const only = opt('only');
const out = opt('out') ?? 'docs/screenshots';

export const ROUTES = [
	'/',
	'/leerstand',
	'/leerstand/kataster',
	'/leerstand/innenstadt',
	'/klima',
	'/klima?modus=planung',
	'/kennzahlen',
	'/bericht',
	'/massnahmen',
	'/daten',
	'/orte/16053000',
	'/orte/16075085'
];
const SIZES = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1400, height: 900 }
];

const slug = (r: string) => r.replace(/^\//, '').replace(/[/?=&]+/g, '_') || 'uebersicht';

async function waitUp(url: string) {
	for (let i = 0; i < 360; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			if (server.exitCode !== null) throw new Error(`Vorschau beendet (Code ${server.exitCode})`);
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`Vorschau unter ${url} nicht erreichbar`);
}

const server = spawn(
	'npx',
	['vite', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'],
	{
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true
	}
);
try {
	const base = `http://127.0.0.1:${port}`;
	await waitUp(base);
	mkdirSync(out, { recursive: true });
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	for (const route of ROUTES.filter((r) => !only || r === only)) {
		for (const size of SIZES) {
			const page = await browser.newPage({
				viewport: { width: size.width, height: size.height },
				locale: 'de-DE',
				timezoneId: 'Europe/Berlin',
				reducedMotion: 'reduce'
			});
			const res = await page.goto(base + route);
			if (!res?.ok()) {
				console.log(`${route}: HTTP ${res?.status()} – übersprungen`);
				await page.close();
				continue;
			}
			const settled = (maps: boolean) =>
				page.waitForFunction(
					(maps) =>
						document.documentElement.dataset.hydrated === 'true' &&
						!document.querySelector('[data-loading], .loading') &&
						(!maps ||
							// a grid map says so once its cells (from DuckDB) are drawn
							(!document.querySelector('[data-testid="ortskern-karte"]:not([data-grid-painted])') &&
								[...document.querySelectorAll('[data-testid="atlas-map"]')].every(
									(m) => (m as HTMLElement).dataset.mapReady === 'true'
								))),
					maps,
					{ timeout: 90_000 }
				);
			// the screenshot shows the page once its figures are current (DuckDB answered, or confirmed embedded)
			await page
				.locator(
					'html[data-db="ready"], [data-checked="true"], [data-testid="kpi-ready"], [data-testid="report"]'
				)
				.first()
				.waitFor({ state: 'attached', timeout: 20_000 })
				.catch(() => {});
			await settled(false).catch(() => {});
			// maps start when they come near the screen: each one that has not started into view
			for (let i = 0; i < 10; i++) {
				const waiting = page.locator('[data-testid="atlas-map"]:not([data-map-ready])');
				if (!(await waiting.count())) break;
				await waiting.evaluateAll((els) => els[0]?.scrollIntoView({ block: 'center' }));
				await page.waitForTimeout(300);
			}
			await settled(true).catch(() =>
				console.log(`${route} (${size.name}): nicht vollständig geladen`)
			);
			await page.waitForTimeout(500);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			const file = join(out, `${slug(route)}-${size.name}.png`);
			try {
				await page.screenshot({ path: file, fullPage: true, timeout: 120_000 });
				console.log(`${file}${overflow > 0 ? `  (${overflow} px zu breit)` : ''}`);
			} catch (e) {
				console.log(`${file}: kein Bild (${e instanceof Error ? e.message.split('\n')[0] : e})`);
			}
			await page.close();
		}
	}
	// the confirmation dialog, open (the screen as the user sees it, not the whole page)
	for (const size of only && only !== 'dialog' ? [] : SIZES) {
		const page = await browser.newPage({
			viewport: { width: size.width, height: size.height },
			locale: 'de-DE',
			timezoneId: 'Europe/Berlin',
			reducedMotion: 'reduce'
		});
		await page.goto(`${base}/klima?modus=planung`);
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Alles zurücksetzen' }).click();
		await page.getByRole('alertdialog').waitFor();
		const file = join(out, `dialog_bestaetigung-${size.name}.png`);
		await page.screenshot({ path: file });
		console.log(file);
		await page.close();
	}
	await browser.close();
} finally {
	if (server.pid) process.kill(-server.pid);
}
