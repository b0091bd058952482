import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { STATION_FARBE } from '../../src/lib/map/palette';
import { dataset } from './data';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import {
	arrowScripts,
	engineRequests,
	expect,
	norm,
	sectionsChecked,
	showMaps,
	storeTable,
	test
} from './fixtures';

interface St {
	id: string;
	reihenfolge: number;
	name: string;
	ags: string;
	lon: number;
	lat: number;
	von: string;
}
const stationen = dataset<St>('stationen').sort((a, b) => a.reihenfolge - b.reihenfolge);

async function mapReady(page: Page) {
	await showMaps(page, page.locator('main'));
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
}

test('a candidate added on the map survives a browser restart; export → clear → import round-trips', async ({
	baseURL
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-klima-'));
	const launch = () =>
		chromium.launchPersistentContext(dir, {
			...config.use!.launchOptions,
			baseURL,
			locale: 'de-DE',
			timezoneId: 'Europe/Berlin',
			acceptDownloads: true
		});
	const errors: string[] = [];
	const watch = (page: Page) => {
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => {
			if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url()))
				errors.push(`foreign: ${r.url()}`);
		});
		return page;
	};
	try {
		let ctx = await launch();
		let page = watch(ctx.pages()[0] ?? (await ctx.newPage()));
		await page.goto('/klima?modus=planung');
		await mapReady(page);
		await expect(page.getByTestId('kandidaten-leer')).toBeVisible();
		const open = dataset<{ ags: string | null }>('pilots').filter((p) => !p.ags).length;
		await expect(page.getByTestId('ort-offen').locator('tbody tr')).toHaveCount(open);
		const canvas = page.locator('.maplibregl-canvas');
		const box = (await canvas.boundingBox())!;
		await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });
		const rows = page.getByTestId('kandidaten').locator('tbody tr');
		await expect(rows).toHaveCount(1);
		const lat = rows.first().getByRole('spinbutton', { name: /Breite/ });
		const before = Number(await lat.inputValue());
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 40, { steps: 5 });
		await page.mouse.up();
		await expect.poll(async () => Number(await lat.inputValue())).toBeLessThan(before);
		await expect(rows).toHaveCount(1);
		await rows.first().getByRole('button', { name: 'Löschen' }).click();
		await expect(page.getByTestId('kandidaten-leer')).toBeVisible();
		await page.getByRole('button', { name: /^Rückgängig/ }).click();
		await expect(rows).toHaveCount(1);
		await rows.first().getByRole('textbox', { name: 'Name' }).fill('Schattenplatz Test');
		await rows.first().getByRole('textbox', { name: 'Name' }).press('Tab');
		await rows
			.first()
			.getByRole('combobox', { name: /Klimafeld/ })
			.selectOption('Starkregen');
		await expect(page.getByTestId('kandidaten')).toHaveAttribute('data-saved', 'saved');
		await ctx.close();

		ctx = await launch();
		page = watch(ctx.pages()[0] ?? (await ctx.newPage()));
		await page.goto('/klima?modus=planung');
		const again = page.getByTestId('kandidaten').locator('tbody tr');
		await expect(again).toHaveCount(1);
		await expect(again.first().getByRole('textbox', { name: 'Name' })).toHaveValue(
			'Schattenplatz Test'
		);
		await expect(again.first().getByRole('combobox', { name: /Klimafeld/ })).toHaveValue(
			'Starkregen'
		);

		const exportOnce = async () => {
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Als GeoJSON exportieren' }).click()
			]);
			const path = join(dir, `export-${Date.now()}.geojson`);
			await dl.saveAs(path);
			return path;
		};
		const first = await exportOnce();
		await page.getByRole('button', { name: 'Alles zurücksetzen' }).click();
		await page
			.getByRole('alertdialog', { name: 'Alles zurücksetzen?' })
			.getByRole('button', { name: 'Alles zurücksetzen' })
			.click();
		await expect(page.getByTestId('kandidaten-leer')).toBeVisible();
		await page.getByTestId('geojson-import').setInputFiles(first);
		await expect(page.getByRole('status').filter({ hasText: 'importiert' })).toBeVisible();
		await expect(again).toHaveCount(1);
		const second = await exportOnce();
		const features = (p: string) => JSON.parse(readFileSync(p, 'utf8')).features;
		expect(features(second)).toEqual(features(first));
		expect(features(first)).toHaveLength(1 + stationen.length);

		const bad = JSON.parse(readFileSync(first, 'utf8'));
		bad.features[0].geometry.coordinates = [13.4, 52.5];
		await page.getByTestId('geojson-import').setInputFiles({
			name: 'falsch.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(JSON.stringify(bad))
		});
		await expect(page.getByTestId('import-fehler')).toContainText('außerhalb Thüringens');
		await expect(page.getByTestId('import-fehler')).toContainText('Schattenplatz Test');
		await expect(again).toHaveCount(1);
		await ctx.close();
		expect(errors).toEqual([]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('the date slider moves the current-station marker; a second tab is told about changes', async ({
	page
}) => {
	const [a, , c] = stationen;
	await page.goto(`/klima?datum=${a.von}`);
	await mapReady(page);
	const marker = () =>
		page.evaluate(async () => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			const src = map.getSource('klima-aktuell') as import('maplibre-gl').GeoJSONSource;
			const data = (await src.getData()) as GeoJSON.FeatureCollection<GeoJSON.Point>;
			return data.features.map((f) => f.geometry.coordinates.map((n) => n.toFixed(5)).join(','));
		});
	const at = (s: St) => [s.lon.toFixed(5), s.lat.toFixed(5)].join(',');
	await expect.poll(marker).toEqual([at(a)]);
	await expect(page.getByTestId('zeit-status')).toContainText(a.name);
	// the takeaway follows the date, flagged as sample data
	const takeaway = page.getByTestId('klima-kernaussage');
	await expect(takeaway).toContainText(`${stationen.length} Stationen`);
	await expect(takeaway).toContainText(`stehen die Bäume in ${a.name}`);
	await expect(takeaway).toContainText('Beispieldaten');

	const slider = page.getByTestId('zeit-regler');
	const min = await slider.evaluate((el: HTMLInputElement) => Number(el.value));
	const days = (Date.parse(c.von) - Date.parse(a.von)) / 86400000;
	await slider.fill(String(min + days));
	await expect.poll(marker).toEqual([at(c)]);
	await expect(page.getByTestId('zeit-status')).toContainText(c.name);
	await expect(page.getByTestId('klima-kernaussage')).toContainText(
		`stehen die Bäume in ${c.name}`
	);
	expect(new URL(page.url()).searchParams.get('datum')).toBe(c.von);
	expect(
		norm(await page.getByTestId('stationskalender').locator('tr.jetzt td').nth(1).textContent())
	).toBe(c.name);

	// the town profile lists the station of its Gemeinde
	await page.goto(`/orte/${c.ags}`);
	await expect(page.getByTestId('ort-stationen')).toContainText(c.name);
	await expect(page.getByTestId('ort-stationen').locator('..')).toContainText('Beispieldaten');

	// a second tab is told about changes made in this one
	const other = await page.context().newPage();
	await other.goto('/klima?modus=planung');
	await expect(other.getByTestId('kandidaten-leer')).toBeVisible({ timeout: 30_000 });
	await page.goto('/klima?modus=planung');
	await page.getByRole('combobox', { name: 'Ort' }).first().selectOption({ label: 'Weimar' });
	await page.getByRole('button', { name: 'Standort hinzufügen' }).click();
	await expect(page.getByTestId('kandidaten')).toHaveAttribute('data-saved', 'saved');
	await expect(other.locator('[data-notice="external"]')).toContainText('anderen Tab');
	await expect(other.getByTestId('kandidaten').locator('tbody tr')).toHaveCount(1);
	await expect(other.getByTestId('kandidaten').getByRole('textbox', { name: 'Name' })).toHaveValue(
		'Standort Weimar'
	);
	await other.close();
});

