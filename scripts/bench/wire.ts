import type { Browser, Request } from 'playwright-core';

/** The main routes, as in the Lighthouse runs. */
export const ROUTES = [
	'/',
	'/leerstand',
	'/klima',
	'/kennzahlen',
	'/orte/16053000',
	'/massnahmen',
	'/daten',
	'/bericht'
];

const kindOf = (url: string) => {
	const path = new URL(url).pathname;
	if (path.endsWith('.wasm')) return 'wasm';
	if (/\.(m?js)$/.test(path)) return 'js';
	if (/\.(arrow|geojson|json|csv|parquet)$/.test(path)) return 'data';
	if (/\.(css|woff2?)$/.test(path)) return 'css_fonts';
	return 'html_other';
};

export interface WireRow {
	route: string;
	requests: number;
	/** Bytes on the wire (headers + encoded body), by kind. */
	bytes: Record<string, number> & { total: number };
	/** Requests answered without Content-Encoding although over 1 KB (candidates for compression). */
	uncompressed: string[];
}

/**
 * Loads each route in a fresh context (cold cache), waits until the network is quiet for 1,5 s
 * (DuckDB's wasm and data included: its worker's requests count for the page) and sums the bytes.
 */
export async function wireBytes(browser: Browser, base: string, routes = ROUTES) {
	const rows: WireRow[] = [];
	for (const route of routes) {
		const ctx = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
		const page = await ctx.newPage();
		const pending = new Set<Request>();
		const done: Promise<void>[] = [];
		const bytes: WireRow['bytes'] = { total: 0 };
		const uncompressed: string[] = [];
		let requests = 0;
		let last = Date.now();
		page.on('request', (r) => {
			pending.add(r);
			last = Date.now();
		});
		const finish = (r: Request) => {
			pending.delete(r);
			last = Date.now();
			done.push(
				(async () => {
					const response = await r.response();
					if (!response) return;
					const sizes = await r.sizes();
					const n = sizes.responseBodySize + sizes.responseHeadersSize;
					const kind = kindOf(r.url());
					bytes[kind] = (bytes[kind] ?? 0) + n;
					bytes.total += n;
					requests++;
					const headers = await response.allHeaders();
					if (!headers['content-encoding'] && sizes.responseBodySize > 1024)
						uncompressed.push(`${new URL(r.url()).pathname} (${sizes.responseBodySize})`);
				})().catch(() => undefined)
			);
		};
		page.on('requestfinished', finish);
		page.on('requestfailed', (r) => pending.delete(r));
		// a worker ended right after its answer (the Datenstand check's 404) reports no end of its request
		page.on('response', (r) => {
			if (r.status() >= 400) pending.delete(r.request());
		});
		await page.goto(base + route, { waitUntil: 'load' });
		const until = Date.now() + 90_000;
		while (Date.now() < until && (pending.size > 0 || Date.now() - last < 1500))
			await new Promise((r) => setTimeout(r, 100));
		await Promise.all(done);
		rows.push({ route, requests, bytes, uncompressed });
		await ctx.close();
	}
	return rows;
}
