import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataset } from './data';
import { expect, hydrated, norm, test, showMaps } from './fixtures';

interface G {
	ags: string;
	name: string;
	kreis_name: string;
}
const gemeinden = dataset<G>('gemeinden');
const leerstand = dataset<{ ags: string; wohnungen_gitter: number | null }>('leerstand_schaetzung');
const kataster = new Set(dataset<{ ags: string }>('kataster_beispiel').map((k) => k.ags));
const byAgs = new Map(gemeinden.map((g) => [g.ags, g]));
const byName = (name: string) => gemeinden.find((g) => g.name === name)!;

/** mulberry32: the same "random" towns on every run. */
function seeded(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Visible text of the outermost sections with a test id below `root`, plus heading and path. */
async function sections(page: Page, root = 'main'): Promise<Record<string, string>> {
	return page.evaluate((root) => {
		const out: Record<string, string> = {};
		const main = document.querySelector('main')!;
		const top = document.querySelector(root)!;
		out.h1 = main.querySelector('h1')?.textContent ?? '';
		out.pfad = main.querySelector('nav[aria-label="Pfad"]')?.textContent ?? '';
		for (const el of top.querySelectorAll<HTMLElement>('[data-testid]')) {
			const outer = el.parentElement?.closest('[data-testid]');
			if (outer && top.contains(outer) && outer !== top) continue;
			out[el.dataset.testid!] = el.innerText;
		}
		if (main.querySelector('p.loading[aria-live]')) out.loading = 'noch am Laden';
		return out;
	}, root);
}

const normed = (s: Record<string, string>) =>
	Object.fromEntries(Object.entries(s).map(([k, v]) => [k, norm(v)]));

async function settled(page: Page) {
	// panels show <Loading> (aria-live); every map drawn, so that its own "wird geladen" is gone too
	await expect(page.locator('main p.loading[aria-live]')).toHaveCount(0, { timeout: 180_000 });
	await showMaps(page, undefined, 'drawn');
	// a grid map says how many cells it drew once it has drawn them
	await expect(page.locator('[data-testid="ortskern-karte"]:not([data-grid-painted])')).toHaveCount(
		0,
		{ timeout: 60_000 }
	);
	return normed(await sections(page));
}

/** Client-side navigation to a town profile through the header search. */
async function viaSearch(page: Page, g: G) {
	await page.getByRole('button', { name: 'Ortssuche' }).click();
	const input = page.getByRole('combobox', { name: 'Ortsprofil einer Gemeinde suchen' });
	await input.fill(g.name);
	await page
		.getByRole('listbox', { name: 'Treffer' })
		.getByRole('option')
		.filter({ hasText: g.name })
		.filter({ hasText: g.kreis_name })
		.first()
		.click();
}

/** Client-side navigation through an ordinary link in the page. */
async function viaLink(page: Page, g: G) {
	await page.evaluate((ags) => {
		const a = document.createElement('a');
		a.href = `/orte/${ags}`;
		a.textContent = 'Testlink';
		a.id = 'testlink';
		document.querySelector('main')!.append(a);
	}, g.ags);
	await page.locator('#testlink').click();
}

test('town profile: client-side navigation shows the same figures as a fresh load (≥ 20 pairs)', async ({
	page
}) => {
	test.setTimeout(1_500_000);
	const random = seeded(17);
	const pick = (list: G[]) => list[Math.floor(random() * list.length)];
	const ohneZensus = leerstand.filter((l) => !l.wohnungen_gitter).map((l) => byAgs.get(l.ags)!);
	const ohneKataster = gemeinden.filter((g) => !kataster.has(g.ags));
	const doppelt = gemeinden.filter((g) => gemeinden.filter((h) => h.name === g.name).length > 1);
	// the reported case first, then towns without Zensus, without Kataster, double names, the rest at random
	const chain: G[] = [byName('Pößneck'), byName('Bad Frankenhausen/Kyffhäuser')];
	for (let i = 0; i < 5; i++) chain.push(pick(ohneZensus), pick(ohneKataster), pick(gemeinden));
	chain.push(pick(doppelt), pick(gemeinden), pick(doppelt), pick(gemeinden), byName('Jena'));
	for (let i = 1; i < chain.length; i++)
		if (chain[i].ags === chain[i - 1].ags) chain[i] = byName('Weimar');
	expect(chain.length).toBeGreaterThanOrEqual(21);

	await page.goto(`/orte/${chain[0].ags}`);
	await hydrated(page);
	await settled(page);
	for (let i = 1; i < chain.length; i++) {
		const [a, b] = [chain[i - 1], chain[i]];
		if (i % 2) await viaSearch(page, b);
		else await viaLink(page, b);
		await expect(page).toHaveURL(new RegExp(`/orte/${b.ags}$`));
		await expect(page.locator('main h1')).toHaveText(b.name);
		const navigated = await settled(page);
		await page.reload();
		await hydrated(page);
		const fresh = await settled(page);
		expect(navigated, `${a.name} → ${b.name} (${b.ags}) per Navigation = neu geladen`).toEqual(
			fresh
		);
	}
});

/**
 * /leerstand has painted the figures of the current URL (the view sets data-leerstand per load).
 * `before`: the stamp before a filter change, which loads anew; a display option (`alle`) loads nothing.
 */
async function leerstandSettled(page: Page, before?: string | null) {
	await expect
		.poll(() => page.evaluate(() => document.documentElement.dataset.leerstand ?? null), {
			timeout: 60_000
		})
		.not.toBe(before ?? null);
	await expect(page.getByTestId('leerstand-view')).toHaveAttribute('aria-busy', 'false');
	await showMaps(page, page.getByTestId('leerstand-karte'));
	await expect(page.getByTestId('leerstand-karte').locator('[data-map-ready="true"]')).toHaveCount(
		1,
		{ timeout: 60_000 }
	);
	return normed(await sections(page, '[data-testid="leerstand-view"]'));
}

test('/leerstand: every filter change shows what loading that URL shows; no derived_inert warning', async ({
	page
}) => {
	test.setTimeout(900_000);
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
	const random = seeded(3);
	await page.goto('/leerstand');
	await hydrated(page);
	await leerstandSettled(page);
	const selects = ['filter-klasse', 'filter-stadt', 'filter-kreis', 'filter-region', 'filter-zo'];
	for (let step = 0; step < 6; step++) {
		const before = await page.evaluate(() => document.documentElement.dataset.leerstand ?? null);
		const address = page.url();
		if (step === 3) {
			// "unsichere Schätzungen zeigen" changes what is drawn, not what is loaded
			await page.getByTestId('filter-alle').click();
			await expect(page).not.toHaveURL(address);
		} else {
			const id = selects[Math.floor(random() * selects.length)];
			const select = page.getByTestId(id);
			const values = await select
				.locator('option')
				.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
			const current = await select.inputValue();
			const choices = values.filter((v) => v !== current);
			await select.selectOption(choices[Math.floor(random() * choices.length)]);
		}
		const navigated = await leerstandSettled(page, step === 3 ? undefined : before);
		const url = page.url();
		await page.goto(url);
		await hydrated(page);
		const fresh = await leerstandSettled(page);
		expect(navigated, `Filter → ${url}`).toEqual(fresh);
	}
	expect(warnings.filter((w) => /derived_inert/.test(w))).toEqual([]);
});

// ---- figures under filters: map table, exports ----

interface L {
	ags: string;
	wohnungen_gitter: number | null;
	leer_gitter: number | null;
	reliability: string;
}
const est = new Map(dataset<L>('leerstand_schaetzung').map((r) => [r.ags, r]));
const full = dataset<G & { kreis_ags: string; size_group: string }>('gemeinden');
const kyff = full.find((g) => g.kreis_name === 'Kyffhäuserkreis')!.kreis_ags;
const kleinKyff = full.filter((g) => g.kreis_ags === kyff && g.size_group === 'kleinstadt');
const pct = (n: number) =>
	`${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)} %`;
/** What the map table must say for a town in the filter (hidden: unreliable estimates). */
const shown = (ags: string) => {
	const e = est.get(ags);
	if (!e?.wohnungen_gitter) return 'keine Daten';
	if (e.reliability === 'unreliable') return 'ausgeblendet – unsichere Schätzung';
	return pct((100 * Number(e.leer_gitter)) / Number(e.wohnungen_gitter));
};
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
const FILTER_URL = `/leerstand?klasse=kleinstadt&kreis=${kyff}`;

test('map table alternative = map under filters: rows, values, "nicht im Filter"', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto(FILTER_URL);
	await hydrated(page);
	await leerstandSettled(page);
	const karte = page.getByTestId('leerstand-karte');
	await karte.getByRole('button', { name: 'Als Tabelle' }).click();
	const table = karte.getByTestId('map-table');
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(kleinKyff.length);
	await expect(table.locator('caption')).toContainText(
		`${kleinKyff.length} ${kleinKyff.length === 1 ? 'Gemeinde' : 'Gemeinden'} im Filter`
	);
	const got = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
	);
	const want = kleinKyff.map((g) => [g.name, g.kreis_name, shown(g.ags)]);
	expect(got.map((r) => r.map(norm)).sort()).toEqual(want.sort());

	// the legend counts the rest as outside the filter
	const outside = full.length - kleinKyff.length;
	await expect(karte.getByTestId('map-legend')).toContainText(
		`nicht im Filter (${outside.toLocaleString('de-DE')})`
	);

	// with the towns outside the filter: they read "nicht im Filter", a town with data never "keine Daten"
	await karte.getByLabel(/außerhalb des Filters zeigen/).check();
	await expect(rows).toHaveCount(full.length);
	const all = await rows.evaluateAll((trs) =>
		trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
	);
	const byName = new Map(all.map((r) => [`${r[0]}|${r[1]}`, r[2]]));
	const altenburg = full.find((g) => g.name === 'Altenburg')!;
	expect(byName.get(`Altenburg|${altenburg.kreis_name}`)).toBe('nicht im Filter');
	for (const g of full) {
		const text = byName.get(`${g.name}|${g.kreis_name}`);
		if (est.get(g.ags)?.wohnungen_gitter) expect(text, g.name).not.toBe('keine Daten');
	}
});

