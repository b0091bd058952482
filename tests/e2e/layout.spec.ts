import { expect, settle, test } from './fixtures';

/** Routes that never scroll sideways, also with their tables open. */
const ROUTES = [
	'/',
	'/leerstand',
	'/leerstand/innenstadt',
	'/klima',
	'/kennzahlen',
	'/orte/16053000',
	'/leerstand/kataster',
	'/klima?modus=planung',
	'/bericht',
	'/massnahmen',
	'/daten'
];
type Page = import('@playwright/test').Page;

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The smallest chart text as drawn on screen (font size × the SVG's scale), outside the maps. */
const smallestChartText = (page: Page) =>
	page.evaluate(() => {
		let min: { px: number; text: string } | null = null;
		for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
			if (t.closest('.maplibregl-map') || !t.getBoundingClientRect().width) continue;
			const scale = t.ownerSVGElement?.getScreenCTM()?.a ?? 1;
			const px = parseFloat(getComputedStyle(t).fontSize) * scale;
			if (!min || px < min.px) min = { px, text: t.textContent ?? '' };
		}
		return min;
	});

for (const [size, routes] of [
	[{ width: 360, height: 740 }, ROUTES],
	[{ width: 1400, height: 900 }, ROUTES]
] as const) {
	test(`no sideways page scroll at ${size.width} px`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.setViewportSize(size);
		for (const route of routes) {
			await page.goto(route);
			await settle(page);
			expect(await overflow(page), `${route} at ${size.width} px`).toBeLessThanOrEqual(0);
			const small = await smallestChartText(page);
			if (small)
				expect(
					small.px,
					`${route} at ${size.width} px: chart text „${small.text}“`
				).toBeGreaterThanOrEqual(10.95);
			const tables = page.getByRole('button', { name: 'Als Tabelle', exact: true });
			for (let n = await tables.count(); n > 0; n--) await tables.first().click();
			expect(await overflow(page), `${route} at ${size.width} px, tables open`).toBeLessThanOrEqual(
				0
			);
		}
	});
}

test('phone: the /leerstand filters sit in a drawer that says how many apply', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/leerstand?klasse=kleinstadt');
	await settle(page);
	const drawer = page.getByTestId('filter-drawer');
	await expect(drawer).toHaveText(/Filter \(1 aktiv\)/);
	await expect(drawer).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByTestId('filter-kreis')).toBeHidden();
	await drawer.click();
	await expect(drawer).toHaveAttribute('aria-expanded', 'true');
	await page.getByTestId('filter-stadt').selectOption('ja');
	await expect(page).toHaveURL(/stadt=ja/);
	await expect(drawer).toHaveText(/Filter \(2 aktiv\)/);
	await page.setViewportSize({ width: 1400, height: 900 });
	await expect(drawer).toBeHidden();
	await expect(page.getByTestId('filter-kreis')).toBeVisible();
});
