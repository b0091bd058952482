import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { test, expect, hydrated } from './fixtures';
import { dataset, deInt } from './data';

const XLSX_FILE = join(process.cwd(), 'tests/fixtures/termine-umlaute.xlsx');

async function sql(page: import('@playwright/test').Page, text: string) {
	await page.getByTestId('sql-text').fill(text);
	await page.getByTestId('sql-run').click();
	await expect(page.getByText('Abfrage läuft')).toHaveCount(0);
	return page.getByTestId('sql-ergebnis');
}

test('a file with an id column goes to a new free table by default; Termine change only when chosen and come back', async ({
	page
}) => {
	test.setTimeout(240_000);
	const events = dataset<{ id: string }>('events');
	const csv =
		'id,Datum,Titel,Art,Ort\nx-1,12.03.2025,Treffen,netzwerktreffen,Jena\nx-2,05.06.2025,AG,ag_sitzung,Gera\n';
	await page.goto('/daten');
	await hydrated(page);
	await page
		.getByTestId('import-datei')
		.setInputFiles({ name: 'termine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByTestId('import-ziel')).toHaveValue('__frei__');
	await expect(page.getByTestId('import-vorschlag')).toContainText('passen zu');
	await page.getByTestId('import-pruefen').click();
	// the first check waits for DuckDB to start
	await expect(page.getByTestId('import-laden')).toHaveText(
		'Neue Tabelle „import_termine“ anlegen: 2 Zeilen laden',
		{ timeout: 60_000 }
	);
	await page.getByTestId('import-laden').click();
	await expect(page.getByTestId('import-fertig')).toContainText('Gelesen: 2 Zeilen = 2 geladen');
	const katalog = page.getByTestId('katalog');
	await expect(katalog.locator('tr[data-table="import_termine"]')).toBeVisible();
	await expect(katalog.locator('tr[data-table="events"] td').nth(1)).toHaveText(
		deInt(events.length)
	);

	// the explicit choice replaces Termine – the button says so – and the way back restores them
	await page
		.getByTestId('import-datei')
		.setInputFiles({ name: 'termine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await page.getByTestId('import-ziel').selectOption('events');
	await page.getByTestId('import-pruefen').click();
	await expect(page.getByTestId('import-laden')).toContainText(
		`ersetzen: ${deInt(events.length)} eingebettete Zeilen → 2 neue`
	);
	await page.getByTestId('import-laden').click();
	await expect(katalog.locator('tr[data-table="events"] td').nth(1)).toHaveText('2');
	await page.getByTestId('import-wiederherstellen').click();
	await expect(page.getByTestId('import-fertig')).toContainText('wieder die eingebetteten Daten');
	await expect(katalog.locator('tr[data-table="events"] td').nth(1)).toHaveText(
		deInt(events.length)
	);
});

test('a real .xlsx with umlauts, dates and decimals becomes a free table', async ({ page }) => {
	test.setTimeout(240_000);
	// expected values from the fixture itself, read with the same library
	const wb = XLSX.read(readFileSync(XLSX_FILE), { cellDates: true });
	const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]], { header: 1 });
	const data = rows.slice(2) as [string, Date, number, string][];
	await page.goto('/daten');
	await hydrated(page);
	await page.getByTestId('import-datei').setInputFiles(XLSX_FILE);
	await expect(page.getByTestId('import-datei-info')).toContainText(`${data.length} Zeilen`);
	await expect(page.getByTestId('import-datei-info')).toContainText('Excel');
	await expect(page.getByTestId('import-titelzeilen')).toContainText('1 Zeile über der Kopfzeile');
	await expect(page.getByTestId('import-vorschau')).toContainText(data[0][0]);
	await page.getByTestId('import-pruefen').click();
	await page.getByTestId('import-laden').click();
	await expect(page.getByTestId('import-fertig')).toContainText(`${data.length} Zeilen`);
	const out = await sql(
		page,
		'SELECT ort, CAST(datum AS VARCHAR) AS datum, CAST(betrag AS VARCHAR) AS betrag FROM import_termine_umlaute ORDER BY 2'
	);
	const body = out.locator('tbody tr');
	await expect(body).toHaveCount(data.length);
	for (const [i, [ort, datum, betrag]] of data.entries()) {
		const pad = (n: number) => String(n).padStart(2, '0');
		const iso = `${datum.getFullYear()}-${pad(datum.getMonth() + 1)}-${pad(datum.getDate())}`;
		await expect(body.nth(i)).toContainText(ort);
		await expect(body.nth(i)).toContainText(iso);
		await expect(body.nth(i)).toContainText(String(betrag));
	}
});
