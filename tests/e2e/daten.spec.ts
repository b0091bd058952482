import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, dbReady, engineRequests, hydrated } from './fixtures';
import { dataset, deInt } from './data';
import config from '../../playwright.config';

const FIXTURE = join(process.cwd(), 'tests/fixtures/kataster-windows1252.csv');
const ZENSUS = join(process.cwd(), 'tests/fixtures/zensus-regionaltabelle.csv');
const FEHLER = join(process.cwd(), 'tests/fixtures/kataster-utf8-bom-ohne-id-koordinaten.csv');
// expected figures from the fixture itself: data rows with an object number
const objekte = (
	Papa.parse<string[]>(new TextDecoder('windows-1252').decode(readFileSync(FIXTURE)), {
		delimiter: ';'
	}).data as string[][]
).filter((r) => /^[A-Z]{2}-\d{3}$/.test(r[0] ?? ''));

// > 2 MB: real AGS from data/, so every row is valid
const GROSS = 48_000;
const gemeinden = dataset<{ ags: string }>('gemeinden');
const gross = [
	'Objekt-ID;AGS;Nutzung;Fläche;leer seit',
	...Array.from(
		{ length: GROSS },
		(_, i) =>
			`G-${i};${gemeinden[i % gemeinden.length].ags};Einzelhandel;${10 + (i % 90)},5;01.02.2020`
	)
].join('\r\n');

/** A persistent profile (survives closing the browser) with the same guards as ./fixtures. */
async function launch(dir: string, baseURL: string) {
	const ctx = await chromium.launchPersistentContext(dir, {
		executablePath: config.use?.launchOptions?.executablePath,
		args: config.use?.launchOptions?.args,
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin'
	});
	const problems: string[] = [];
	const own = new URL(baseURL).host;
	const watch = (p: Page) => {
		p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
		p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		p.on('request', (r) => {
			const u = new URL(r.url());
			if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.host !== own)
				problems.push(`fremd: ${r.url()}`);
		});
	};
	ctx.pages().forEach(watch);
	ctx.on('page', watch);
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	return { ctx, page, problems };
}

async function katasterTotal(page: Page) {
	await page.goto('/leerstand?ansicht=kataster');
	await dbReady(page);
	await expect(page.getByTestId('kataster-total')).toHaveAttribute(
		'data-n',
		String(objekte.length)
	);
	await expect(page.getByText('– importierte Daten')).toBeVisible();
}

