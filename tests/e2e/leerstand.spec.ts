import { readFileSync } from 'node:fs';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import {
	arrowScripts,
	dbReady,
	engineRequests,
	expect,
	norm,
	sectionsChecked,
	storeTable,
	test
} from './fixtures';
import type { Page } from '@playwright/test';
import { dataset } from './data';

interface G {
	ags: string;
	name: string;
	kreis_ags: string;
	kreis_name: string;
	size_group: string;
}
interface L {
	ags: string;
	wohnungen_gitter: number;
	leer_gitter: number;
	reliability: string;
}

const gemeinden = dataset<G>('gemeinden');
const est = new Map(dataset<L>('leerstand_schaetzung').map((r) => [r.ags, r]));
const kyff = gemeinden.find((g) => g.kreis_name === 'Kyffhäuserkreis')!.kreis_ags;
const pooled = (gs: G[]) => {
	let w = 0;
	let l = 0;
	for (const g of gs) {
		w += Number(est.get(g.ags)?.wohnungen_gitter ?? 0);
		l += Number(est.get(g.ags)?.leer_gitter ?? 0);
	}
	return new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
		.format((100 * l) / w)
		.concat(' %');
};
const towns = gemeinden.filter((g) => g.kreis_ags === kyff && g.size_group === 'kleinstadt');

