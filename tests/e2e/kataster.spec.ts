import { readFileSync } from 'node:fs';
import { test, expect, dbReady, showMaps } from './fixtures';
import { dataset } from './data';

interface Obj {
	ags: string;
	nutzung: string;
	leer_seit: string;
	status: string;
	status_seit: string | null;
}
const objekte = dataset<Obj>('kataster_beispiel');
const imBestand = (o: Obj, y: number) =>
	o.leer_seit <= `${y}-12-31` &&
	!(o.status === 'wieder vermietet' && o.status_seit !== null && o.status_seit < `${y}-01-01`);
const bestand = (y: number, nutzung?: string, ags?: string) =>
	objekte.filter(
		(o) => imBestand(o, y) && (!nutzung || o.nutzung === nutzung) && (!ags || o.ags === ags)
	).length;

const sum = async (page: import('@playwright/test').Page, dim: string) =>
	(
		await page
			.getByTestId(`facet-${dim}`)
			.locator('button[data-n]')
			.evaluateAll((bs) => bs.map((b) => Number(b.getAttribute('data-n'))))
	).reduce((s, n) => s + n, 0);

test('Leerstandskataster: crossfilter, URL, badges and CSV export', async ({ page }) => {
	await page.goto('/leerstand/kataster');
	await dbReady(page);
	await expect(page.getByRole('link', { name: 'Leerstandskataster (Objekte)' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const total = page.getByTestId('kataster-total');
	await expect(total).toHaveAttribute('data-n', String(bestand(2025)));
	expect(await sum(page, 'nutzung')).toBe(bestand(2025));

	// a filter in one chart changes the others consistently; the pointer rests on the bar first, so
	// the view has computed its figures before the click (prefetch) – they must be the same
	const gastro = page.getByTestId('facet-nutzung').locator('button[data-key="Gastronomie"]');
	await gastro.hover();
	await page.waitForTimeout(300);
	await gastro.click();
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('kataster-vorberechnet').length))
		.toBe(1);
	await expect(page).toHaveURL(/nutzung=Gastronomie/);
	const n = bestand(2025, 'Gastronomie');
	await expect(total).toHaveAttribute('data-n', String(n));
	for (const dim of [
		'dauer_klasse',
		'status',
		'zustand',
		'size_class',
		'flaeche_klasse',
		'kreis_ags'
	])
		expect(await sum(page, dim), dim).toBe(n);
	expect(await sum(page, 'nutzung')).toBe(bestand(2025));

	// clicking the bar back and again: the figures of before, found computed (the view just shown is kept)
	for (const [count, url, n2] of [
		[2, /^(?!.*nutzung=)/, bestand(2025)],
		[3, /nutzung=Gastronomie/, n]
	] as const) {
		await page.waitForTimeout(300);
		await gastro.click();
		await expect(page).toHaveURL(url);
		await expect(total).toHaveAttribute('data-n', String(n2));
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('kataster-vorberechnet').length))
			.toBe(count);
	}

	// year from the trend chart
	await page.getByTestId('trend').getByRole('button', { name: '2022', exact: true }).click();
	await expect(page).toHaveURL(/jahr=2022/);
	await expect(total).toHaveAttribute('data-n', String(bestand(2022, 'Gastronomie')));

	// reload keeps the view
	await page.reload();
	await expect(total).toHaveAttribute('data-n', String(bestand(2022, 'Gastronomie')));
	await expect(
		page.getByTestId('facet-nutzung').locator('button[data-key="Gastronomie"]')
	).toHaveAttribute('aria-pressed', 'true');

	// badge on every panel, early warning names no town
	const panels = page.getByTestId('kataster').locator('section.panel');
	const count = await panels.count();
	expect(count).toBeGreaterThanOrEqual(11);
	for (let i = 0; i < count; i++)
		await expect(panels.nth(i).locator('[data-flag="sample"]').first()).toBeVisible();
	await expect(page.getByTestId('fw-sample')).toContainText(
		'Beispieldaten — keine Aussage über reale Orte'
	);
	await expect(page.getByTestId('fw-tabelle')).toHaveCount(0);
	await showMaps(page, page.getByTestId('kataster-karte'));
	await expect(page.getByTestId('kataster-karte').locator('[data-map-ready="true"]')).toHaveCount(
		1,
		{
			timeout: 30_000
		}
	);

	// CSV export carries datenstatus
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /CSV exportieren/ }).click()
	]);
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
	expect(download.suggestedFilename()).toBe(`leerstandskataster_2022_gastronomie_${today}.csv`);
	const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
	const lines = text.trim().split('\r\n');
	const header = lines[0].split(';');
	const col = header.indexOf('datenstatus');
	expect(col).toBeGreaterThan(-1);
	expect(lines).toHaveLength(bestand(2022, 'Gastronomie') + 1);
	expect(new Set(lines.slice(1).map((l) => l.split(';')[col]))).toEqual(new Set(['Beispieldaten']));

	// town profile: labelled as sample, links back with the Gemeinde filter
	const weimar = dataset<{ ags: string; name: string }>('gemeinden').find(
		(g) => g.name === 'Weimar'
	)!;
	await page.goto(`/orte/${weimar.ags}`);
	const profil = page.getByTestId('kataster-profil');
	await expect(profil).toContainText('Keine realen Objekte und keine Aussage über');
	await expect(profil.locator('[data-flag="sample"]').first()).toBeVisible();
	await expect(profil.locator('tbody tr')).toHaveCount(3);
	await profil.getByRole('link', { name: 'Im Leerstandskataster auswerten' }).click();
	await expect(page).toHaveURL(new RegExp(`/leerstand/kataster\\?gemeinde=${weimar.ags}$`));
	await expect(page.getByTestId('kataster-total')).toHaveAttribute(
		'data-n',
		String(bestand(2025, undefined, weimar.ags))
	);
});

test('old links /leerstand?ansicht=kataster open the Kataster route with their filters', async ({
	page
}) => {
	// a mailed link: the prerendered /leerstand forwards
	await page.goto('/leerstand?ansicht=kataster&nutzung=Gastronomie');
	await expect(page).toHaveURL(/\/leerstand\/kataster\?nutzung=Gastronomie$/);
	await dbReady(page);
	const total = page.getByTestId('kataster-total');
	await expect(total).toHaveAttribute('data-n', String(bestand(2025, 'Gastronomie')));

	// inside the app (client-side navigation): the tabs, then an old link
	await page.getByRole('link', { name: 'Zensus 2022 (Wohnungen)' }).click();
	await expect(page).toHaveURL(/\/leerstand$/);
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = '/leerstand?ansicht=kataster&jahr=2022';
		a.textContent = 'alter Link';
		document.querySelector('main')!.append(a);
	});
	await page.getByRole('link', { name: 'alter Link' }).click();
	await expect(page).toHaveURL(/\/leerstand\/kataster\?jahr=2022$/);
	await expect(total).toHaveAttribute('data-n', String(bestand(2022)));
});