test('Daten: German Excel CSV → preview, check, load → Kataster „importiert“; survives a browser restart', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'atlas-daten-'));
	let ctx: BrowserContext | undefined;
	try {
		let run = await launch(dir, baseURL!);
		ctx = run.ctx;
		let page = run.page;
		await page.goto('/daten');
		await hydrated(page);
		// the data import is the first file input of the page
		await page.locator('input[type=file]').first().setInputFiles(FIXTURE);
		await expect(page.getByTestId('import-vorschau').locator('tbody tr')).toHaveCount(
			objekte.length
		);
		await expect(page.getByTestId('import-vorschau')).toContainText('Löbderstraße 3');
		await expect(page.getByTestId('import-datei-info')).toContainText('Windows-1252');
		// a file that fits a built-in table still goes to a new table unless the user chooses it
		await expect(page.getByTestId('import-ziel')).toHaveValue('__frei__');
		await expect(page.getByTestId('import-vorschlag')).toContainText('Leerstandskataster');
		await page.getByTestId('import-ziel').selectOption('kataster');
		await page.getByTestId('import-pruefen').click();
		await expect(page.getByTestId('import-ergebnis')).toContainText(
			`Gelesen: ${objekte.length} Zeilen = ${objekte.length} gültig + 0 abgelehnt`
		);
		await expect(page.getByTestId('import-laden')).toContainText(
			new RegExp(`ersetzen: [\\d.]+ eingebettete Zeilen → ${objekte.length} neue`)
		);
		await page.getByTestId('import-laden').click();
		await expect(page.getByTestId('import-fertig')).toContainText(`${objekte.length} Zeilen`);
		const row = page.getByTestId('katalog').locator('tr[data-table="kataster"]');
		await expect(row.locator('[data-flag="user"]')).toHaveText('importiert');
		await expect(row).toContainText('kataster-windows1252.csv');

		// a file with errors: problems named by row and column, nothing changes
		await page.locator('input[type=file]').first().setInputFiles(FEHLER);
		await page.getByTestId('import-ziel').selectOption('kataster');
		await page.getByTestId('import-pruefen').click();
		const merged = page.getByTestId('import-probleme').locator('tr', { hasText: '16061039' });
		await expect(merged.locator('td').nth(0)).toHaveText('3');
		await expect(merged.locator('td').nth(1)).toHaveText('Gemeinde');
		await expect(merged.locator('td').nth(4)).toHaveText('16061045');
		await expect(page.getByTestId('import-laden')).toHaveCount(0);
		await expect(page.getByTestId('import-nur-gueltige')).toBeEnabled();
		// the open dialog (preview, mapping, problems) is accessible too
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(
			axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
		).toEqual([]);

		// a large file is parsed in a worker (> 2 MB) and checked in chunks
		expect(Buffer.byteLength(gross)).toBeGreaterThan(2_000_000);
		await page.getByRole('button', { name: 'Verwerfen' }).click();
		await page
			.locator('input[type=file]')
			.first()
			.setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(gross) });
		await expect(page.getByTestId('import-datei-info')).toContainText(`${deInt(GROSS)} Zeilen`);
		await page.getByTestId('import-pruefen').click();
		await expect(page.getByTestId('import-ergebnis')).toContainText(
			`Gelesen: ${deInt(GROSS)} Zeilen = ${deInt(GROSS)} gültig`
		);
		await page.getByRole('button', { name: 'Verwerfen' }).click();

		await katasterTotal(page);
		expect(run.problems).toEqual([]);
		await ctx.close();

		// restart the browser with the same profile: still there – in the view (DuckDB restores the
		// stored table at start) and, after an in-app navigation, in the catalogue and its preview
		run = await launch(dir, baseURL!);
		ctx = run.ctx;
		page = run.page;
		await katasterTotal(page);
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Daten' })
			.click();
		await expect(page.getByTestId('letzter-import')).toContainText('kataster-windows1252.csv');
		await expect(page.getByTestId('letzter-import')).toContainText('Löbderstraße 3');
		const kat = page.getByTestId('katalog').locator('tr[data-table="kataster"]');
		await expect(kat.locator('[data-flag="user"]')).toHaveText('importiert');
		await expect(kat.locator('td').nth(1)).toHaveText(String(objekte.length));

		// delete the import: the Beispieldaten come back
		await page.goto('/daten');
		await page
			.getByTestId('katalog')
			.locator('tr[data-table="kataster"]')
			.getByRole('button', { name: /Import löschen/ })
			.click();
		await expect(page.getByTestId('katalog').locator('tr[data-table="kataster"]')).toHaveCount(0);
		await page.goto('/leerstand?ansicht=kataster');
		await dbReady(page);
		await expect(page.getByText('– Beispieldaten, keine realen Objekte')).toBeVisible();

		// the official Zensus Regionaltabelle (Land and Kreis lines rejected) replaces the estimate
		await page.goto('/daten');
		await page.locator('input[type=file]').first().setInputFiles(ZENSUS);
		await expect(page.getByTestId('import-ziel')).toHaveValue('__frei__');
		await page.getByTestId('import-ziel').selectOption('leerstand_amtlich');
		await page.getByTestId('import-pruefen').click();
		await page.getByTestId('import-nur-gueltige').click();
		await expect(page.getByTestId('import-fertig')).toBeVisible();
		await expect(
			page
				.getByTestId('katalog')
				.locator('tr[data-table="leerstand_amtlich"] [data-flag="official"]')
		).toHaveText('amtlich');
		await page.goto('/leerstand');
		await dbReady(page);
		await expect(page.getByTestId('leerstand-quelle').first()).toHaveAttribute(
			'data-status',
			'amtlich'
		);
		// the town profile, prerendered with the estimate, computes the official figures instead
		const [, , wohnungen, leer] = readFileSync(ZENSUS, 'latin1')
			.split(/\r?\n/)
			.map((l) => l.split(';'))
			.find((c) => c[0] === '160530000000')!;
		await page.goto('/orte/16053000');
		const profil = page.getByTestId('leerstand-profil');
		await expect(profil).toHaveAttribute('data-checked', 'true', { timeout: 60_000 });
		await expect(profil.getByTestId('leerstand-quelle')).toHaveAttribute('data-status', 'amtlich');
		await expect(profil.getByTestId('profil-quote')).toContainText(
			`${leer} von ${wohnungen} Wohnungen`
		);
		await expect(profil.getByTestId('profil-quote')).not.toContainText('im Gitter');
		expect(run.problems).toEqual([]);
	} finally {
		await ctx?.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('/daten: reading the catalogue starts no engine; turning to the import starts it', async ({
	page
}) => {
	const engine = engineRequests(page);
	await page.goto('/daten');
	await hydrated(page);
	await expect(page.getByTestId('katalog')).toBeVisible();
	// absence: mounted well over a second ago, no DuckDB file asked for (it was, at mount, before)
	await page.waitForTimeout(1500);
	expect(engine).toEqual([]);
	expect(await page.locator('html').getAttribute('data-db')).toBeNull();
	await page.getByRole('heading', { name: 'Eigene Daten importieren' }).hover();
	await dbReady(page);
	expect(engine.length).toBeGreaterThan(0);
});
