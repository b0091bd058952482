import { readFileSync } from 'node:fs';
import { dataset, deInt } from './data';
import { dbReady, engineRequests, expect, hydrated, norm, showMaps, test } from './fixtures';

interface M {
	id: string;
	title: string;
	ag: string;
	rubric: string | null;
	approach: string | null;
	description: string;
	examples: string | null;
	ort: string | null;
	ags: string | null;
	status: string;
	source: string;
}

/** German folding as the catalogue search does it (case, umlauts, ß, ae/oe/ue, punctuation). */
const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replaceAll('ß', 'ss')
		.replaceAll('ae', 'a')
		.replaceAll('oe', 'o')
		.replaceAll('ue', 'u')
		.replace(/[^a-z0-9]+/g, ' ');
const text = (m: M) =>
	fold(
		[m.title, m.ag, m.rubric, m.approach?.replaceAll('|', ' '), m.description, m.examples, m.ort]
			.concat([m.status, m.source])
			.filter(Boolean)
			.join(' ')
	);

const all = () => dataset<M>('massnahmen');
const shownIds = (page: import('@playwright/test').Page, testid: string) =>
	page
		.getByTestId(testid)
		.locator('[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

test('catalogue: every entry with its source; facet + German search narrow; URL reload keeps the state', async ({
	page
}) => {
	const rows = all();
	await page.goto('/massnahmen');
	await hydrated(page);
	await expect(page.getByTestId('trefferzahl')).toHaveText(`${deInt(rows.length)} Einträge`);
	const cards = page.getByTestId('karten').locator('[data-id]');
	await expect(cards).toHaveCount(rows.length);
	for (const m of rows)
		expect(
			norm(await page.locator(`[data-id="${m.id}"] [data-testid="eintrag-quelle"]`).textContent())
		).toBe(`Quelle: ${norm(m.source)}`);

	// AG WULIS + "buerger" (ae/ue spelling finds "Bürger…")
	const expected = rows
		.filter((m) => m.ag === 'WULIS' && text(m).includes(fold('buerger')))
		.map((m) => m.id)
		.sort();
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.length).toBeLessThan(rows.filter((m) => m.ag === 'WULIS').length);
	await page.getByRole('checkbox', { name: /AG WULIS/ }).check();
	await expect(cards).toHaveCount(rows.filter((m) => m.ag === 'WULIS').length);
	await page.getByLabel('Volltextsuche').fill('buerger');
	await expect(cards).toHaveCount(expected.length);
	expect(await shownIds(page, 'karten')).toEqual(expected);
	await expect(page).toHaveURL(/ag=WULIS/);
	await expect(page).toHaveURL(/q=buerger/);

	await page.getByRole('button', { name: 'Tabelle', exact: true }).click();
	await expect(page.getByTestId('tabelle').locator('tbody tr')).toHaveCount(expected.length);

	await page.reload();
	await dbReady(page);
	await expect(page.getByLabel('Volltextsuche')).toHaveValue('buerger');
	await expect(page.getByRole('checkbox', { name: /AG WULIS/ })).toBeChecked();
	await expect(page.getByTestId('tabelle').locator('tbody tr')).toHaveCount(expected.length);
	expect(await shownIds(page, 'tabelle')).toEqual(expected);
	for (const id of expected) {
		const m = rows.find((r) => r.id === id)!;
		await expect(page.locator(`tr[data-id="${id}"] [data-testid="eintrag-quelle"]`)).toHaveText(
			m.source
		);
	}

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'CSV herunterladen' }).click();
	const file = await download;
	const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
	expect(file.suggestedFilename()).toBe(
		`massnahmen_suche_buerger_ag_wulis_wohnen_leben_in_der_stadt_${today}.csv`
	);
	const csv = readFileSync(await file.path(), 'utf8');
	expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
		'Maßnahmenkatalog – Suche „buerger“, AG WULIS (Wohnen & Leben in der Stadt)'
	);
	// title with the filter and the Stand, an empty line, then header and rows
	expect(csv.trim().split('\r\n').slice(3)).toHaveLength(expected.length + 1);
	expect(csv).toContain('Quelle');
});

