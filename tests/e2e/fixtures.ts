import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Guard {
	foreignRequests: string[];
	consoleErrors: string[];
	cspViolations: string[];
	/** Allow console errors matching these patterns in this test (e.g. a deliberately broken input). */
	allowConsole: RegExp[];
}

/**
 * `page` with guards: the test fails if the page contacted a host other than our own,
 * logged a console error, or violated the CSP.
 */
export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const own = new URL(baseURL!).host;
			const guard: Guard = {
				foreignRequests: [],
				consoleErrors: [],
				cspViolations: [],
				allowConsole: []
			};
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
				if (url.host !== own) guard.foreignRequests.push(req.url());
			});
			page.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				const text = msg.text();
				if (/Content Security Policy/i.test(text)) guard.cspViolations.push(text);
				else guard.consoleErrors.push(text);
			});
			page.on('pageerror', (err) => guard.consoleErrors.push(`pageerror: ${err.message}`));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(
						`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`
					);
				});
			});
			await use(guard);
			expect(guard.foreignRequests, 'requests to foreign hosts').toEqual([]);
			expect(guard.cspViolations, 'CSP violations').toEqual([]);
			const errors = guard.consoleErrors.filter((t) => !guard.allowConsole.some((r) => r.test(t)));
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Normalises Intl output (narrow no-break spaces etc.) for string comparison. */
export const norm = (s: string | null | undefined) =>
	(s ?? '')
		.replace(/[\u202f\u00a0]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The URLs of DuckDB's files (wasm, worker) the page requests from now on: empty while no engine starts. */
export function engineRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (/duckdb/.test(r.url())) urls.push(r.url());
	});
	return urls;
}

/**
 * The app's scripts loaded so far that carry Apache Arrow (its IPC magic „ARROW1“): asking the store
 * whether a table is replaced must not need it. Call before `goto`; await the returned function.
 */
export function arrowScripts(page: Page): () => Promise<string[]> {
	const found: Promise<string | null>[] = [];
	page.on('response', (r) => {
		// the page's own scripts (a worker's body cannot be read here)
		if (/\/_app\/immutable\/(chunks|entry|nodes)\//.test(r.url()))
			found.push(
				r.text().then(
					(t) => (t.includes('ARROW1') ? r.url() : null),
					() => `${r.url()} (nicht lesbar)`
				)
			);
	});
	return async () => {
		expect(found.length, 'scripts of the app seen').toBeGreaterThan(0);
		return (await Promise.all(found)).filter((u): u is string => u !== null);
	};
}

/** Waits until the in-browser DuckDB has answered (the app sets data-db="ready"). */
export async function dbReady(page: Page) {
	await expect(page.locator('html[data-db="ready"]')).toHaveCount(1, { timeout: 90_000 });
}

/**
 * Prerendered figures are current (`data-checked`): nothing stored or published replaces the embedded
 * tables, or DuckDB's answer stands in their place (Übersicht, unfiltered Maßnahmen).
 */
export async function figuresChecked(page: Page) {
	await expect(page.locator('[data-checked="true"]').first()).toBeAttached({ timeout: 90_000 });
}

/**
 * Puts a table into the app's local store (IndexedDB, as src/lib/store/idb.ts keeps it), as an import
 * would; the next page load restores it over the embedded table. Call on a page of the app.
 */
export async function storeTable(page: Page, name: string, ipc: Uint8Array) {
	await page.evaluate(
		async ({ name, bytes }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('innenstadt-atlas', 1);
				open.onupgradeneeded = () =>
					open.result.createObjectStore('tables', { keyPath: 'meta.name' });
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const tx = db.transaction('tables', 'readwrite');
			const meta = {
				name,
				flag: 'user',
				source: 'Test',
				updated: new Date().toISOString(),
				version: 1
			};
			tx.objectStore('tables').put({ meta, data: { kind: 'arrow', ipc: new Uint8Array(bytes) } });
			await new Promise((r) => (tx.oncomplete = r));
			db.close();
		},
		{ name, bytes: [...ipc] }
	);
}

/**
 * Every section of the page (a town profile, /leerstand) shows current figures: prerendered, or DuckDB's
 * where stored or published tables replace the embedded ones.
 */
export async function sectionsChecked(page: Page) {
	await expect(page.locator('main [data-checked]').first()).toBeAttached({ timeout: 90_000 });
	await expect(page.locator('main [data-checked="false"]')).toHaveCount(0, { timeout: 90_000 });
}

/** /kennzahlen and /bericht have computed their figures (from the prerendered seed, or DuckDB's). */
export async function kpiReady(page: Page) {
	await expect(
		page.locator('[data-testid="kpi-ready"], [data-testid="report"]').first()
	).toBeAttached({ timeout: 90_000 });
}

/** Waits until the page is hydrated (event handlers attached), e.g. before setting input files. */
export async function hydrated(page: Page) {
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 90_000 });
}

/**
 * Maps start when they come near the screen, a map with a preview when the mouse comes over it
 * (`data-map-ready` is set once a map starts, "true" once it has drawn). Scrolls to each map of the
 * page (or of `scope`) that has not started, until `until` maps are left: not started ('started') or
 * not yet drawn ('drawn').
 */
export async function showMaps(
	page: Page,
	scope?: Locator,
	until: 'started' | 'drawn' = 'started'
) {
	const root = scope ?? page.locator('body');
	// a given scope has a map; it may still be on its way
	if (scope) await expect(root.locator('[data-testid="atlas-map"]').first()).toBeAttached();
	const waiting = root.locator('[data-testid="atlas-map"]:not([data-map-ready])');
	const left = root.locator(
		until === 'started'
			? '[data-testid="atlas-map"]:not([data-map-ready])'
			: '[data-testid="atlas-map"]:not([data-map-ready="true"])'
	);
	await expect
		.poll(
			async () => {
				// evaluateAll does not wait: the map may start (and stop matching) meanwhile; a map with a
				// preview starts when the mouse comes over it
				await waiting.evaluateAll((els) => {
					els[0]?.scrollIntoView({ block: 'center' });
					els[0]?.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
				});
				return left.count();
			},
			{ message: `maps ${until}`, timeout: 60_000 }
		)
		.toBe(0);
}

/** The route's ready state: DuckDB answered, every map idle once, no loading message left. */
export async function settle(page: Page) {
	// old Kataster links are redirected once the app runs
	if (new URL(page.url()).searchParams.get('ansicht') === 'kataster')
		await page.waitForURL(/\/leerstand\/kataster/);
	const path = new URL(page.url()).pathname;
	if (path === '/daten') await expect(page.getByTestId('katalog')).toBeVisible({ timeout: 30_000 });
	// these need DuckDB only where stored or published tables replace the embedded ones
	else if (path === '/' || path === '/massnahmen') await figuresChecked(page);
	else if (path === '/kennzahlen' || path === '/bericht') await kpiReady(page);
	else if (
		path.startsWith('/orte/') ||
		path === '/leerstand' ||
		path === '/leerstand/innenstadt' ||
		path === '/klima'
	)
		await sectionsChecked(page);
	else await dbReady(page);
	const loading = page.locator(
		'[role="status"].loading, [role="status"]:has-text("geladen …"), [role="status"]:has-text("startet"), [aria-busy="true"]'
	);
	await expect(loading, 'loading states gone').toHaveCount(0, { timeout: 30_000 });
	// the panels are complete now, with every map they hold
	await showMaps(page, undefined, 'drawn');
	await expect(loading, 'loading states gone').toHaveCount(0, { timeout: 30_000 });
}
