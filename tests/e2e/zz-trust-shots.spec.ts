import { test } from '@playwright/test';

const VIEWS: [string, string, ((p: import('@playwright/test').Page) => Promise<void>)?][] = [
	['orte-poessneck', '/orte/16075085'],
	['orte-jena', '/orte/16053000'],
	[
		'leerstand-filter',
		'/leerstand?klasse=kleinstadt&kreis=16065',
		async (p) => {
			await p.getByTestId('leerstand-karte').getByRole('button', { name: 'Als Tabelle' }).click();
			await p.getByTestId('leerstand-karte').getByTestId('map-table').scrollIntoViewIfNeeded();
		}
	],
	['kataster', '/leerstand?ansicht=kataster', async (p) => p.getByTestId('kataster-karte').scrollIntoViewIfNeeded()],
	['klima', '/klima'],
	[
		'kennzahlen-stichtag',
		'/kennzahlen?stichtag=2024-06-30',
		async (p) => {
			await p.locator('input[name="stichtag"]').fill('1923-06-30');
		}
	]
];

for (const [w, h] of [
	[1400, 900],
	[360, 740]
]) {
	for (const [name, url, act] of VIEWS) {
		test(`${name} ${w}`, async ({ page }) => {
			test.setTimeout(180_000);
			await page.setViewportSize({ width: w, height: h });
			await page.goto(url);
			await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 60_000 });
			await page.waitForFunction(() => !document.querySelector('main p.loading[aria-live]'), null, {
				timeout: 120_000
			});
			await page.waitForTimeout(1500);
			if (act) await act(page);
			await page.waitForTimeout(500);
			await page.screenshot({ path: `/tmp/trust-shots/${name}-${w}.png`, fullPage: w === 360 ? false : false });
		});
	}
}

test('probe derived_inert', async ({ page }) => {
	test.setTimeout(300_000);
	const log: string[] = [];
	let step = 'start';
	page.on('console', (m) => m.type() === 'warning' && log.push(`${step}: ${m.text()}`));
	await page.goto('/leerstand');
	await page.locator('html[data-hydrated="true"]').waitFor({ timeout: 60_000 });
	await page.getByTestId('leerstand-view').waitFor({ timeout: 120_000 });
	await page.waitForTimeout(3000);
	step = 'klasse';
	await page.getByTestId('filter-klasse').selectOption('kleinstadt');
	await page.waitForTimeout(3000);
	step = 'alle';
	await page.getByTestId('filter-alle').click();
	await page.waitForTimeout(3000);
	step = 'ebene-kreis';
	await page.getByRole('radio', { name: 'Kreise' }).check();
	await page.waitForTimeout(3000);
	step = 'gitter';
	await page.getByRole('radio', { name: /Gitter/ }).check();
	await page.waitForTimeout(5000);
	step = 'kataster-tab';
	await page.getByRole('link', { name: /Leerstandskataster \(Objekte\)/ }).click();
	await page.waitForTimeout(8000);
	step = 'zensus-tab';
	await page.getByRole('link', { name: /Zensus 2022/ }).click();
	await page.waitForTimeout(5000);
	step = 'to-town';
	await page.getByTestId('gemeinden-tabelle').locator('tbody a').first().click();
	await page.waitForTimeout(5000);
	console.log('WARNINGS', JSON.stringify(log, null, 1));
});