test('detail view is URL-addressable; the town profile lists the measures located there', async ({
	page
}) => {
	const rows = all();
	const located = rows.find((m) => m.ags)!;
	const kompass = rows.find((m) => m.id === 'kompass')!;
	const engine = engineRequests(page);
	await page.goto(`/massnahmen?id=${kompass.id}`);
	const detail = page.getByTestId('detail');
	await expect(detail.getByRole('heading', { level: 2 })).toHaveText(kompass.title);
	const link = detail.getByRole('link', { name: 'kompass-thueringen.de' });
	await expect(link).toHaveAttribute('href', 'https://kompass-thueringen.de/');
	await expect(link).toHaveAttribute('rel', 'noopener');

	await detail.getByRole('link', { name: 'Zurück zum Katalog' }).click();
	await page.getByRole('link', { name: located.title, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`id=${located.id}`));
	await expect(detail.getByRole('heading', { level: 2 })).toHaveText(located.title);
	await expect(detail.getByTestId('eintrag-quelle')).toHaveText(located.source);
	await page.reload();
	await expect(detail.getByRole('heading', { level: 2 })).toHaveText(located.title);
	await expect(detail.getByRole('link', { name: located.ort! })).toHaveAttribute(
		'href',
		`/orte/${located.ags}`
	);

	// the entries come from the prerendered catalogue: no engine for reading them
	expect(engine).toEqual([]);

	await page.goto(`/orte/${located.ags}`);
	const here = rows.filter((m) => m.ags === located.ags);
	const list = page.getByTestId('massnahmen-vor-ort').getByRole('listitem');
	await expect(list).toHaveCount(here.length);
	await expect(list.first()).toContainText(here[0].title);
});

test('the catalogue is prerendered and needs no engine; DuckDB gives the same entries once filtered', async ({
	page,
	guard
}) => {
	const ids = all()
		.map((m) => m.id)
		.sort();
	guard.allowConsole.push(/Failed to load resource|dynamically imported module/);
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/massnahmen');
	await expect(page.getByTestId('trefferzahl')).toHaveText(`${deInt(ids.length)} Einträge`);
	await expect(page.getByTestId('trefferzahl')).toHaveAttribute('data-source', 'build');
	expect(await shownIds(page, 'karten')).toEqual(ids);
	const facetsBuild = await page.getByTestId('facetten').innerText();
	// the takeaway, counted from data/ (largest working group first)
	const byAg = new Map<string, number>();
	for (const m of all()) byAg.set(m.ag, (byAg.get(m.ag) ?? 0) + 1);
	const largest = [...byAg].sort((a, b) => b[1] - a[1])[0];
	const takeaway = page.getByTestId('massnahmen-kernaussage');
	await expect(takeaway).toContainText(
		`Der Katalog enthält ${deInt(ids.length)} Einträge: ${deInt(largest[1])} der AG ${largest[0]}`
	);
	const takeawayBuild = await takeaway.innerText();

	await page.unrouteAll();
	const engine = engineRequests(page);
	await page.goto('/massnahmen');
	await hydrated(page);
	// unfiltered, nothing stored: the prerendered catalogue stands, its map too, without the engine
	await showMaps(page, undefined, 'drawn');
	await expect(page.getByRole('button', { name: 'CSV herunterladen' })).toBeEnabled();
	expect(engine).toEqual([]);
	// every working group chosen: DuckDB answers with the same entries and counts
	const groups = page.getByTestId('facetten').locator('fieldset').first().getByRole('checkbox');
	await expect(groups).toHaveCount(new Set(all().map((m) => m.ag)).size);
	const n = await groups.count();
	for (let i = 0; i < n; i++) {
		await groups.nth(i).check();
		// while DuckDB starts, the filters stay where they are and keep the focus
		await expect(groups.nth(i)).toBeFocused();
		await expect(page.getByTestId('trefferzahl')).toHaveAttribute('data-source', 'duckdb');
	}
	await expect(page.getByTestId('trefferzahl')).toHaveAttribute('data-source', 'duckdb');
	await expect(page.getByTestId('trefferzahl')).toHaveText(`${deInt(ids.length)} Einträge`);
	expect(await shownIds(page, 'karten')).toEqual(ids);
	expect(await page.getByTestId('facetten').innerText()).toBe(facetsBuild);
	expect(await page.getByTestId('massnahmen-kernaussage').innerText()).toBe(takeawayBuild);
});

test('a filtered address shows the filtered entries, not the prerendered catalogue', async ({
	page
}) => {
	const ag = all()[0].ag;
	const ids = all()
		.filter((m) => m.ag === ag)
		.map((m) => m.id)
		.sort();
	await page.goto(`/massnahmen?ag=${encodeURIComponent(ag)}`);
	await expect(page.getByTestId('trefferzahl')).toHaveAttribute('data-source', 'duckdb');
	await expect(page.getByTestId('trefferzahl')).toHaveText(`${deInt(ids.length)} Einträge`);
	expect(await shownIds(page, 'karten')).toEqual(ids);
	await expect(page.getByTestId('massnahmen-kernaussage')).toContainText(
		`${deInt(ids.length)} der ${deInt(all().length)} Einträge passen zu Suche und Filtern: ${deInt(ids.length)} der AG ${ag}.`
	);
});
