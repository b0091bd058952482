import { test, expect, dbReady, hydrated } from './fixtures';
import { dataset, deInt } from './data';

// a Kataster file built from data/: N valid rows, then rows with one known problem each
const gemeinden = dataset<{ ags: string }>('gemeinden');
const merged = dataset<{ ags_2022: string; ags_2025: string; is_split: boolean }>(
	'gemeinden_2022_2025'
).find((c) => c.ags_2022 !== c.ags_2025 && !c.is_split)!;
const N = 2000;
const ags = gemeinden[0].ags;
const bad: [string, string][] = [
	[`X-1;${merged.ags_2022};Büro;12;01.01.2015;`, 'AGS'],
	[`X-2;${ags.slice(1)};Büro;12;01.01.2015;`, 'AGS'],
	[`X-3;${ags};Kiosk;12;01.01.2015;`, 'Nutzung'],
	[`B-0;${ags};Büro;12;01.01.2015;`, 'Objekt-ID'],
	[`X-5;${ags};Büro;abc;01.01.2015;`, 'Fläche (m²)'],
	[`X-6;${ags};Büro;12;31.02.2020;Eckladen`, 'leer seit']
];
const csv = [
	'Objekt-ID;AGS;Nutzung;Fläche (m²);leer seit;Bemerkung',
	...Array.from(
		{ length: N },
		(_, i) =>
			`B-${i};${gemeinden[i % gemeinden.length].ags};Einzelhandel;${10 + (i % 90)},5;01.02.2020;${i % 7 ? '' : 'Schaufenster'}`
	),
	...bad.map(([line]) => line)
].join('\r\n');

test('Bulk import (DuckDB reads the file): same problems by row and column, valid rows kept after a reload', async ({
	page
}) => {
	test.setTimeout(60_000);
	// ?bulkab=1 takes the path of files > 5 MB with a small file
	await page.goto('/daten?bulkab=1');
	await hydrated(page);
	await page
		.locator('input[type=file]')
		.first()
		.setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	const info = page.getByTestId('import-datei-info');
	await expect(info).toHaveAttribute('data-weg', 'duckdb');
	await expect(info).toContainText(`${deInt(N + bad.length)} Zeilen`);
	await expect(page.getByTestId('import-vorschau')).toContainText('B-0');
	await page.getByTestId('import-ziel').selectOption('kataster');
	await page.getByTestId('import-pruefen').click();
	await expect(page.getByTestId('import-ergebnis')).toContainText(
		`Gelesen: ${deInt(N + bad.length)} Zeilen = ${deInt(N)} gültig + ${bad.length} abgelehnt`
	);
	const rows = page.getByTestId('import-probleme').locator('tbody tr.fehler');
	await expect(rows).toHaveCount(bad.length);
	for (const [i, [, column]] of bad.entries()) {
		await expect(rows.nth(i).locator('td').nth(0)).toHaveText(String(N + 2 + i));
		await expect(rows.nth(i).locator('td').nth(1)).toHaveText(column);
	}
	await expect(rows.nth(0).locator('td').nth(4)).toHaveText(merged.ags_2025);
	await page.getByTestId('import-nur-gueltige').click();
	await expect(page.getByTestId('import-fertig')).toContainText(
		`${N.toLocaleString('de-DE')} Zeilen in „Leerstandskataster (Objekte)“ geladen und im Browser gespeichert`
	);

	await page.goto('/leerstand?ansicht=kataster');
	await dbReady(page);
	await expect(page.getByTestId('kataster-total')).toHaveAttribute('data-n', String(N));
	await expect(page.getByText('– importierte Daten')).toBeVisible();
});
