import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import {
	dbReady,
	expect,
	hydrated,
	kpiReady,
	sectionsChecked,
	test,
	showMaps,
	storeTable
} from './fixtures';
import config from '../../playwright.config';

// Kataster CSV whose texts try to run code; every surface must show them as text.
const IMG = '<img src=x onerror=window.__xss=1>';
const SCRIPT = '<script>window.__xss=2</script>Markt 1';
const LINK = '<a href="javascript:window.__xss=3">klick</a>';
const FORMULA = '=1+2';
const csvField = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const XSS_CSV = [
	'Objekt-Nr;AGS;Objekt;Straße;Nutzung;Fläche (m²);leer seit;Bemerkung',
	['XS-001', '16053000', IMG, SCRIPT, 'Einzelhandel', '85,5', '01.03.2021', LINK],
	['XS-002', '16053000', FORMULA, LINK, 'Gastronomie', '120', '15.06.2019', SCRIPT]
]
	.map((r) => (typeof r === 'string' ? r : r.map(csvField).join(';')))
	.join('\r\n');

const JS_URL = 'javascript:window.__xss=4';
const MASSNAHMEN_CSV = [
	'id;title;ag;description;ags;ort;link;source',
	['xss-1', IMG, 'Klima', SCRIPT, '16053000', 'Jena', JS_URL, LINK]
]
	.map((r) => (typeof r === 'string' ? r : r.map(csvField).join(';')))
	.join('\r\n');

async function nothingRan(page: Page) {
	expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(
		undefined
	);
	await expect(page.locator('img[src="x"], a[href^="javascript:"]')).toHaveCount(0);
	await expect(page.locator('main script')).toHaveCount(0);
}

test('XSS: imported Kataster and Maßnahmen with HTML/script/javascript: texts show them literally everywhere', async ({
	page
}) => {
	test.setTimeout(90_000);
	// the register never leaves the browser: no upload of any kind, not even to our own server
	const uploads: string[] = [];
	page.on('request', (r) => r.method() !== 'GET' && uploads.push(`${r.method()} ${r.url()}`));
	await page.goto('/daten');
	await hydrated(page);
	await page
		.locator('input[type=file]')
		.first()
		.setInputFiles({ name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(XSS_CSV) });
	const preview = page.getByTestId('import-vorschau');
	await expect(preview).toContainText(IMG);
	await expect(preview).toContainText(SCRIPT);
	await page.getByTestId('import-ziel').selectOption('kataster');
	await page.getByTestId('import-pruefen').click();
	await expect(page.getByTestId('import-ergebnis')).toContainText('= 2 gültig + 0 abgelehnt');
	await page.getByTestId('import-laden').click();
	await expect(page.getByTestId('import-fertig')).toContainText('2 Zeilen');
	await expect(page.getByTestId('letzter-import')).toContainText(IMG);
	await nothingRan(page);

	// Kataster view: table and map
	await page.goto('/leerstand?ansicht=kataster&gemeinde=16053000');
	await dbReady(page);
	await showMaps(page, page.getByTestId('kataster-karte'));
	await expect(page.locator('[data-map-ready="true"]').first()).toBeVisible({ timeout: 30_000 });
	const table = page.locator('table', { hasText: 'Objekt' }).filter({ hasText: IMG });
	await expect(table.first()).toContainText(IMG);
	await expect(table.first()).toContainText(FORMULA);
	await nothingRan(page);

	// CSV export: literal text, formula neutralised
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /CSV exportieren/ }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain(IMG);
	expect(csv).toContain(`'${FORMULA}`);
	expect(csv).not.toMatch(/;=1\+2/);

	// town profile lists the objects
	await page.goto('/orte/16053000');
	await expect(page.getByTestId('kataster-profil')).toContainText(IMG, { timeout: 30_000 });
	await expect(page.getByTestId('kataster-profil')).toContainText(FORMULA);
	await nothingRan(page);

	// a Maßnahmen import: cards, table, detail (the javascript: link stays text), town profile
	await page.goto('/daten');
	await hydrated(page);
	await page
		.locator('input[type=file]')
		.first()
		.setInputFiles({
			name: 'massnahmen-xss.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(MASSNAHMEN_CSV)
		});
	await page.getByTestId('import-ziel').selectOption('massnahmen');
	await page.getByTestId('import-pruefen').click();
	await expect(page.getByTestId('import-ergebnis')).toContainText('= 1 gültig + 0 abgelehnt');
	await page.getByTestId('import-laden').click();
	await expect(page.getByTestId('import-fertig')).toBeVisible();
	await page.goto('/massnahmen');
	await expect(page.getByTestId('karten')).toContainText(IMG, { timeout: 30_000 });
	await nothingRan(page);
	await page.getByRole('button', { name: 'Tabelle', exact: true }).click();
	await expect(page.getByTestId('tabelle')).toContainText(IMG);
	await page.goto('/massnahmen?id=xss-1');
	await expect(page.getByTestId('detail')).toContainText(SCRIPT);
	await expect(page.getByTestId('detail')).toContainText(JS_URL);
	await nothingRan(page);
	await page.goto('/orte/16053000');
	await expect(page.getByTestId('massnahmen-vor-ort')).toContainText(IMG, { timeout: 30_000 });
	await nothingRan(page);
	expect(uploads).toEqual([]);
});