/** A one-cell CSV line as text (quoted when it holds a semicolon). */
const cell = (line: string) => line.replace(/^"(.*)"$/, '$1').replaceAll('""', '"');

async function download(page: Page, click: () => Promise<void>) {
	const [d] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

test('exports carry the filter and the data status: file names, titles, subtitle, comparison row', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto(FILTER_URL);
	await hydrated(page);
	await leerstandSettled(page);

	// Gemeinden table as CSV
	const csv = await download(page, () => page.getByTestId('csv-export').click());
	expect(csv.name).toBe(`leerstand_kleinstadt_kyffhaeuserkreis_${today}.csv`);
	const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
	expect(lines[0]).toBe('Leerstandsquote je Gemeinde – Kyffhäuserkreis, Kleinstädte');
	expect(cell(lines[1])).toMatch(/^\[Schätzung\] Quelle: .*Stand: 15\.05\.2022/);
	expect(lines[2]).toBe('');
	expect(lines[3].split(';').slice(0, 2)).toEqual(['AGS', 'Gemeinde']);
	const land = lines[4].split(';');
	expect(land[1]).toBe('Thüringen (gepoolt, zum Vergleich)');
	let w = 0;
	let l = 0;
	for (const e of est.values()) {
		w += Number(e.wohnungen_gitter ?? 0);
		l += Number(e.leer_gitter ?? 0);
	}
	expect(land[7]).toBe(((100 * l) / w).toFixed(2).replace('.', ','));
	expect(lines[5]).toContain('Auswahl: Kyffhäuserkreis, Kleinstädte (gepoolt)');
	expect(lines.slice(6).filter(Boolean)).toHaveLength(kleinKyff.length);

	// size-class chart as SVG: title with the filter, subtitle with Stand and „Schätzung“, towns named
	const svg = await download(page, () =>
		page.getByTestId('nach-klasse').getByRole('button', { name: 'Diagramm als SVG' }).click()
	);
	expect(svg.name).toBe(`leerstand_groessenklassen_kleinstadt_kyffhaeuserkreis_${today}.svg`);
	expect(svg.text).toContain('Leerstandsquote nach Größenklasse – Kyffhäuserkreis, Kleinstädte');
	expect(svg.text).toMatch(/data-role="untertitel"[^>]*>Stand: 15\.05\.2022[^<]* · „Schätzung“/);
	// a class with few towns names each of them, labels pushed apart
	for (const g of kleinKyff.filter((g) => shown(g.ags).endsWith('%')))
		expect(svg.text, g.name).toContain(`>${g.name}</text>`);
	const ys = [...svg.text.matchAll(/<text[^>]*class="dot-label\b[^>]*>/g)]
		.map((m) => Number(/\by="([\d.]+)"/.exec(m[0])![1]))
		.sort((a, b) => a - b);
	expect(ys.length).toBeGreaterThan(0);
	for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(10);

	// Kreis chart: every Kreis is shown, so only the class filter is in its title
	const kreise = await download(page, () =>
		page.getByTestId('nach-kreis').getByRole('button', { name: 'Diagramm als SVG' }).click()
	);
	expect(kreise.name).toBe(`leerstand_nach_kreis_kleinstadt_${today}.svg`);
	expect(kreise.text).toContain('Leerstand nach Kreis – Kleinstädte');

	// the map's values as CSV: the towns in the filter, title and Stand on top
	const karte = page.getByTestId('leerstand-karte');
	const map = await download(page, () =>
		karte.getByRole('button', { name: 'Werte (CSV)' }).click()
	);
	expect(map.name).toBe(`leerstand_gemeinde_kleinstadt_kyffhaeuserkreis_${today}.csv`);
	const m = map.text.replace(/^\uFEFF/, '').split('\r\n');
	expect(m[0]).toBe('Leerstandsquote je Gemeinde – Kyffhäuserkreis, Kleinstädte (%)');
	expect(cell(m[1])).toMatch(/^\[Schätzung\].*Stand:/);
	expect(m.slice(4).filter(Boolean)).toHaveLength(kleinKyff.length);
});

test('Übersicht map: CSV named with the figure and the date, title and Stand above the header', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await hydrated(page);
	await showMaps(page);
	await expect(page.locator('[data-map-ready="true"]').first()).toBeVisible({ timeout: 120_000 });
	const map = await download(page, () => page.getByRole('button', { name: 'Werte (CSV)' }).click());
	expect(map.name).toMatch(new RegExp(`^thueringen_[a-z_]+_${today}\\.csv$`));
	const lines = map.text.replace(/^\uFEFF/, '').split('\r\n');
	expect(lines[1]).toMatch(/Stand:/);
	expect(lines[3]).toMatch(/^AGS;Gemeinde;Kreis;/);
	expect(lines.slice(4).filter(Boolean)).toHaveLength(full.length);
});

test('Kataster map legend: zero is a class of its own, the unit is said once', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('/leerstand/kataster');
	await hydrated(page);
	const legend = page.getByTestId('kataster-karte').getByTestId('map-legend');
	await expect(legend).toContainText('kein Objekt (', { timeout: 150_000 });
	const text = norm(await legend.innerText());
	expect(text).not.toMatch(/unter 0,00/);
	expect(text.match(/je 1\.000 E/g)).toHaveLength(1);
	const ohne = full.length - kataster.size;
	expect(ohne).toBeGreaterThan(0);
	expect(text).toContain('über 0 bis unter');
});

