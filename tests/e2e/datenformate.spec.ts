import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Table, Utf8, Int32, Float64, tableToIPC, vectorFromArray } from 'apache-arrow';
import * as pq from 'parquet-wasm/node';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated, norm } from './fixtures';
import { dataset } from './data';

// real Gemeinden from data/: the Parquet file is a free table, the GeoJSON their points
const gemeinden = dataset<{
	ags: string;
	name: string;
	population: number;
	area_km2: number;
	lon: number;
	lat: number;
}>('gemeinden').slice(0, 40);

function parquetFile(): Uint8Array {
	const t = new Table({
		ags: vectorFromArray(
			gemeinden.map((g) => g.ags),
			new Utf8()
		),
		name: vectorFromArray(
			gemeinden.map((g) => g.name),
			new Utf8()
		),
		einwohner: vectorFromArray(
			gemeinden.map((g) => g.population),
			new Int32()
		),
		flaeche_km2: vectorFromArray(
			gemeinden.map((g) => g.area_km2),
			new Float64()
		)
	});
	return pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(t, 'stream')));
}

const geojson = {
	type: 'FeatureCollection',
	features: gemeinden.slice(0, 12).map((g) => ({
		type: 'Feature',
		properties: { id: g.ags, name: g.name, einwohner: g.population },
		geometry: { type: 'Point', coordinates: [g.lon, g.lat] }
	}))
};

const TABLES = ['import_gemeinden_auszug', 'import_orte'];
const hashSql = (t: string) =>
	`SELECT count(*) AS n, md5(string_agg(CAST(x AS VARCHAR), chr(10) ORDER BY CAST(x AS VARCHAR))) AS h FROM ${t} x`;

async function sql(page: Page, text: string) {
	await page.getByTestId('sql-text').fill(text);
	await page.getByTestId('sql-run').click();
	await expect(page.getByText('Abfrage läuft')).toHaveCount(0);
}

async function fingerprints(page: Page) {
	const out: string[] = [];
	for (const t of TABLES) {
		await sql(page, hashSql(t));
		out.push(norm(await page.getByTestId('sql-ergebnis').locator('tbody').innerText()));
	}
	return out;
}

async function importFile(page: Page, file: string, rows: number) {
	await page.getByTestId('import-datei').setInputFiles(file);
	await expect(page.getByTestId('import-datei-info')).toContainText(`${rows} Zeilen`);
	await page.getByTestId('import-ziel').selectOption('__frei__');
	await page.getByTestId('import-pruefen').click();
	await page.getByTestId('import-laden').click();
	await expect(page.getByTestId('import-fertig')).toContainText(`${rows} Zeilen`);
}

test('Parquet and GeoJSON import, project file moves everything, locked console, size guard', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'fmt-'));
	try {
		const pqFile = join(dir, 'gemeinden-auszug.parquet');
		writeFileSync(pqFile, parquetFile());
		const geoFile = join(dir, 'orte.geojson');
		writeFileSync(geoFile, JSON.stringify(geojson));

		// a first browser profile: import, fingerprint, export the project
		const ctx = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
		const foreign: string[] = [];
		const a = await ctx.newPage();
		a.on('request', (r) => {
			if (new URL(r.url()).host !== new URL(baseURL!).host && !r.url().startsWith('blob:'))
				foreign.push(r.url());
		});
		// hydrated before the first file is set
		await a.goto('/daten');
		await hydrated(a);
		await importFile(a, pqFile, gemeinden.length);
		await expect(a.getByTestId('import-datei-info')).toHaveCount(0);
		await importFile(a, geoFile, geojson.features.length);
		const before = await fingerprints(a);
		expect(before.map((f) => f.split(' ')[0])).toEqual([
			String(gemeinden.length),
			String(geojson.features.length)
		]);
		const [download] = await Promise.all([
			a.waitForEvent('download'),
			a.getByTestId('projekt-export').click()
		]);
		const zip = join(dir, 'projekt.zip');
		await download.saveAs(zip);
		expect(foreign).toEqual([]);
		await ctx.close();

		// the guarded page: an empty profile (cleared storage) loads the project
		await page.goto('/daten');
		await hydrated(page);
		await page.getByTestId('projekt-import').setInputFiles(zip);
		const ask = page.getByRole('alertdialog', { name: 'Projektdatei „projekt.zip“ laden?' });
		await expect(ask.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
		await ask.getByRole('button', { name: 'Projektdatei laden' }).click();
		await expect(ask).toHaveCount(0);
		await expect(page.getByTestId('projekt-fertig')).toContainText('2 Tabellen');
		expect(await fingerprints(page)).toEqual(before);

		// the console cannot switch settings back on or read a URL (the guard sees no request leave)
		await sql(page, 'SET autoload_known_extensions=true');
		await expect(page.getByTestId('sql-fehler')).toContainText('nur lesende Abfragen');
		await sql(page, "SELECT * FROM read_csv('http://example.org/daten.csv')");
		await expect(page.getByTestId('sql-fehler')).toContainText(
			'Die Konsole liest keine Dateien und keine Adressen im Internet'
		);
		await expect(page.getByTestId('sql-fehler')).toContainText('DuckDB meldet');
		await sql(
			page,
			"SELECT current_setting('lock_configuration') AS gesperrt, current_setting('enable_external_access') AS extern, current_setting('autoload_known_extensions') AS autoload"
		);
		await expect(page.getByTestId('sql-ergebnis').locator('tbody')).toHaveText(/ja\s*nein\s*nein/);

		// the app's own connection still loads tables after the lock; the new sections pass axe
		await importFile(page, geoFile, geojson.features.length);
		const axe = await new AxeBuilder({ page })
			.include('section[aria-labelledby="projekt-h"]')
			.include('section[aria-labelledby="sql-h"]')
			.analyze();
		expect(axe.violations).toEqual([]);

		// size guard: a small limit (the URL parameter can only lower it) and a file above it
		const big = join(dir, 'gross.csv');
		writeFileSync(big, 'ags;name\n' + '16053000;Jena\n'.repeat(400));
		await page.goto('/daten?importlimit=2048');
		await hydrated(page);
		await page.getByTestId('import-datei').setInputFiles(big);
		await expect(page.getByTestId('import-fehler')).toContainText(
			'zu groß für den Speicher des Browsers. Importiert werden Dateien bis 2 kB.'
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