test('robustness: a failing dataset shows a German message in its panel, the rest works', async ({
	page,
	guard
}) => {
	guard.allowConsole.push(/Failed to load resource|500|geo_gemeinden|kataster_beispiel/);
	await page.route('**/geo_gemeinden*', (route) => route.fulfill({ status: 500, body: 'kaputt' }));
	await page.goto('/massnahmen');
	// the map at the end of the page starts when it comes into view
	await page.getByTestId('atlas-map').scrollIntoViewIfNeeded();
	await expect(page.getByRole('alert').filter({ hasText: 'Karte' })).toContainText(
		'konnte nicht geladen werden (HTTP 500)',
		{ timeout: 30_000 }
	);
	// the catalogue, its search and the navigation still work
	const count = page.getByTestId('trefferzahl');
	await expect(count).toHaveText(/\d+ Einträge/);
	const before = await count.textContent();
	await page.getByLabel('Volltextsuche').fill('Jena');
	await expect(count).not.toHaveText(before!);
	await page.getByRole('link', { name: 'Daten', exact: true }).click();
	await expect(page).toHaveURL(/\/daten$/);

	// a failing table behind a query: only the town profile's Kataster panel says so (a stored copy of
	// the Gemeinden makes its sections compute in DuckDB instead of showing the prerendered figures)
	await storeTable(
		page,
		'gemeinden',
		tableToIPC(tableFromIPC(readFileSync('data/gemeinden.arrow')), 'stream')
	);
	await page.route('**/kataster_beispiel*', (route) => route.fulfill({ status: 500, body: '' }));
	await page.goto('/orte/16053000');
	await expect(page.getByTestId('kataster-profil').getByRole('alert')).toContainText(
		'Leerstandskataster nicht verfügbar'
	);
	await expect(page.getByTestId('leerstand-profil')).toContainText(/Leerstandsquote\s*[\d,]+\s%/);
	await expect(page.getByTestId('leerstand-profil').getByRole('alert')).toHaveCount(0);
});

test('storage quota exhausted: a German notice, the edit stays in memory', async ({
	page,
	guard,
	baseURL
}) => {
	guard.allowConsole.push(/quota|Quota|Speicher/);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(baseURL!).origin,
		quotaSize: 1
	});
	await page.goto('/klima?modus=planung');
	await sectionsChecked(page);
	await page.getByRole('combobox', { name: 'Ort' }).first().selectOption({ label: 'Weimar' });
	await page.getByRole('button', { name: 'Standort hinzufügen' }).click();
	await expect(page.getByTestId('kandidaten')).toHaveAttribute('data-saved', 'failed');
	await expect(page.locator('[data-notice="failed"]')).toContainText('Speicherplatz ist voll');
	const rows = page.getByTestId('kandidaten').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await rows.first().getByRole('textbox', { name: 'Name' }).fill('Im Speicher');
	await rows.first().getByRole('textbox', { name: 'Name' }).press('Tab');
	await expect(rows.first().getByRole('textbox', { name: 'Name' })).toHaveValue('Im Speicher');
});