test('/klima needs no engine (nor Arrow) for its pilots, towns and stations; a stored copy of the pilots is read through DuckDB', async ({
	page
}) => {
	const engine = engineRequests(page);
	const arrow = arrowScripts(page);
	const pilots = dataset<{ ags: string | null }>('pilots');
	const towns = dataset('gemeinden').length;
	const panel = page.getByRole('region', { name: 'Pilotprojekte der drei AGs' });
	await page.goto('/klima?modus=planung');
	await sectionsChecked(page);
	await expect(panel.getByTestId('ort-offen')).toContainText(`von ${pilots.length} Pilotprojekten`);
	// every Gemeinde can be chosen for a new site (plus the prompt)
	await expect(page.getByRole('combobox', { name: 'Ort' }).first().locator('option')).toHaveCount(
		towns + 1
	);
	// the embedded stations come with the page, not from an Arrow file read in the browser
	const stationen = dataset<{ name: string; reihenfolge: number }>('stationen');
	const editor = page.getByTestId('stationen-editor');
	await expect(editor.locator('tbody tr')).toHaveCount(stationen.length);
	const first = stationen.reduce((a, b) => (a.reihenfolge < b.reihenfolge ? a : b));
	await expect(editor.locator('tbody tr').first().locator('input').first()).toHaveValue(first.name);
	expect(engine).toEqual([]);
	expect(await page.locator('html').getAttribute('data-db')).toBeNull();
	expect(await arrow()).toEqual([]);

	const all = tableFromIPC(readFileSync('data/pilots.arrow'));
	await storeTable(page, 'pilots', tableToIPC(all.slice(1), 'stream'));
	await page.reload();
	await sectionsChecked(page);
	await expect(panel.getByTestId('ort-offen')).toContainText(
		`von ${pilots.length - 1} Pilotprojekten`
	);
	expect(engine.length).toBeGreaterThan(0);
});

