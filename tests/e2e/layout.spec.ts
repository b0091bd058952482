import { expect, settle, test } from './fixtures';

/** Every main route, at phone and desktop size: the page never scrolls sideways, also with tables open. */
const ROUTES = [
	'/',
	'/leerstand',
	'/leerstand/kataster',
	'/klima',
	'/klima?modus=planung',
	'/kennzahlen',
	'/bericht',
	'/massnahmen',
	'/daten',
	'/orte/16053000',
	'/barrierefreiheit'
];
const SIZES = [
	{ width: 360, height: 740 },
	{ width: 1400, height: 900 }
];

const overflow = (page: import('@playwright/test').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const size of SIZES) {
	test(`no sideways page scroll at ${size.width} px on any route`, async ({ page }) => {
		test.setTimeout(240_000);
		await page.setViewportSize(size);
		for (const route of ROUTES) {
			await page.goto(route);
			await settle(page);
			expect(await overflow(page), `${route} at ${size.width} px`).toBeLessThanOrEqual(0);
			const tables = page.getByRole('button', { name: 'Als Tabelle', exact: true });
			for (let n = await tables.count(); n > 0; n--) await tables.first().click();
			expect(await overflow(page), `${route} at ${size.width} px, tables open`).toBeLessThanOrEqual(
				0
			);
		}
	});
}