/** A persistent profile (survives closing the browser); flags as in playwright.config.ts. */
async function launch(dir: string, baseURL: string) {
	const ctx = await chromium.launchPersistentContext(dir, {
		executablePath: config.use?.launchOptions?.executablePath,
		args: config.use?.launchOptions?.args,
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin'
	});
	const problems: string[] = [];
	const watch = (p: Page) => {
		p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
		p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	};
	ctx.pages().forEach(watch);
	ctx.on('page', watch);
	return { ctx, page: ctx.pages()[0] ?? (await ctx.newPage()), problems };
}

test('no lost work: Kennzahlen record, import, Klima edits survive closing the browser right after the last input', async ({
	baseURL
}) => {
	test.setTimeout(300_000);
	const dir = mkdtempSync(join(tmpdir(), 'atlas-trust-'));
	let ctx: BrowserContext | undefined;
	try {
		let run = await launch(dir, baseURL!);
		ctx = run.ctx;
		let page = run.page;
		// Kennzahlen: an own record (its title is an XSS probe for the report)
		await page.goto('/kennzahlen');
		await kpiReady(page);
		const form = page.getByTestId('record-form');
		await form.getByLabel('Art der Erfassung').selectOption('termin');
		await form.getByLabel('Datum').fill(new Date().toISOString().slice(0, 10));
		await form.getByLabel('Bezeichnung').fill(IMG);
		await form.getByRole('button', { name: 'Erfassen' }).click();
		await expect(page.getByTestId('own-records')).toContainText(IMG);
		// Daten: an import
		await page.goto('/daten');
		await page
			.locator('input[type=file]')
			.first()
			.setInputFiles({ name: 'bleibt.csv', mimeType: 'text/csv', buffer: Buffer.from(XSS_CSV) });
		await page.getByTestId('import-ziel').selectOption('kataster');
		await page.getByTestId('import-pruefen').click();
		await page.getByTestId('import-laden').click();
		await expect(page.getByTestId('import-fertig')).toBeVisible();
		// Klima, last and closed right after the input: a candidate (renamed) and a station note
		await page.goto('/klima?modus=planung');
		await sectionsChecked(page);
		await page.getByRole('combobox', { name: 'Ort' }).first().selectOption({ label: 'Weimar' });
		await page.getByRole('button', { name: 'Standort hinzufügen' }).click();
		const cand = page.getByTestId('kandidaten').locator('tbody tr').first();
		await cand.getByRole('textbox', { name: 'Name' }).fill('Nicht verlieren');
		// typed, the field not left: text fields save on every input, not only on change
		const note = page.getByRole('textbox', { name: 'Notiz (Station 1)' });
		await note.clear();
		await note.pressSequentially('Notiz bleibt');
		expect(run.problems).toEqual([]);
		await ctx.close();

		run = await launch(dir, baseURL!);
		ctx = run.ctx;
		page = run.page;
		await page.goto('/klima?modus=planung');
		await sectionsChecked(page);
		await expect(
			page
				.getByTestId('kandidaten')
				.locator('tbody tr')
				.first()
				.getByRole('textbox', { name: 'Name' })
		).toHaveValue('Nicht verlieren');
		await expect(page.getByRole('textbox', { name: 'Notiz (Station 1)' })).toHaveValue(
			'Notiz bleibt'
		);
		await page.goto('/daten');
		await expect(page.getByTestId('katalog').locator('tr[data-table="kataster"]')).toContainText(
			'bleibt.csv'
		);
		await page.goto('/kennzahlen');
		await kpiReady(page);
		await expect(page.getByTestId('own-records')).toContainText(IMG);
		await nothingRan(page);
		// the report lists the record as an event, as text
		await page.goto('/bericht');
		await expect(page.locator('main')).toContainText(IMG, { timeout: 30_000 });
		await nothingRan(page);
		expect(run.problems).toEqual([]);
	} finally {
		await ctx?.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
