import { dataset, deInt, summary } from './data';
import { readFileSync } from 'node:fs';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import type { Page } from '@playwright/test';
import {
	engineRequests,
	expect,
	figuresChecked,
	norm,
	sectionsChecked,
	showMaps,
	storeTable,
	test
} from './fixtures';

test('Übersicht: figures, chart and map from the embedded data, without starting DuckDB', async ({
	page
}) => {
	const s = summary();
	const engine = engineRequests(page);
	await page.goto('/');
	await expect(page.getByTestId('anzahl-gemeinden')).toHaveText(deInt(s.gemeinden));
	await expect(page.getByTestId('einwohner')).toHaveText(deInt(s.einwohner));
	await figuresChecked(page);
	await expect(page.getByTestId('chart-summary')).toHaveAttribute('data-source', 'build');
	const bars = page.locator('[data-testid="groessenklassen"] g.bar');
	await expect(bars).toHaveCount(6);
	const values = await bars.evaluateAll((els) =>
		els.map((e) => Number(e.getAttribute('data-value')))
	);
	expect(values.reduce((a, b) => a + b, 0)).toBe(dataset('gemeinden').length);
	await expect(page.getByTestId('chart-summary')).toContainText(`${deInt(s.gemeinden)} Gemeinden`);
	expect(norm(await page.locator('html').getAttribute('lang'))).toBe('de');
	// the map and its town search draw from the same embedded rows
	await showMaps(page, undefined, 'drawn');
	await page.getByRole('combobox', { name: 'Gemeinde suchen' }).fill('jena');
	await expect(
		page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
	).toContainText('Jena');
	expect(engine).toEqual([]);
	expect(await page.locator('html').getAttribute('data-db')).toBeNull();
});

test('a stored table in place of the embedded Gemeinden: DuckDB starts and the chart counts it', async ({
	page
}) => {
	const all = tableFromIPC(readFileSync('data/gemeinden.arrow'));
	const fewer = all.slice(0, all.numRows - 5);
	await page.goto('/impressum');
	await storeTable(page, 'gemeinden', tableToIPC(fewer, 'stream'));
	await page.goto('/');
	await figuresChecked(page);
	await expect(page.getByTestId('chart-summary')).toHaveAttribute('data-source', 'duckdb');
	await expect(page.getByTestId('chart-summary')).toContainText(
		`${deInt(fewer.numRows)} Gemeinden`
	);
	const values = await page
		.locator('[data-testid="groessenklassen"] g.bar')
		.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
	expect(values.reduce((a, b) => a + b, 0)).toBe(fewer.numRows);
	// the map's build-time picture shows the outlines, not the towns of the embedded table
	await page.getByTestId('atlas-map').scrollIntoViewIfNeeded();
	const picture = page.getByTestId('map-preview');
	await expect(picture).toHaveAttribute('data-orte', '0');
	await expect(picture.locator('path[data-id]').first()).toBeAttached();
	await expect(picture.locator('circle')).toHaveCount(0);
});

/** The figures of a town profile's six sections, without their source lines and maps. */
const profileFigures = (page: Page) =>
	page.evaluate(() => {
		const out: Record<string, string> = {};
		for (const el of document.querySelectorAll<HTMLElement>('main [data-checked]')) {
			const copy = el.cloneNode(true) as HTMLElement;
			for (const x of copy.querySelectorAll(
				'.quelle, [data-testid="leerstand-quelle"], [data-testid="ortskern-karte"]'
			))
				x.remove();
			out[el.dataset.testid!] = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
		}
		return out;
	});

