import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { dataset, deInt } from './data';
import { dbReady, expect, norm, test, showMaps } from './fixtures';
import { toLaea } from '../../src/lib/geo/laea';

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

// /klima locates a town at its Ortsmitte (dataset ortsmitte), not at the label point
const mitte = new Map(dataset<G>('ortsmitte').map((o) => [o.ags, o]));
const gemeinden = dataset<G>('gemeinden').map((g) => ({
	...g,
	lon: mitte.get(g.ags)!.lon,
	lat: mitte.get(g.ags)!.lat
}));
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
	await expect(count).toHaveAttribute('data-count', String(withStations.length), {
		timeout: 60_000
	});
	await expect(page.getByTestId('sa-menschen')).toContainText('Inkl. Beispieldaten');
	const share =
		withStations.reduce((s, g) => s + g.population, 0) /
		gemeinden.reduce((s, g) => s + g.population, 0);
	expect(norm(await page.getByTestId('sa-anteil').textContent())).toBe(
		norm(
			`${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)} %`
		)
	);
	// people farther than 15 km from every pilot and station, per Planungsregion, add up to Node's figure
	const regionSum = await page
		.getByTestId('sa-region')
		.locator('tbody td:nth-child(3)')
		.allTextContents();
	const xy = [...pilots, ...stationen].map((s) => toLaea(pt(s)));
	const uncovered = cells
		.filter((c) => xy.every(([x, y]) => Math.hypot(c.x_3035 - x, c.y_3035 - y) > 15000))
		.reduce((s, c) => s + c.einwohner!, 0);
	expect(regionSum.reduce((s, t) => s + Number(t.replace(/\./g, '')), 0)).toBe(uncovered);
	await showMaps(page);
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(2, { timeout: 30_000 });
	// the Klima view writes its own parameters and keeps the analysis'
	await page.getByRole('button', { name: 'Zeitleiste' }).click();
	await expect(page).toHaveURL(/modus=zeitleiste.*sa=1&sa_klasse=stadt&sa_km=15&sa_stationen=1/);
	await page.getByTestId('modus-planung').click();
	await expect(page).toHaveURL(/modus=planung.*sa=1&sa_klasse=stadt&sa_km=15&sa_stationen=1/);
	await expect(count).toHaveAttribute('data-count', String(withStations.length));

	// other parameters, real pilots + candidates only (no sample stations)
	await page.getByTestId('sa-klasse').selectOption('kleinstadt');
	await page.getByTestId('sa-km').fill('10');
	await page.getByTestId('sa-km').press('Enter');
	await page.getByTestId('sa-stationen').uncheck();
	const klein = (g: G) => g.size_group === 'kleinstadt';
	const baseline = spotsOf(klein, pilots, 10);
	await expect(count).toHaveAttribute('data-count', String(baseline.length));
	await expect(page.getByTestId('sa-menschen')).not.toContainText('Beispieldaten');
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
	await expect(row.getByTestId('sa-ew').nth(1)).toContainText(deInt(within(pt(town), 5)));
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

interface Cell {
	x_3035: number;
	y_3035: number;
	einwohner: number | null;
	anteil_ab65: number | null;
}
const cells = dataset<Cell>('zensus_1km_bevoelkerung').filter((c) => c.einwohner);
/** People in cells whose centroid lies within km of p (the centroid method, ≥ 5 km), from data/. */
function within(p: [number, number], km: number) {
	const [x, y] = toLaea(p);
	return cells
		.filter((c) => Math.hypot(c.x_3035 - x, c.y_3035 - y) <= km * 1000)
		.reduce((s, c) => s + c.einwohner!, 0);
}
const pct = (x: number) =>
	`${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100)} %`;

test('a candidate near Saalfeld reaches > 20.000 people within 5 km; white-spot share by people equals Node', async ({
	page
}) => {
	const saalfeld: [number, number] = [11.3604, 50.6682];
	await page.goto('/klima?modus=planung&sa=1&sa_km=15&sa_stationen=0&sa_ebene=luecken');
	await dbReady(page);
	const plan = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				id: 'saalfeld-test',
				properties: {
					art: 'kandidat',
					id: 'saalfeld-test',
					name: 'Saalfeld Altstadt',
					klimafeld: 'Hitze'
				},
				geometry: { type: 'Point', coordinates: saalfeld }
			}
		]
	};
	await page.getByTestId('geojson-import').setInputFiles({
		name: 'saalfeld.geojson',
		mimeType: 'application/geo+json',
		buffer: Buffer.from(JSON.stringify(plan))
	});
	const row = page.getByTestId('sa-vergleich').locator('tbody tr[data-id="saalfeld-test"]');
	await expect(row).toContainText('Saalfeld', { timeout: 60_000 });
	const ew5 = within(saalfeld, 5);
	expect(ew5).toBeGreaterThan(20000);
	await expect(row.getByTestId('sa-ew').nth(1)).toContainText(deInt(ew5));
	await expect(row).toContainText('noch kein Pilot mit Standort');
	await expect(page.getByTestId('sa-kein-pilot')).toBeVisible();
	await expect(page.getByTestId('sa-methode')).toContainText('Flächenanteil');

	// white spots by people: every populated cell farther than 15 km from all sites
	const sites = [...pilots.map(pt), saalfeld].map(toLaea);
	const far = cells.filter((c) =>
		sites.every(([x, y]) => Math.hypot(c.x_3035 - x, c.y_3035 - y) > 15000)
	);
	const sum = (xs: Cell[]) => xs.reduce((s, c) => s + c.einwohner!, 0);
	await expect
		.poll(async () => norm(await page.getByTestId('sa-anteil-menschen').textContent()))
		.toBe(norm(pct(sum(far) / sum(cells))));
	await expect(page.getByTestId('sa-zellen-legende')).toContainText(deInt(far.length));

	// heat layer: legend, source and table alternative
	await page.getByTestId('sa-ebene').selectOption('hitze');
	const legend = page.getByTestId('sa-zellen-legende');
	await expect(legend).toContainText('Anteil der Einwohner ab 65 Jahren');
	await expect(legend).toContainText('Zensus 2022');
	await legend.getByText('Als Tabelle').click();
	const counts = await page
		.getByTestId('sa-hitze-tabelle')
		.locator('tbody td:nth-child(2)')
		.allTextContents();
	expect(counts.reduce((s, t) => s + Number(t.replace(/\./g, '')), 0)).toBe(cells.length);
	await expect(page).toHaveURL(/sa_ebene=hitze/);
});
