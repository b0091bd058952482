import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataset, deInt } from './data';
import { expect, figuresChecked, hydrated, norm, test, showMaps } from './fixtures';

interface G {
	ags: string;
	name: string;
	population: number;
	is_stadt: boolean;
	lon: number;
	lat: number;
}
const gemeinden = () => dataset<G>('gemeinden');
const byAgs = (ags: string) => gemeinden().find((g) => g.ags === ags)!;

type W = Window & {
	__atlasMapCount?: number;
	__atlasMap?: {
		project(p: [number, number]): { x: number; y: number };
		getZoom(): number;
		getCenter(): { lng: number; lat: number };
		loaded(): boolean;
		querySourceFeatures(id: string): unknown[];
	};
};

async function mapReady(page: Page) {
	await showMaps(page, page.locator('main'));
	await expect(page.locator('[data-testid="atlas-map"][data-map-ready="true"]')).toHaveCount(1, {
		timeout: 30_000
	});
}

/** Share of canvas pixels whose colour is one of the legend colours (read from the WebGL canvas). */
async function legendPixelShare(page: Page): Promise<number> {
	return page.evaluate(() => {
		const swatches = [
			...document.querySelectorAll<HTMLElement>('[data-testid="map-legend"] .swatch')
		];
		const colors = swatches.map((s) =>
			getComputedStyle(s).backgroundColor.match(/\d+/g)!.map(Number)
		);
		const src = document.querySelector<HTMLCanvasElement>('[data-testid="atlas-map"] canvas')!;
		const c = document.createElement('canvas');
		c.width = src.width;
		c.height = src.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(src, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let hit = 0;
		for (let i = 0; i < d.length; i += 16) {
			if (
				colors.some(
					([r, g, b]) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) < 12
				)
			)
				hit++;
		}
		return hit / (d.length / 16);
	});
}