// ---- texts ----

test('texts: plurals, no internal names, breadcrumb without repetition, stations as of today', async ({
	page
}) => {
	test.setTimeout(480_000);
	// Jena is its own Kreis: the path names it once
	await page.goto(`/orte/${byName('Jena').ags}`);
	await hydrated(page);
	await settled(page);
	await expect(page.locator('nav[aria-label="Pfad"]')).toHaveText(/^\s*Übersicht\s*›\s*Jena\s*$/);
	const jena = norm(await page.locator('main').innerText());
	expect(jena).not.toContain('Beispieldaten Beispieldaten');
	expect(jena).not.toMatch(
		/scripts\/data|Seed 2025|gemeinden\.lon|\(turf\)|Termin\(e\)|\b1 (Pilotprojekte|Termine|Objekte|Gemeinden)\b/
	);

	// a station whose days have passed is "vorbei", not "geplant"
	const stationen = dataset<{ ags: string; bis: string }>('stationen');
	const past = stationen.find((s) => s.bis < today);
	if (past) {
		await page.goto(`/orte/${past.ags}`);
		await settled(page);
		await expect(page.getByTestId('ort-stationen')).toContainText('(vorbei)');
		await expect(page.getByTestId('ort-stationen')).not.toContainText('(geplant)');
	}

	await page.goto('/klima');
	await hydrated(page);
	await expect(page.getByTestId('stationskalender')).toBeVisible({ timeout: 60_000 });
	const klima = norm(await page.locator('main').innerText());
	expect(klima).not.toMatch(/gemeinden\.lon|\(turf\)|Umkreis X|\b1 (Pilotprojekte|Stationen)\b/);
});