test('/klima shows its map as a build-time picture until someone turns to it; the map draws the stations where the picture had them', async ({
	page
}) => {
	expect(stationen.length).toBeGreaterThan(1);
	const engine: string[] = [];
	page.on('request', (r) => {
		if (/maplibre/i.test(r.url())) engine.push(r.url());
	});
	await page.goto(`/klima?datum=${stationen[0].von}`);
	await sectionsChecked(page);
	const map = page.getByTestId('atlas-map');
	await map.scrollIntoViewIfNeeded();
	const preview = page.getByTestId('map-preview');
	const dots = preview.locator(`circle[fill="${STATION_FARBE}"]`);
	await expect(dots).toHaveCount(stationen.length);
	const numbers = (await preview.locator('text').allTextContents()).map(norm);
	for (const s of stationen) expect(numbers).toContain(String(s.reihenfolge));
	// each station's centre within the map box
	const centres = await dots.evaluateAll((cs) => {
		const box = document.querySelector('[data-testid="atlas-map"]')!.getBoundingClientRect();
		return cs.map((c) => {
			const b = c.getBoundingClientRect();
			return [b.x + b.width / 2 - box.x, b.y + b.height / 2 - box.y];
		});
	});
	await page.waitForTimeout(1000);
	expect(engine, 'no map engine for a look').toEqual([]);
	await expect(map).not.toHaveAttribute('data-map-ready');

	await map.hover({ position: { x: 5, y: 5 } });
	await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
	expect(engine.length).toBeGreaterThan(0);
	await expect(preview).toHaveCount(0);
	const rgb = STATION_FARBE.match(/[0-9a-f]{2}/g)!.map((h) => parseInt(h, 16));
	const pixels = await page.evaluate((at) => {
		const src = document.querySelector<HTMLCanvasElement>('[data-testid="atlas-map"] canvas')!;
		const k = src.width / src.getBoundingClientRect().width;
		const c = document.createElement('canvas');
		c.width = src.width;
		c.height = src.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(src, 0, 0);
		return at.map(([x, y]) => [
			...ctx.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data
		]);
	}, centres);
	for (const p of pixels)
		expect(
			Math.abs(p[0] - rgb[0]) + Math.abs(p[1] - rgb[1]) + Math.abs(p[2] - rgb[2])
		).toBeLessThan(30);
});
