import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dataset } from './data';
import { expect, norm, test } from './fixtures';

/** #22: the report as the ministry prints it — Chromium's PDF, A4, read back with poppler. */

const MM = 72 / 25.4;
const A4_W = 210 * MM;
/** left/right page margins of the report's @page rule (mm) */
const SIDE_MM = 16;
const deDate = (iso: string) => iso.split('-').reverse().join('.');
/** pdftotext breaks lines anywhere; compare text with all whitespace folded (also after hyphens). */
const fold = (s: string) => norm(s).replace(/-\s+/g, '-').replace(/\s+/g, ' ');

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'data', 'manifest.json'), 'utf8')) as {
	datasets: { name: string; source: string }[];
};
const REPORT_DATASETS = [
	'kpi_targets',
	'events',
	'pilots',
	'ag_ziele',
	'meilensteine',
	'buendnis_fakten',
	'massnahmen'
];
const targets = dataset<{ id: string; kpi: string; source: string }>('kpi_targets');
const pilots = dataset<{ source: string }>('pilots');
const events = dataset<{
	date: string | null;
	date_end: string | null;
	status: string;
	source: string;
}>('events');

async function openReport(page: Page, stichtag: string) {
	await page.goto(`/bericht?stichtag=${stichtag}&zeitraum=gesamt`);
	await expect(page.getByTestId('report')).toHaveAttribute('data-stichtag', stichtag, {
		timeout: 90_000
	});
}

const pdftext = (file: string, ...args: string[]) =>
	execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

for (const stichtag of ['2023-10-31', '2024-06-30']) {
	test(`Bericht zum ${deDate(stichtag)} als PDF (A4): Seite 1 ist die Antwort, nichts ragt heraus, Seitenzahlen, Quellen vollständig`, async ({
		page
	}, info) => {
		test.setTimeout(180_000);
		await openReport(page, stichtag);
		const kern = (await page.getByTestId('kernaussagen').locator('li').allInnerTexts()).map(fold);
		expect(kern.length).toBeGreaterThanOrEqual(3);
		expect(kern.length).toBeLessThanOrEqual(5);

		// print emulation at the printable width: no text node's box leaves it
		const width = Math.floor(((210 - 2 * SIDE_MM) / 25.4) * 96);
		await page.setViewportSize({ width, height: 1100 });
		await page.emulateMedia({ media: 'print' });
		const outside = await page.evaluate(() => {
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			const w = document.documentElement.clientWidth;
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (!n.textContent?.trim()) continue;
				range.selectNodeContents(n);
				for (const r of range.getClientRects())
					if (r.width && (r.left < -0.5 || r.right > w + 0.5))
						out.push(
							`${n.textContent.trim().slice(0, 40)} (${Math.round(r.left)}–${Math.round(r.right)} von ${w})`
						);
			}
			return out;
		});
		expect(outside, 'text outside the printable width').toEqual([]);

		const file = info.outputPath(`bericht_${stichtag}.pdf`);
		writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
		const pages = Number(
			/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]
		);
		expect(pages).toBeGreaterThanOrEqual(2);
		const perPage = Array.from({ length: pages }, (_, i) =>
			fold(pdftext(file, '-f', String(i + 1), '-l', String(i + 1)))
		);
		info.annotations.push({ type: 'Seiten', description: `${stichtag}: ${pages}` });

		// page 1: key messages and the grouped status table with every target
		for (const k of kern) expect(perPage[0], 'key message on page 1').toContain(k);
		for (const label of ['erreicht', 'im Rahmen', 'offen', 'überfällig', 'ohne Nachweis'])
			expect(perPage[0]).toContain(label);
		for (const t of targets) expect(perPage[0], t.id).toContain(fold(t.kpi));

		// running header and „Seite n von m“ on every page
		perPage.forEach((text, i) => {
			expect(text, `page ${i + 1}`).toContain(`Seite ${i + 1} von ${pages}`);
			expect(text, `page ${i + 1}`).toContain(`Stichtag ${deDate(stichtag)}`);
		});

		// every word inside the page's side margins
		const words = [
			...pdftext(file, '-bbox').matchAll(
				/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</g
			)
		].map((m) => ({ x0: Number(m[1]), x1: Number(m[2]), w: m[3] }));
		const lo = SIDE_MM * MM - 1;
		const hi = A4_W - SIDE_MM * MM + 1;
		expect(words.filter((w) => w.x0 < lo || w.x1 > hi).map((w) => w.w)).toEqual([]);

		// every source complete somewhere: the datasets' (manifest) and the rows' shown by then
		const all = fold(pdftext(file));
		const sources = new Set([
			...manifest.datasets.filter((d) => REPORT_DATASETS.includes(d.name)).map((d) => d.source),
			...targets.map((t) => t.source),
			...pilots.map((p) => p.source),
			...events
				.filter((e) => e.status === 'stattgefunden' && (e.date_end ?? e.date)! <= stichtag)
				.map((e) => e.source)
		]);
		for (const s of sources) expect(all, s).toContain(fold(s));
	});
}

test('„Als PDF drucken“ on /kennzahlen and /bericht opens the browser print; the report URL carries Stichtag and period', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.goto('/kennzahlen?stichtag=2024-06-30&zeitraum=2024');
	await expect(page.getByTestId('kpi-ready')).toHaveAttribute('data-stichtag', '2024-06-30', {
		timeout: 90_000
	});
	await page.getByRole('button', { name: 'Als PDF drucken' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.getByTestId('bericht-link').click();
	await expect(page).toHaveURL(/\/bericht\?stichtag=2024-06-30&zeitraum=2024/);
	await expect(page.getByTestId('r-stichtag')).toHaveText('30.06.2024', { timeout: 90_000 });
	await expect(page.getByTestId('r-zeitraum')).toHaveText('Jahr 2024');
	const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
	await page.getByRole('button', { name: 'Als PDF drucken' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(
		before + 1
	);
});
