import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, settle, test } from './fixtures';

/** App routes; all but /daten (which starts DuckDB only for an import) wait for DuckDB. */
const APP_ROUTES = [
	'/',
	'/leerstand',
	'/leerstand?ansicht=kataster',
	'/klima',
	'/kennzahlen',
	'/bericht',
	'/massnahmen',
	'/daten',
	'/orte/16053000'
];
const TEXT_ROUTES = ['/barrierefreiheit', '/datenschutz', '/impressum'];

async function axe(page: Page) {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.exclude('.maplibregl-canvas')
		.analyze();
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')})`
	);
}

/** Switches to table/planning views and opens collapsed tables („Als Tabelle“, the maps' table buttons). */
async function openViews(page: Page) {
	for (const name of ['Tabelle', 'Planungsmodus']) {
		const toggle = page.getByRole('button', { name, exact: true, pressed: false });
		if (await toggle.count()) await toggle.first().click();
	}
	await settle(page);
	const toggles = page.locator('details:not([open]) > summary');
	for (let n = await toggles.count(); n > 0; n--) await toggles.first().click();
	const tableButtons = page.getByRole('button', { name: 'Als Tabelle', exact: true });
	for (let n = await tableButtons.count(); n > 0; n--) await tableButtons.first().click();
	const headerSearch = page.getByRole('button', { name: 'Ortssuche', expanded: false });
	if (await headerSearch.count()) {
		await headerSearch.click();
		await page.keyboard.type('erf');
		await expect(
			page.getByRole('listbox', { name: 'Treffer' }).getByRole('option').first()
		).toBeVisible();
	}
}

for (const route of APP_ROUTES) {
	test(`axe: ${route} – no WCAG 2.1 A/AA violations, also with tables and the town search open`, async ({
		page
	}) => {
		await page.goto(route);
		await settle(page);
		expect(await axe(page), 'after ready').toEqual([]);
		await openViews(page);
		await settle(page);
		expect(await axe(page), 'with tables open').toEqual([]);
	});
}

test('axe: statement, privacy and imprint pages; feedback channel is the office address', async ({
	page
}) => {
	for (const route of TEXT_ROUTES) {
		await page.goto(route);
		expect(await axe(page), route).toEqual([]);
		// no personal data: the only address is the office's generic one
		const mails = await page
			.locator('a[href^="mailto:"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(new Set(mails), route).toEqual(
			new Set(['mailto:GST-Buendnis-Innenstaedte@leg-thueringen.de'])
		);
		await expect(page.locator('body')).not.toContainText(/Tel\.|Telefon|\+49|0361/);
	}
	await page.goto('/barrierefreiheit');
	for (const h of [
		'Stand der Vereinbarkeit mit den Anforderungen',
		'Nicht barrierefreie Inhalte',
		'Erstellung dieser Erklärung',
		'Feedback und Kontaktangaben',
		'Durchsetzungsverfahren'
	])
		await expect(page.getByRole('heading', { name: h, level: 2 })).toBeVisible();
});

test('keyboard: skip link, visible focus, map search and table without a pointer, no trap', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await settle(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// the next Tab stops inside main, with a visible focus indicator
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	expect(await focused.evaluate((el) => !!el.closest('main'))).toBe(true);
	expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

	// search a town with the keyboard: the URL (and the map) follow
	const search = page.getByRole('combobox', { name: 'Gemeinde suchen' });
	await search.focus();
	await page.keyboard.type('Jena');
	await expect(search).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/16053000/);

	// the map's values as a table, by keyboard
	const tableButton = page.getByRole('button', { name: 'Als Tabelle', exact: true }).first();
	await tableButton.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Tabelle ausblenden' }).first()).toBeVisible();
	await expect(page.locator('.atlas-map table').first()).toBeVisible();

	// the map canvas takes focus (arrow keys pan) and Tab leaves it again
	const canvas = page.locator('.maplibregl-canvas').first();
	await canvas.focus();
	await page.keyboard.press('Tab');
	await expect(canvas).not.toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(canvas).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(canvas).not.toBeFocused();
});

test('confirmation dialog and filter drawer: axe 0 while open, focus kept inside, Escape cancels', async ({
	page
}) => {
	await page.goto('/klima?modus=planung');
	await settle(page);
	const reset = page.getByRole('button', { name: 'Alles zurücksetzen' });
	await reset.click();
	const ask = page.getByRole('alertdialog', { name: 'Alles zurücksetzen?' });
	await expect(ask).toBeVisible();
	await expect(ask.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
	expect(await axe(page), 'dialog open').toEqual([]);
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('Tab');
		expect(await page.locator(':focus').evaluate((el) => !!el.closest('[role=alertdialog]'))).toBe(
			true
		);
	}
	await page.keyboard.press('Escape');
	await expect(ask).toHaveCount(0);
	await expect(reset).toBeFocused();

	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/leerstand');
	await settle(page);
	const drawer = page.getByTestId('filter-drawer');
	await drawer.click();
	await expect(drawer).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('form.filters select').first()).toBeVisible();
	expect(await axe(page), 'drawer open').toEqual([]);
});
