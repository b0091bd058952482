import type { Page } from '@playwright/test';
import { dataset } from './data';
import { expect, kpiReady, norm, test } from './fixtures';

/** Cut-off integrity (#17.2): as of a Stichtag nothing dated later is counted or shown as done. */

interface Ev {
	id: string;
	date: string | null;
	date_end: string | null;
	title: string;
	kind: string;
	ags: string | null;
	status: string;
	anzahl: number;
	enthalten_in: string | null;
}
interface Fakt {
	id: string;
	wert: string;
	stand: string | null;
}
interface Target {
	id: string;
	period: string;
	measure: string | null;
	comparator: string;
}

const events = dataset<Ev>('events');
const fakten = dataset<Fakt>('buendnis_fakten');
const targets = dataset<Target>('kpi_targets');
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
const STICHTAGE = ['2023-10-31', '2024-06-30', today];
const deDate = (iso: string) => iso.split('-').reverse().join('.');
const end = (e: Ev) => (e.date_end ?? e.date)!;

/** The expectation, straight from data/: what lies after the Stichtag, what was held, what is missing. */
function expected(s: string) {
	const after = events.filter((e) => end(e) > s);
	const held = events.filter((e) => e.status === 'stattgefunden' && end(e) <= s);
	const missing = events.filter((e) => e.status === 'geplant' && end(e) <= s);
	const laterFacts = fakten.filter((f) => f.stand && f.stand > s);
	return { after, held, missing, laterFacts };
}

/** A yearly count as of the Stichtag: held events of that kind, wholly in the year, each once. */
function count(kind: string, year: string, s: string): number | null {
	const rows = events.filter(
		(e) =>
			e.kind === kind &&
			e.status === 'stattgefunden' &&
			end(e) <= s &&
			!!e.date &&
			e.date.startsWith(year) &&
			end(e).startsWith(year)
	);
	const ids = new Set(rows.map((e) => e.id));
	const once = rows.filter((e) => !(e.enthalten_in && ids.has(e.enthalten_in)));
	return once.length ? once.reduce((n, e) => n + e.anzahl, 0) : null;
}

async function timelineWithinCutoff(page: Page, scope: string) {
	const tl = page.locator(`${scope} [data-testid="timeline"]`).first();
	await expect(tl).toBeVisible();
	const over = await tl.evaluate((svg) => {
		const cut = svg.querySelector('line.stichtag')!.getBoundingClientRect().x;
		return [...svg.querySelectorAll('[data-event]')]
			.map((el) => ({ id: el.getAttribute('data-event'), right: el.getBoundingClientRect().right }))
			.filter((b) => b.right > cut + 8);
	});
	expect(over, 'marks drawn after the cut-off line').toEqual([]);
}