test('Leerstand: three clicks to the Kleinstädte of the Kyffhäuserkreis, mailable URL, badges, CSV', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Leerstand', exact: true }).first().click();
	await sectionsChecked(page);
	const view = page.getByTestId('leerstand-view');
	await expect(view).toBeVisible();

	// click 2: the Kyffhäuserkreis bar; click 3: the size group „Kleinstadt“
	const t0 = Date.now();
	await page
		.getByTestId('nach-kreis')
		.getByRole('button', { name: /^Kyffhäuserkreis:/ })
		.click();
	await expect(page).toHaveURL(new RegExp(`kreis=${kyff}`));
	await expect(page.getByTestId('vergleich-kreis')).toBeVisible();
	const firstRepaint = Date.now() - t0;
	await page.getByTestId('size-chart').locator('rect[data-group="kleinstadt"]').click();
	await expect(page).toHaveURL(/klasse=kleinstadt/);

	const table = page.getByTestId('gemeinden-tabelle');
	const names = async () =>
		(await table.locator('tbody th').allTextContents()).map((t) => norm(t)).sort();
	const want = towns.map((t) => t.name).sort();
	await expect.poll(names).toEqual(want);
	expect(want).toHaveLength(5);
	expect(want).not.toContain('Sondershausen');

	const cards = async () => ({
		auswahl: norm(await page.getByTestId('vergleich-auswahl').getByTestId('quote').textContent()),
		klasse: norm(await page.getByTestId('vergleich-klasse').getByTestId('quote').textContent()),
		land: norm(await page.getByTestId('vergleich-land').getByTestId('quote').textContent())
	});
	const expected = {
		auswahl: pooled(towns),
		klasse: pooled(gemeinden.filter((g) => g.size_group === 'kleinstadt')),
		land: pooled(gemeinden)
	};
	expect(await cards()).toEqual(expected);
	// the view's headline states the same rate as the card, against the state
	const headline = page.getByTestId('leerstand-headline');
	await expect(headline).toContainText(
		`Kyffhäuserkreis, Kleinstädte: ${expected.auswahl} der Wohnungen stehen leer (Schätzung)`
	);
	await expect(headline).toContainText(`als in ganz Thüringen (${expected.land})`);
	await expect(page.getByTestId('vergleich-auswahl')).toContainText('5 von 5 Gemeinden belastbar');
	const repaintMs = Number(await view.getAttribute('data-repaint-ms'));
	const queryMs = Number(await view.getAttribute('data-query-ms'));
	test.info().annotations.push({
		type: 'repaint',
		description: `filter→repaint ${repaintMs} ms (of which filtering + pooling ${queryMs} ms); click→visible ${firstRepaint} ms`
	});
	console.log(
		`filter→repaint ${repaintMs} ms (of which filtering + pooling ${queryMs} ms); click→first assertion ${firstRepaint} ms`
	);

	// every figure of the estimate carries the „Schätzung“ badge, the map legend too
	const quellen = view.getByTestId('leerstand-quelle');
	const n = await quellen.count();
	expect(n).toBeGreaterThanOrEqual(5);
	for (let i = 0; i < n; i++)
		await expect(quellen.nth(i).locator('[data-flag="estimate"]')).toHaveText('Schätzung');
	await expect(
		page.getByTestId('leerstand-karte').getByTestId('map-legend').locator('[data-flag="estimate"]')
	).toHaveText('Schätzung');

	// CSV for German Excel
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('csv-export').click()
	]);
	const raw = readFileSync((await download.path())!, 'utf8');
	expect(raw.startsWith('\uFEFF')).toBe(true);
	// title and Stand, an empty line, the header, Thüringen and the selection pooled, the towns
	const lines = raw.slice(1).trim().split('\r\n').slice(3);
	expect(lines[0].split(';')).toContain('datenstatus');
	expect(lines).toHaveLength(towns.length + 3);
	const artern = lines.find((l) => l.includes(';Artern;'))!.split(';');
	expect(artern[7]).toMatch(/^\d+,\d{2}$/);
	expect(artern[10]).toBe('Schätzung aus Zensus-2022-Gitter');

	// chart export carries the source line with its badge
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('nach-klasse').getByRole('button', { name: 'Diagramm als SVG' }).click()
	]);
	const svgText = readFileSync((await svgFile.path())!, 'utf8');
	expect(svgText).toContain('<svg');
	expect(svgText).toContain('[Schätzung] Quelle:');

	// the URL is the view: reload reproduces it
	const url = page.url();
	await page.reload();
	await sectionsChecked(page);
	await expect.poll(names).toEqual(want);
	expect(await cards()).toEqual(expected);
	expect(page.url()).toBe(url);

	// back: the Kreis without the size filter (Sondershausen is there again)
	await page.goBack();
	await expect(page).not.toHaveURL(/klasse=/);
	await expect(table.locator('tbody th', { hasText: 'Sondershausen' })).toHaveCount(1);

	// the town profile has the vacancy section with its class and Kreis
	await table.getByRole('link', { name: 'Artern' }).click();
	const profil = page.getByTestId('leerstand-profil');
	await expect(profil.getByTestId('profil-quote')).toContainText(
		pooled(towns.filter((t) => t.name === 'Artern'))
	);
	await expect(profil).toContainText('Kyffhäuserkreis, alle Gemeinden');
	await expect(profil.locator('[data-flag="estimate"]')).toHaveText('Schätzung');
	// its takeaway: the town's rate against the state's, only for a reliable estimate
	const arternG = towns.find((t) => t.name === 'Artern')!;
	await expect(profil.getByTestId('profil-kernaussage')).toHaveCount(
		est.get(arternG.ags)?.reliability === 'unreliable' ? 0 : 1
	);
	if (est.get(arternG.ags)?.reliability !== 'unreliable')
		await expect(profil.getByTestId('profil-kernaussage')).toContainText(
			`In Artern stehen ${pooled([arternG])} der Wohnungen leer (Schätzung) – `
		);
});

test('the official 1 km grid loads when chosen and shows every cell with a rate', async ({
	page
}) => {
	const cells = dataset<{ quote: number | null }>('zensus_gitter_1km').filter(
		(c) => c.quote !== null
	).length;
	await page.goto('/leerstand');
	await sectionsChecked(page);
	await page.getByRole('radio', { name: 'amtliches 1-km-Gitter' }).check();
	await expect(page).toHaveURL(/karte=gitter/);
	await dbReady(page);
	await expect(page.getByTestId('gitter-legende')).toContainText(
		`${new Intl.NumberFormat('de-DE').format(cells)} Zellen`
	);
});