test('the state map: choropleth pixels, tooltip, metric switch, table, exports, basemap opt-in', async ({
	page,
	guard
}) => {
	await page.goto('/');
	await mapReady(page);
	const [created, firstIdle] = await page.evaluate(() =>
		['atlas-map-create', 'atlas-map-idle'].map((n) => performance.getEntriesByName(n)[0].startTime)
	);
	const timing = `first idle ${Math.round(firstIdle)} ms after navigation start, ${Math.round(firstIdle - created)} ms after the map was constructed`;
	test.info().annotations.push({ type: 'state map', description: timing });
	console.log(`state map: ${timing}`);

	await figuresChecked(page);
	await expect(page.getByTestId('map-legend')).toContainText('Bevölkerungsdichte');
	await expect.poll(() => legendPixelShare(page), { timeout: 15_000 }).toBeGreaterThan(0.15);
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						performance
							.getEntriesByType('resource')
							.filter((e) => /noto-sans-latin-400-normal.*\.woff2/.test(e.name)).length
				),
			{ message: 'labels use the self-hosted font' }
		)
		.toBeGreaterThan(0);

	const erfurt = byAgs('16051000');
	const pt = await page.evaluate(([lon, lat]) => (window as W).__atlasMap!.project([lon, lat]), [
		erfurt.lon,
		erfurt.lat
	] as [number, number]);
	await page.getByTestId('atlas-map').scrollIntoViewIfNeeded();
	const box = (await page.getByTestId('atlas-map').boundingBox())!;
	await page.mouse.move(box.x + pt.x, box.y + pt.y);
	const tip = page.getByTestId('map-tooltip');
	await expect(tip).toContainText('Erfurt');
	await expect(tip).toContainText('Bevölkerungsdichte');
	await expect(tip).toContainText('Stand:');

	await page.getByRole('radio', { name: 'Einwohner', exact: true }).check();
	await expect(page.getByTestId('map-legend')).toContainText('Einwohner (EW)');
	await expect(page).toHaveURL(/metrik=einwohner/);
	await expect.poll(() => legendPixelShare(page)).toBeGreaterThan(0.15);
	expect(await page.evaluate(() => (window as W).__atlasMapCount)).toBe(1);

	await page.getByRole('button', { name: 'Als Tabelle' }).click();
	await expect(page.locator('[data-testid="map-table"] tbody tr')).toHaveCount(gemeinden().length);
	await page.getByRole('button', { name: 'Einwohner', exact: true }).click();
	await expect(page.locator('[data-testid="map-table"] th[aria-sort="descending"]')).toHaveCount(1);
	const top = [...gemeinden()].sort((a, b) => b.population - a.population)[0];
	await expect(page.locator('[data-testid="map-table"] tbody tr').first()).toContainText(top.name);
	await expect(page.locator('[data-testid="map-table"] tbody tr').first()).toContainText(
		deInt(top.population)
	);

	const [png] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Bild (PNG)' }).click()
	]);
	const bytes = readFileSync((await png.path())!);
	const canvasHeight = await page
		.locator('[data-testid="atlas-map"] canvas')
		.evaluate((c: HTMLCanvasElement) => c.height);
	expect(bytes.readUInt32BE(16)).toBeGreaterThan(0);
	expect(bytes.readUInt32BE(20)).toBeGreaterThan(canvasHeight);
	const distinct = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < d.length; i += 40) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
		return seen.size;
	}, bytes.toString('base64'));
	expect(distinct).toBeGreaterThan(20);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Werte (CSV)' }).click()
	]);
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const lines = text.trim().split('\r\n').slice(3);
	expect(lines).toHaveLength(gemeinden().length + 1);
	expect(lines[0]).toContain('AGS;Gemeinde;Kreis;Einwohner (EW);Hinweis;Quelle');

	await page.getByRole('button', { name: 'Hintergrundkarte (online) …' }).click();
	await expect(page.getByRole('group', { name: 'Hinweis zur Hintergrundkarte' })).toContainText(
		'sgx.geodatenzentrum.de'
	);
	await page.getByRole('button', { name: 'Abbrechen' }).click();
	expect(await page.evaluate(() => localStorage.getItem('atlas.basemap'))).toBeNull();
	expect(guard.foreignRequests, 'no foreign request while the basemap is off').toEqual([]);

	// opt-in: tiles come from the one allowed host (answered locally here), the CSP lets them through
	const tile = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	);
	await page.route('https://sgx.geodatenzentrum.de/**', (route) =>
		route.fulfill({
			body: tile,
			contentType: 'image/png',
			headers: { 'access-control-allow-origin': '*' }
		})
	);
	await page.getByRole('button', { name: 'Hintergrundkarte (online) …' }).click();
	const firstTile = page.waitForRequest(/sgx\.geodatenzentrum\.de/);
	await page.getByRole('button', { name: 'Einschalten' }).click();
	await firstTile;
	await expect(page.getByTestId('uebersicht-karte')).toContainText('© basemap.de / BKG');
	expect(await page.evaluate(() => localStorage.getItem('atlas.basemap'))).toBe('an');
	await page.getByRole('button', { name: 'Hintergrundkarte ausschalten' }).click();
	expect(await page.evaluate(() => localStorage.getItem('atlas.basemap'))).toBeNull();
	expect(guard.foreignRequests.every((u) => u.startsWith('https://sgx.geodatenzentrum.de/'))).toBe(
		true
	);
	guard.foreignRequests.length = 0;
});