test('Klima: the timeline opens on today inside the season; past stations "vorbei"; German town order', async ({
	page
}) => {
	test.setTimeout(120_000);
	const stationen = dataset<{ von: string; bis: string; name: string }>('stationen').sort((a, b) =>
		a.von.localeCompare(b.von)
	);
	const inSeason = stationen[Math.floor(stationen.length / 2)].von;
	await page.clock.setFixedTime(new Date(`${inSeason}T10:00:00+02:00`));
	await page.goto('/klima');
	await hydrated(page);
	const de = (iso: string) => iso.split('-').reverse().join('.');
	await expect(page.getByTestId('zeit-status')).toContainText(`${de(inSeason)}:`, {
		timeout: 60_000
	});
	const rows = page.getByTestId('stationskalender').locator('tbody tr');
	for (const [i, s] of stationen.entries()) {
		const status = rows.nth(i).locator('td').nth(5);
		if (s.bis < inSeason) await expect(status).toHaveText('vorbei');
		else await expect(status).not.toHaveText('vorbei');
	}

	// a year like 1923 typed into the date field: a German message, the date stays
	const field = page.getByLabel('Datum direkt wählen');
	await field.fill('1923-05-01');
	await expect(page.getByRole('alert').filter({ hasText: '01.05.1923' })).toContainText(
		'außerhalb des möglichen Zeitraums'
	);
	await expect(page.getByTestId('zeit-status')).toContainText(`${de(inSeason)}:`);

	// town pickers: German order, the Kreis where a name occurs twice
	await page.getByTestId('modus-planung').click();
	const options = await page
		.locator('select')
		.filter({ has: page.locator('option', { hasText: 'Bösleben' }) })
		.first()
		.locator('option')
		.allTextContents();
	const towns = options.filter((o) => full.some((g) => o.startsWith(g.name)));
	expect(towns).toEqual([...towns].sort(new Intl.Collator('de').compare));
	expect(towns.indexOf('Bösleben-Wüllersleben')).toBeLessThan(towns.indexOf('Buttstädt'));
	for (const name of ['Eichenberg', 'Elxleben', 'Lehesten'])
		expect(towns.filter((t) => t.startsWith(`${name} (`))).toHaveLength(2);
});

test('Stichtag: a year like 1923 gets a German message, the figures keep their date', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/kennzahlen?stichtag=2024-06-30');
	await hydrated(page);
	const field = page.locator('input[name="stichtag"]');
	await field.fill('1923-06-30');
	await expect(page.getByRole('alert').filter({ hasText: '30.06.1923' })).toContainText(
		'außerhalb des möglichen Zeitraums'
	);
	await expect(page).toHaveURL(/stichtag=2024-06-30/);
});
