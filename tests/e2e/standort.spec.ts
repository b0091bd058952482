import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { dataset, deInt } from './data';
import { dbReady, expect, norm, test } from './fixtures';

interface G {
	ags: string;
	name: string;
	population: number;
	is_stadt: boolean;
	size_group: string;
	lon: number;
	lat: number;
}
type P = { lon: number | null; lat: number | null };

function hav(a: [number, number], b: [number, number]) {
	const rad = (d: number) => (d * Math.PI) / 180;
	const h =
		Math.sin(rad(b[1] - a[1]) / 2) ** 2 +
		Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(rad(b[0] - a[0]) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const gemeinden = dataset<G>('gemeinden');
const pilots = dataset<P>('pilots').filter((p) => p.lon !== null && p.lat !== null);
const stationen = dataset<P>('stationen');
const pt = (p: P | G): [number, number] => [p.lon!, p.lat!];
/** White spots computed in Node straight from data/: no site within km of the Gemeinde point. */
const spotsOf = (inClass: (g: G) => boolean, sites: P[], km: number) =>
	gemeinden.filter((g) => inClass(g) && sites.every((s) => hav(pt(g), pt(s)) > km));

test('white spots on /klima equal the count computed from data/; a candidate closes them', async ({
	page
}) => {
	await page.goto('/klima?modus=planung&sa=1&sa_klasse=stadt&sa_km=15&sa_stationen=1');
	await dbReady(page);
	const count = page.getByTestId('sa-luecken');
	const withStations = spotsOf((g) => g.is_stadt, [...pilots, ...stationen], 15);
	await expect(count).toHaveAttribute('data-count', String(withStations.length));
	await expect(count).toContainText('Inkl. Beispieldaten');
	const share =
		withStations.reduce((s, g) => s + g.population, 0) /
		gemeinden.reduce((s, g) => s + g.population, 0);
	expect(norm(await page.getByTestId('sa-anteil').textContent())).toBe(
		norm(
			`${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)} %`
		)
	);
	const regionSum = await page
		.getByTestId('sa-region')
		.locator('tbody td:nth-child(2)')
		.allTextContents();
	expect(regionSum.reduce((s, t) => s + Number(t.replace(/\./g, '')), 0)).toBe(withStations.length);
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(2, { timeout: 30_000 });
	// the Klima view's own URL keeps the analysis parameters
	await expect(page).toHaveURL(
		/modus=planung.*sa=1&sa_klasse=stadt&sa_km=15&sa_ebene=luecken&sa_stationen=1/
	);

	// other parameters, real pilots + candidates only (no sample stations)
	await page.getByTestId('sa-klasse').selectOption('kleinstadt');
	await page.getByTestId('sa-km').fill('10');
	await page.getByTestId('sa-km').press('Enter');
	await page.getByTestId('sa-stationen').uncheck();
	const klein = (g: G) => g.size_group === 'kleinstadt';
	const baseline = spotsOf(klein, pilots, 10);
	await expect(count).toHaveAttribute('data-count', String(baseline.length));
	await expect(count).not.toContainText('Beispieldaten');
	await expect(page).toHaveURL(/sa_klasse=kleinstadt&sa_km=10&sa_ebene=luecken&sa_stationen=0/);

	// a candidate at a white-spot town closes exactly the white spots within 10 km
	const town = baseline[0];
	await page
		.locator('select:has(option:text("– Gemeinde wählen –"))')
		.first()
		.selectOption(town.ags);
	await page.getByRole('button', { name: 'Standort hinzufügen' }).click();
	const closed = baseline.filter((g) => hav(pt(g), pt(town)) <= 10);
	await expect(count).toHaveAttribute('data-count', String(baseline.length - closed.length));
	const row = page.getByTestId('sa-vergleich').locator('tbody tr').first();
	await expect(row).toContainText(town.name);
	const ew5 = gemeinden
		.filter((g) => hav(pt(g), pt(town)) <= 5)
		.reduce((s, g) => s + g.population, 0);
	await expect(row.locator('td').nth(2)).toHaveText(deInt(ew5));
	await expect(row.getByTestId('sa-schliesst')).toContainText(deInt(closed.length));

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('sa-csv').click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toContain('Einwohner im Umkreis 5 km');
	expect(csv).toContain(town.name);
	expect(csv).toContain('Beispieldaten');

	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.include('[data-testid="standort"]')
		.exclude('.maplibregl-canvas')
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual(
		[]
	);

	// context layer with its source badge
	await page.getByTestId('sa-ebene').selectOption('leerstand');
	await expect(page.getByTestId('standort')).toContainText('Schätzung');
});