for (const s of STICHTAGE) {
	test(`Stichtag ${deDate(s)}: /bericht holds nothing dated later, planned dates passed are „ohne Nachweis“`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const ex = expected(s);
		await page.goto(`/bericht?stichtag=${s}&zeitraum=gesamt`);
		const report = page.getByTestId('report');
		await expect(report).toHaveAttribute('data-stichtag', s, { timeout: 60_000 });
		const text = norm(await report.innerText());
		for (const e of ex.after) {
			await expect(report.locator(`[data-event="${e.id}"]`), e.id).toHaveCount(0);
			expect(text, `${e.id} after the Stichtag`).not.toContain(norm(e.title));
		}
		for (const f of ex.laterFacts) expect(text, f.id).not.toContain(norm(f.wert));
		for (const m of text.matchAll(/Stand (\d{2})\.(\d{2})\.(\d{4})/g))
			expect(`${m[3]}-${m[2]}-${m[1]}` <= s, m[0]).toBe(true);
		for (const e of ex.missing) {
			const row = report.locator(`tr[data-event="${e.id}"]`);
			await expect(row).toContainText('ohne Nachweis');
			await expect(row).not.toContainText('geplant');
		}
		for (const e of ex.held.filter((x) => !x.enthalten_in))
			await expect(report.locator(`tr[data-event="${e.id}"]`)).toContainText('stattgefunden');
		await timelineWithinCutoff(page, '[data-testid="report"]');
	});

	test(`Stichtag ${deDate(s)}: /kennzahlen counts and shows as done only what happened by then`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const ex = expected(s);
		await page.goto(`/kennzahlen?stichtag=${s}&zeitraum=gesamt`);
		await kpiReady(page);
		const ready = page.getByTestId('kpi-ready');
		await expect(ready).toHaveAttribute('data-stichtag', s);
		// counts
		for (const t of targets.filter(
			(x) => /^\d{4}$/.test(x.period) && x.comparator !== 'deadline'
		)) {
			if (!t.measure || t.measure === 'lieferung') continue;
			const n = count(t.measure, t.period, s);
			const value = page.locator(`[data-kpi="${t.id}"] [data-testid="kpi-value"]`);
			if (n === null) await expect(value, t.id).toHaveText('–');
			else expect(norm(await value.innerText()), t.id).toMatch(new RegExp(`^${n}\\b`));
		}
		// events after the Stichtag: at most greyed out, never as done
		for (const e of ex.after) {
			for (const row of await page.locator(`[data-event="${e.id}"]`).all()) {
				await expect(row).toHaveAttribute('data-stand', 'nach_stichtag');
				if ((await row.evaluate((el) => el.tagName)) === 'TR')
					await expect(row).toContainText('nach dem Stichtag');
			}
		}
		for (const e of ex.missing)
			await expect(page.locator(`tr[data-event="${e.id}"]`)).toContainText('ohne Nachweis');
		const all = norm(await ready.innerText());
		for (const f of ex.laterFacts) expect(all, f.id).not.toContain(norm(f.wert));
		for (const m of all.matchAll(/Stand (\d{2})\.(\d{2})\.(\d{4})/g))
			expect(`${m[3]}-${m[2]}-${m[1]}` <= s, m[0]).toBe(true);
		// the places list counts only events held by then
		const places = page.getByTestId('event-places');
		await expect(places).toBeVisible();
		const perPlace = new Map<string, number>();
		for (const e of ex.held.filter((x) => x.ags))
			perPlace.set(e.ags!, (perPlace.get(e.ags!) ?? 0) + 1);
		await expect(places.locator('li')).toHaveCount(perPlace.size);
		for (const [ags, n] of perPlace)
			await expect(places.locator(`li[data-ags="${ags}"]`)).toContainText(
				`${n} ${n === 1 ? 'Termin' : 'Termine'}`
			);
		await timelineWithinCutoff(page, '[data-testid="kpi-ready"]');
	});
}

test('/kennzahlen: changing the Stichtag in the page equals loading that URL', async ({ page }) => {
	test.setTimeout(180_000);
	const snapshot = async () => {
		await expect(page.getByTestId('event-places')).toBeVisible();
		return page.getByTestId('kpi-ready').evaluate((el) => {
			const c = el.cloneNode(true) as HTMLElement;
			c.querySelectorAll('form').forEach((x) => x.remove());
			// the map itself draws in its own time: compare its place list, not its loading state
			const karte = c.querySelector('[aria-labelledby="karte"]');
			const places = karte?.querySelector('[data-testid="event-places"]');
			if (karte && places) karte.replaceWith(places);
			return c.innerText.replace(/\s+/g, ' ').trim();
		});
	};
	await page.goto(`/kennzahlen?stichtag=${today}&zeitraum=gesamt`);
	await kpiReady(page);
	for (const s of ['2023-10-31', '2024-06-30']) {
		const input = page.locator('input[name="stichtag"]');
		await input.fill(s);
		await input.dispatchEvent('change');
		await expect(page).toHaveURL(new RegExp(`stichtag=${s}`));
		await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-stichtag', s);
		const changed = await snapshot();
		await page.goto(`/kennzahlen?stichtag=${s}&zeitraum=gesamt`);
		await kpiReady(page);
		await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-stichtag', s);
		expect(changed).toBe(await snapshot());
	}
});

test('/kennzahlen opens with the report’s key messages for the same Stichtag (one model)', async ({
	page
}) => {
	test.setTimeout(150_000);
	const s = '2023-10-31';
	await page.goto(`/kennzahlen?stichtag=${s}&zeitraum=gesamt`);
	await kpiReady(page);
	await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-stichtag', s);
	const glance = page.getByTestId('kpi-kernaussagen');
	const onPage = [
		await glance.locator('.takeaway').innerText(),
		...(await glance.locator('li').allInnerTexts())
	].map(norm);
	expect(onPage.length).toBeGreaterThanOrEqual(3);
	await page.getByTestId('bericht-link').click();
	await expect(page.getByTestId('report')).toHaveAttribute('data-stichtag', s, { timeout: 90_000 });
	expect((await page.getByTestId('kernaussagen').locator('li').allInnerTexts()).map(norm)).toEqual(
		onPage
	);
});