/** What /leerstand shows: headline, comparison, the Kreis chart's bars and the table's rows. */
const viewFigures = (page: Page) =>
	page.evaluate(() => {
		const text = (sel: string) =>
			[...document.querySelectorAll(sel)].map((e) =>
				(e.textContent ?? '').replace(/\s+/g, ' ').trim()
			);
		return {
			headline: text('[data-testid="leerstand-headline"]'),
			kreise: text('[data-testid="nach-kreis"] [role="button"]'),
			amtlich: text('[data-testid="land-amtlich"]'),
			tabelle: text('[data-testid="gemeinden-tabelle"] tbody tr')
		};
	});

test('Leerstand filters without starting DuckDB; a stored copy of the Gemeinden gives the same figures through it', async ({
	page
}) => {
	const engine = engineRequests(page);
	const arrow = arrowScripts(page);
	await page.goto('/leerstand');
	await sectionsChecked(page);
	const build = await viewFigures(page);
	expect(build.kreise.length).toBeGreaterThan(20);
	await page
		.getByTestId('nach-kreis')
		.getByRole('button', { name: /^Kyffhäuserkreis:/ })
		.click();
	await expect(page.getByTestId('vergleich-kreis')).toBeVisible();
	await expect(page.getByTestId('leerstand-headline')).toContainText(
		pooled(gemeinden.filter((g) => g.kreis_ags === kyff))
	);
	// the Kreis filter offers every Kreis by name, from the same rows
	const options = await page.getByTestId('filter-kreis').locator('option').allTextContents();
	expect(options.length - 1).toBe(new Set(gemeinden.map((g) => g.kreis_ags)).size);
	expect(engine).toEqual([]);
	expect(await page.locator('html').getAttribute('data-db')).toBeNull();
	expect(await arrow()).toEqual([]);

	// stored as an import would: the Gemeinden without the one whose absence moves the state's rate most
	const all = tableFromIPC(readFileSync('data/gemeinden.arrow'));
	const without = (ags: string) => gemeinden.filter((g) => g.ags !== ags);
	const dropped = gemeinden
		.map((g) => g.ags)
		.find((ags) => pooled(without(ags)) !== pooled(gemeinden))!;
	const i = all.toArray().findIndex((g) => g.ags === dropped);
	await storeTable(
		page,
		'gemeinden',
		tableToIPC(all.slice(0, i).concat(all.slice(i + 1)), 'stream')
	);
	await page.goto('/leerstand');
	await sectionsChecked(page);
	expect(engine.length).toBeGreaterThan(0);
	await expect(page.getByTestId('leerstand-headline')).toContainText(
		`In Thüringen stehen ${pooled(without(dropped))}`
	);
	const stored = await viewFigures(page);
	expect(stored.headline).not.toEqual(build.headline);
	// the official Kreis figures do not come from the Gemeinden: unchanged
	expect(stored.amtlich).toEqual(build.amtlich);
});

test('a mailed filter link does not show the unfiltered figures before the app has read it', async ({
	page,
	guard
}) => {
	// every headline text that was on screen, frame by frame
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		const look = () => {
			const h = document.querySelector<HTMLElement>('[data-testid="leerstand-headline"]');
			if (h?.checkVisibility({ visibilityProperty: true }) && seen.at(-1) !== h.textContent)
				seen.push(h.textContent ?? '');
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
	await page.goto(`/leerstand?kreis=${kyff}`);
	await sectionsChecked(page);
	await expect(page.getByTestId('leerstand-headline')).toContainText('Kyffhäuserkreis');
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen.length).toBeGreaterThan(0);
	for (const text of seen) expect(text).toContain('Kyffhäuserkreis');

	// without the app's code the prerendered (unfiltered) figures stay hidden under a filter link
	guard.allowConsole.push(/Failed to load resource|dynamically imported module/);
	await page.route('**/*.js', (route) => route.abort());
	await page.goto(`/leerstand?kreis=${kyff}`);
	await expect(page.getByTestId('leerstand-view')).toBeAttached();
	await expect(page.getByTestId('leerstand-view')).toBeHidden();
	await page.goto('/leerstand');
	await expect(page.getByTestId('leerstand-headline')).toBeVisible();
});
