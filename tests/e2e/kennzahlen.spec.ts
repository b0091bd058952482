import { readFileSync } from 'node:fs';
import { dataset } from './data';
import { arrowScripts, engineRequests, expect, kpiReady, norm, storeTable, test } from './fixtures';

interface Ev {
	id: string;
	date: string | null;
	date_end: string | null;
	ort: string | null;
	ags: string | null;
	anzahl: number;
	sammelangabe: boolean;
	teilnehmende: string | null;
}
interface Target {
	id: string;
	kpi: string;
	target_date: string | null;
	target_value: number | null;
}

const TODAY = '2025-06-02';
const deDate = (iso: string) => iso.split('-').reverse().join('.');

test('Kennzahlen: seed figures, deadline status from a record, report as A4 PDF', async ({
	page
}) => {
	test.setTimeout(120_000);
	const events = dataset<Ev>('events');
	const targets = dataset<Target>('kpi_targets');
	const report2023 = targets.find((t) => t.id === 'bericht-2023')!;
	const aggregates = events.filter((e) => e.sammelangabe && !e.date);
	const apolda = events.find((e) => e.ort === 'Apolda' && e.teilnehmende)!;
	await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+02:00`));

	await page.goto('/kennzahlen');
	await kpiReady(page);
	const ready = page.getByTestId('kpi-ready');
	await expect(ready).toHaveAttribute('data-stichtag', TODAY);

	// seed figures: the two aggregates (7, 23) and ca. 75 participants in Apolda on 29.11.2022
	const figures = page.getByTestId('seed-figures');
	for (const a of aggregates) {
		const fig = figures.locator(`[data-event="${a.id}"]`);
		await expect(fig.locator('.value')).toHaveText(String(a.anzahl));
		expect(norm(await fig.textContent())).toContain(`bis ${deDate(a.date_end!)}, Beginn unsicher`);
	}
	const ap = norm(await figures.locator(`[data-event="${apolda.id}"]`).textContent());
	expect(ap).toContain(apolda.teilnehmende!);
	expect(ap).toContain('Apolda');
	expect(ap).toContain(deDate(apolda.date!));

	// period switch goes into the URL; only that year's and whole-contract targets remain
	await page.getByRole('combobox', { name: 'Zeitraum' }).selectOption('2024');
	await expect(page).toHaveURL(/zeitraum=2024/);
	await expect(ready).toHaveAttribute('data-zeitraum', '2024');
	await expect(page.locator('[data-kpi="buendnistreffen-2023"]')).toHaveCount(0);
	const agSum = events.find((e) => e.id === 'ag-sitzungen-2024')!.anzahl;
	const agCap = targets.find((t) => t.id === 'ag-sitzungen-2024')!.target_value!;
	await expect(page.locator('[data-kpi="ag-sitzungen-2024"]')).toHaveAttribute(
		'data-status',
		agSum < agCap ? 'im_rahmen' : agSum === agCap ? 'ausgeschoepft' : 'ueberschritten'
	);
	await page.getByRole('combobox', { name: 'Zeitraum' }).selectOption('gesamt');

	// without a delivery record the report due 31.10.2023 has no status: „ohne Nachweis“
	const tile = page.locator(`[data-kpi="${report2023.id}"]`).first();
	await expect(tile).toHaveAttribute('data-status', 'keine_angabe');
	await expect(tile).toContainText('ohne Nachweis');
	await page.goto('/bericht?stichtag=2023-11-15&zeitraum=2023');
	const row = page.locator(`[data-kpi-row="${report2023.id}"]`);
	await expect(row).toHaveAttribute('data-status', 'keine_angabe');
	await expect(page.locator('tr[data-gruppe="ohne_nachweis"]')).toContainText(report2023.kpi);

	// record „nicht geliefert“ in the form; after a reload the report shows „überfällig“
	await page.goto('/kennzahlen?stichtag=2023-11-15&zeitraum=2023');
	const form = page.getByTestId('record-form');
	await form.getByLabel('Art der Erfassung').selectOption('lieferung');
	await form.getByLabel('Datum').fill('2023-11-01');
	await form.getByLabel('Ziel').selectOption(report2023.id);
	await form.getByLabel('nicht geliefert').check();
	await form.getByRole('button', { name: 'Erfassen' }).click();
	await expect(page.getByTestId('own-records')).toContainText('eigene Erfassung');
	await expect(tile).toHaveAttribute('data-status', 'ueberfaellig');
	await page.goto('/bericht?stichtag=2023-11-15&zeitraum=2023');
	await expect(row).toHaveAttribute('data-status', 'ueberfaellig');
	const overdue = page.locator('tr[data-gruppe="ueberfaellig"]');
	await expect(overdue.locator(`[data-kpi-row="${report2023.id}"]`)).toContainText('überfällig');
	await expect(overdue.locator(`[data-kpi-row="${report2023.id}"]`)).toContainText(
		'eigene Erfassung'
	);

	// the whole contract as a print: every target on page 1, a page break after it, Stichtag in the header
	await page.goto(`/bericht?stichtag=${TODAY}&zeitraum=gesamt`);
	await expect(page.getByTestId('report')).toBeVisible();

	// exports: the KPI table as German CSV (BOM, `;`), all report data as JSON
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Kennzahlen als CSV' }).click()
	]);
	const csvText = readFileSync((await csv.path())!, 'utf8');
	expect(csvText.startsWith('\uFEFF')).toBe(true);
	const lines = csvText.trim().split('\r\n');
	expect(lines).toHaveLength(targets.length + 1);
	expect(lines[0]).toContain('Kennzahl;');
	expect(csvText).toContain('überfällig');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Alle Berichtsdaten als JSON' }).click()
	]);
	const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
	expect(data.stichtag).toBe(TODAY);
	expect(data.evaluations).toHaveLength(targets.length);
	expect(data.daten.events).toHaveLength(events.length);
	expect(data.records).toHaveLength(1);

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-kpi-row]')).toHaveCount(targets.length);
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByTestId('r-seite1')).toHaveCSS('break-after', 'page');
	// running header and page numbers are CSS page-margin boxes (@page @top-right, @bottom-right)
	const pageCss = norm(await page.locator('style[data-print-page]').textContent());
	expect(pageCss).toContain('@top-right');
	expect(pageCss).toContain(`Stichtag ${deDate(TODAY)}`);
	expect(pageCss).toContain('counter(pages)');
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(2);

	// the town profile lists its events
	await page.emulateMedia({ media: 'screen' });
	await page.goto(`/orte/${apolda.ags}`);
	const termine = page.getByTestId('ort-termine');
	await expect(termine.locator(`[data-event="${apolda.id}"]`)).toContainText(apolda.teilnehmende!);
});

test('Kennzahlen need no engine; a stored copy of the events runs through DuckDB to the same figures', async ({
	page
}) => {
	const engine = engineRequests(page);
	const arrow = arrowScripts(page);
	const url = '/kennzahlen?stichtag=2024-06-30&zeitraum=gesamt';
	const figures = async () => {
		await kpiReady(page);
		const texts = async (testid: string) =>
			(await page.getByTestId(testid).allInnerTexts()).map((t) => norm(t));
		return {
			kernaussagen: await texts('kpi-kernaussagen'),
			werte: await texts('kpi-value'),
			fristen: await texts('deadlines'),
			orte: await texts('event-places')
		};
	};
	await page.goto(url);
	const built = await figures();
	await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-source', 'build');
	expect(built.werte.length).toBeGreaterThan(0);
	expect(engine).toEqual([]);
	// no own records: the store is asked without Arrow
	expect(await arrow()).toEqual([]);

	await storeTable(page, 'events', readFileSync('data/events.arrow'));
	await page.goto(url);
	const computed = await figures();
	await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-source', 'duckdb');
	expect(computed).toEqual(built);
	expect(engine.length).toBeGreaterThan(0);
});