test('a town profile needs no engine; stored copies of its tables give the same figures through DuckDB', async ({
	page
}) => {
	const engine = engineRequests(page);
	const erfurt = dataset<{ ags: string }>('gemeinden').find((g) => g.ags === '16051000')!;
	const events = dataset<{ ags: string | null }>('events').filter((e) => e.ags === erfurt.ags);
	const stationen = dataset<{ ags: string }>('stationen').filter((s) => s.ags === erfurt.ags);
	expect(events.length * stationen.length).toBeGreaterThan(0);

	await page.goto(`/orte/${erfurt.ags}`);
	await sectionsChecked(page);
	const build = await profileFigures(page);
	expect(Object.keys(build)).toHaveLength(6);
	await expect(page.getByTestId('ort-termine').locator('[data-event]')).toHaveCount(events.length);
	await expect(page.getByTestId('ort-stationen').locator('li')).toHaveCount(stationen.length);
	expect(engine).toEqual([]);
	expect(await page.locator('html').getAttribute('data-db')).toBeNull();

	// stored as an import would: a copy of the Gemeinden and the events without Erfurt's first one —
	// every section now reads them through DuckDB: the same figures, one event fewer
	const all = tableFromIPC(readFileSync('data/events.arrow'));
	const i = all.toArray().findIndex((e) => e.ags === erfurt.ags);
	const fewer = all.slice(0, i).concat(all.slice(i + 1));
	await storeTable(page, 'events', tableToIPC(fewer, 'stream'));
	await storeTable(
		page,
		'gemeinden',
		tableToIPC(tableFromIPC(readFileSync('data/gemeinden.arrow')), 'stream')
	);
	await page.reload();
	await sectionsChecked(page);
	expect(engine.length).toBeGreaterThan(0);
	await expect(page.getByTestId('ort-termine').locator('[data-event]')).toHaveCount(
		events.length - 1
	);
	const { 'ort-termine': termine, ...rest } = await profileFigures(page);
	const { 'ort-termine': termineBuild, ...restBuild } = build;
	expect(rest).toEqual(restBuild);
	expect(termine).not.toEqual(termineBuild);
});

test('the first numbers are in the prerendered HTML, before any script runs', async ({
	page,
	guard
}) => {
	guard.allowConsole.push(/Failed to load resource|dynamically imported module/);
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	await expect(page.getByTestId('einwohner')).toHaveText(deInt(summary().einwohner));
	// the size-class chart too: its bars count every Gemeinde of data/
	const bars = page.locator('[data-testid="groessenklassen"] g.bar');
	await expect(bars).toHaveCount(6);
	const values = await bars.evaluateAll((els) =>
		els.map((e) => Number(e.getAttribute('data-value')))
	);
	expect(values.reduce((a, b) => a + b, 0)).toBe(dataset('gemeinden').length);
	await expect(page.getByTestId('chart-summary')).toHaveAttribute('data-source', 'build');
	// the takeaway above everything: counted from the Gemeinden of data/
	const g = dataset<{ population: number }>('gemeinden');
	const pop = (xs: { population: number }[]) => xs.reduce((s, x) => s + x.population, 0);
	const pct = (xs: { population: number }[]) =>
		new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
			(pop(xs) / pop(g)) * 100
		) + ' %';
	const small = g.filter((x) => x.population < 5000);
	const big = g.filter((x) => x.population >= 20000);
	expect(norm(await page.getByTestId('uebersicht-kernaussage').innerText())).toBe(
		`${small.length} der ${g.length} Gemeinden Thüringens haben weniger als 5.000 Einwohner – dort leben ${pct(small)} der Menschen; ${pct(big)} leben in den ${big.length} Städten ab 20.000 Einwohnern.`
	);
});

test('without WebAssembly a German message explains it and the page stays usable', async ({
	page,
	guard
}) => {
	guard.allowConsole.push(/WebAssembly|Datenbank/);
	await page.addInitScript(() => {
		// @ts-expect-error simulate a browser without WebAssembly
		delete window.WebAssembly;
	});
	// the Übersicht and the Zensus view of /leerstand need no engine; the Kataster does
	await page.goto('/');
	await figuresChecked(page);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('link', { name: 'Leerstand', exact: true }).first().click();
	await sectionsChecked(page);
	await expect(page.getByTestId('leerstand-headline')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.getByRole('link', { name: 'Leerstandskataster (Objekte)' }).click();
	await expect(page.getByRole('alert').first()).toContainText('WebAssembly');
	await page.getByRole('link', { name: 'Daten', exact: true }).click();
	await expect(page).toHaveURL(/\/daten$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a town profile is prerendered for every Gemeinde; unknown AGS gives a German 404', async ({
	page,
	guard
}) => {
	const jena = dataset<{ ags: string; population: number }>('gemeinden').find(
		(g) => g.ags === '16053000'
	)!;
	await page.goto('/orte/16053000');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jena');
	await expect(page.getByTestId('einwohner')).toHaveText(deInt(jena.population));
	guard.allowConsole.push(/404|Failed to load resource/);
	await page.goto('/orte/99999999');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});