test('search "jena" → Enter → profile with its Einwohner; the 404 page and the header search too', async ({
	page,
	guard
}) => {
	const jena = byAgs('16053000');
	await page.goto('/');
	await hydrated(page);
	const box = page.getByRole('combobox', { name: 'Gemeinde suchen' });
	await box.fill('jena');
	await expect(
		page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
	).toContainText('Jena');
	await box.press('Enter');
	await expect(page).toHaveURL(/ort=16053000/);
	await expect(page.getByTestId('ort-einwohner')).toHaveText(deInt(jena.population));
	await page.getByRole('link', { name: 'Ortsprofil öffnen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jena');
	await expect(page.getByTestId('einwohner')).toHaveText(deInt(jena.population));
	// the locator is drawn at build time (no map engine): the town's outline, its name, a way back to the map
	const lage = page.getByTestId('lagekarte');
	await expect(lage.getByTestId('lage-ort')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
	await expect(lage.locator('title')).toContainText('Lage von Jena in Thüringen');
	await expect(lage.locator('text.name')).toHaveText('Jena');
	await page.getByRole('link', { name: 'Jena auf der Karte der Übersicht zeigen' }).click();
	await expect(page).toHaveURL(/\/\?ort=16053000$/);
	await expect(page.getByTestId('ort-einwohner')).toHaveText(deInt(jena.population));
	await mapReady(page);

	guard.allowConsole.push(/404|Failed to load resource/);
	await page.goto('/orte/99999999');
	const search404 = page.getByRole('combobox', { name: 'Gemeinde suchen' });
	await search404.fill('poessneck');
	await expect(
		page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
	).toContainText('Pößneck');
	await search404.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pößneck');

	// every other page has the town search in its header, loaded only when opened
	const toggle = page.getByRole('button', { name: 'Ortssuche' });
	await toggle.click();
	const head = page.getByRole('combobox', { name: 'Ortsprofil einer Gemeinde suchen' });
	await expect(head).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(head).toHaveCount(0);
	await expect(toggle).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.type('weimar');
	await expect(
		page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
	).toContainText('Weimar');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/orte\/16055000/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(byAgs('16055000').name);
	await expect(head).toHaveCount(0);
});

test('URL round-trip: metric, town and view survive a reload; Kreis-level choropleth', async ({
	page
}) => {
	await page.goto('/?metrik=kreisdichte&ort=16051000&karte=11.0300,50.9800,9.00');
	// a view in the address needs the map itself: it starts on screen, without the mouse over it
	await page.getByTestId('atlas-map').scrollIntoViewIfNeeded();
	await expect(page.getByTestId('atlas-map')).toHaveAttribute('data-map-ready', /.+/);
	await mapReady(page);
	await expect(page.getByRole('radio', { name: 'Einwohner je km² der Kreise' })).toBeChecked();
	await figuresChecked(page);
	await expect(page.getByTestId('ausgewaehlter-ort')).toContainText('Erfurt');
	expect(await page.evaluate(() => (window as W).__atlasMap!.getZoom())).toBeCloseTo(9, 1);
	await expect(page.getByTestId('map-legend')).toContainText('Bevölkerungsdichte der Kreise');
	await expect.poll(() => legendPixelShare(page)).toBeGreaterThan(0.5);
	await page.getByRole('button', { name: 'Als Tabelle' }).click();
	await expect(page.locator('[data-testid="map-table"] tbody tr')).toHaveCount(
		dataset('kreise').length
	);

	await page.locator('[data-testid="atlas-map"] canvas').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).not.toHaveURL(/karte=11\.0300,50\.9800,9\.00/);
	const url = page.url();
	const karte = new URL(url).searchParams.get('karte')!;
	expect(new URL(url).searchParams.get('metrik')).toBe('kreisdichte');

	await page.reload();
	await mapReady(page);
	const [lon, lat, zoom] = karte.split(',').map(Number);
	const v = await page.evaluate(() => {
		const m = (window as W).__atlasMap!;
		return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
	});
	expect(v.lon).toBeCloseTo(lon, 3);
	expect(v.lat).toBeCloseTo(lat, 3);
	expect(v.zoom).toBeCloseTo(zoom, 2);
	expect(norm(await page.getByTestId('ausgewaehlter-ort').textContent())).toContain('Erfurt');
});

test('header search: what is typed before the search box has loaded is kept and searched', async ({
	page
}) => {
	// the search box's code (bits-ui) comes late: meanwhile a plain field takes the keystrokes
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('scrollHighlightedNodeIntoView'))
			await new Promise((r) => setTimeout(r, 1_500));
		await route.fulfill({ response, body });
	});
	await page.goto('/kennzahlen');
	await hydrated(page);
	await page.getByRole('button', { name: 'Ortssuche' }).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.type('erf');
	const box = page.getByRole('combobox', { name: 'Ortsprofil einer Gemeinde suchen' });
	await expect(box).toBeFocused({ timeout: 15_000 });
	await expect(box).toHaveValue('erf');
	const erfurt = byAgs('16051000');
	await expect(
		page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
	).toContainText(erfurt.name);
	await page.keyboard.type('u');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/orte/${erfurt.ags}$`));
});

test('Übersicht: the map first shows its build-time picture in the legend colours; MapLibre starts when someone turns to it', async ({
	page
}) => {
	const engine: string[] = [];
	page.on('request', (r) => {
		if (/maplibre/i.test(r.url())) engine.push(r.url());
	});
	await page.goto('/');
	await figuresChecked(page);
	const map = page.getByTestId('atlas-map');
	await map.scrollIntoViewIfNeeded();
	const preview = page.getByTestId('map-preview');
	await expect(preview).toBeVisible();
	// the towns the map shows, as points
	const stadt = gemeinden().filter((g) => g.is_stadt).length;
	expect(stadt).toBeGreaterThan(10);
	await expect(preview.locator('circle')).toHaveCount(stadt);
	// every Gemeinde drawn, each in a legend colour (or the neutral fill of the gemeindefreie Fläche)
	const fills = await preview
		.locator('path[data-id]')
		.evaluateAll((ps) => ps.map((p) => getComputedStyle(p).fill));
	expect(fills.length).toBe(gemeinden().length + 1);
	const legend = await page
		.locator('[data-testid="map-legend"] .swatch')
		.evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
	const shares = fills.filter((f) => legend.includes(f)).length / fills.length;
	expect(shares).toBeGreaterThan(0.99);
	await page.waitForTimeout(1000);
	expect(engine, 'no map engine for a look').toEqual([]);
	await expect(map).not.toHaveAttribute('data-map-ready');

	// the mouse over the map starts it; once drawn, the picture gives way to it
	await map.hover();
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
	await expect(preview).toHaveCount(0);
	expect(engine.length).toBeGreaterThan(0);
	await expect.poll(() => legendPixelShare(page), { timeout: 15_000 }).toBeGreaterThan(0.15);

	// from the keyboard: the toolbar comes first; focus there starts the map, the picture is focusable too
	await page.reload();
	await map.scrollIntoViewIfNeeded();
	await expect(preview).toBeVisible();
	await expect(map).toHaveAttribute('tabindex', '0');
	await page.getByRole('button', { name: 'Ganz Thüringen' }).focus();
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });

	// focus on the picture itself starts the map and moves on to the map's canvas
	await page.reload();
	await map.scrollIntoViewIfNeeded();
	await expect(map).toHaveAttribute('tabindex', '0');
	await map.focus();
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
	await expect
		.poll(() =>
			page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))
		)
		.toBe(true);
});

test('on a phone a tap on the map picture starts the map', async ({ browser, baseURL }) => {
	const context = await browser.newContext({
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	try {
		await page.goto('/');
		await figuresChecked(page);
		const map = page.getByTestId('atlas-map');
		await map.scrollIntoViewIfNeeded();
		await expect(page.getByTestId('map-preview')).toBeVisible();
		await page.waitForTimeout(500);
		await expect(map).not.toHaveAttribute('data-map-ready');
		await map.tap();
		await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
		await expect(page.getByTestId('map-preview')).toHaveCount(0);
	} finally {
		await context.close();
	}
});
