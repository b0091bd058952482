import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { dataset } from './data';
import { expect, hydrated, kpiReady, norm, test } from './fixtures';

/**
 * The site as a plain web server serves it (like the office's deployment; `vite preview` only serves
 * the files it found at its start): build/ as it is, `x` → `x.html`, ETag + 304, 404 page. The
 * Datenstand is placed into build/datenstand/ during the test, without a rebuild.
 */
const BUILD = join(
	process.cwd(),
	`build${process.env.ATLAS_BUILD ? `-${process.env.ATLAS_BUILD}` : ''}`
);
const DIR = join(BUILD, 'datenstand');
const FILE = join(DIR, 'aktuell.atlas');
const PORT = Number(process.env.PORT ?? 4173) + 100;
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

let server: Server;
const log: { path: string; status: number; conditional: boolean }[] = [];

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
		const file = [path, `${path}.html`, join(path, 'index.html')]
			.map((p) => normalize(join(BUILD, p)))
			.find((f) => f.startsWith(BUILD) && existsSync(f) && statSync(f).isFile());
		const done = (status: number) =>
			log.push({ path, status, conditional: Boolean(req.headers['if-none-match']) });
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(readFileSync(join(BUILD, '404.html')));
			return done(404);
		}
		const body = readFileSync(file);
		const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, { etag });
			res.end();
			return done(304);
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			etag,
			'cache-control': 'no-cache'
		});
		res.end(body);
		done(200);
	});
	await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r));
});

test.afterAll(async () => {
	rmSync(DIR, { recursive: true, force: true });
	await new Promise((r) => server.close(r));
});

interface Target {
	id: string;
	target_date: string | null;
}
const report = dataset<Target>('kpi_targets').find(
	(t) => t.id.startsWith('bericht-') && t.target_date
)!;
const year = report.target_date!.slice(0, 4);
const stichtag = `${year}-12-31`;
const kennzahlen = `/kennzahlen?stichtag=${stichtag}&zeitraum=${year}`;
const bericht = `/bericht?stichtag=${stichtag}&zeitraum=${year}`;
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
const deDate = (iso: string) => iso.split('-').reverse().join('.');
const PUBLISHER = 'Geschäftsstelle (Test)';
const atlasRequests = () => log.filter((l) => l.path.endsWith('/datenstand/aktuell.atlas'));

test('no Datenstand on the server: one silent request (404, no console error), embedded data', async ({
	page
}) => {
	test.setTimeout(180_000);
	const before = atlasRequests().length;
	await page.goto(kennzahlen);
	await kpiReady(page);
	await expect(page.locator(`[data-kpi="${report.id}"]`).first()).toHaveAttribute(
		'data-status',
		'keine_angabe'
	);
	await expect.poll(() => atlasRequests().length - before).toBe(1);
	expect(atlasRequests().at(-1)!.status).toBe(404);
	await expect(page.getByTestId('datenstand-status')).toHaveCount(0);
	await expect(page.getByTestId('datenstand-fehler')).toHaveCount(0);
	await page.goto('/daten');
	await expect(page.getByTestId('datenstand-status')).toContainText(
		'Kein veröffentlichter Datenstand'
	);
});

test('publish: a record goes into datenstand-<Datum>.atlas, previewed against nothing published', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto(kennzahlen);
	await kpiReady(page);
	await hydrated(page);
	const form = page.getByTestId('record-form');
	await form.getByLabel('Art der Erfassung').selectOption('lieferung');
	await form.getByLabel('Datum').fill(report.target_date!);
	await form.getByLabel('Ziel').selectOption(report.id);
	await form.getByLabel('geliefert', { exact: true }).check();
	await form.getByRole('button', { name: 'Erfassen' }).click();
	const tile = page.locator(`[data-kpi="${report.id}"]`).first();
	await expect(tile).toHaveAttribute('data-status', 'erledigt');

	await page.goto('/daten');
	const publish = page.getByTestId('publish');
	await expect(publish.getByRole('checkbox', { name: /kpi_erfassungen/ })).toBeChecked();
	const row = page.getByTestId('publish-diff').locator('[data-table="kpi_erfassungen"]');
	await expect(row).toHaveAttribute('data-status', 'neu');
	await expect(row.locator('[data-col="added"]')).toHaveText('1');
	// the publisher is required
	await publish.getByRole('button', { name: 'Datenstand herunterladen' }).click();
	await expect(page.getByTestId('publish-fehler')).toContainText('Herausgeber');
	await publish.getByLabel('Herausgeber').fill(PUBLISHER);
	await publish.getByLabel('Hinweis zum Stand').fill('Bericht geliefert');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		publish.getByRole('button', { name: 'Datenstand herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`datenstand-${today}.atlas`);
	await expect(page.getByTestId('publish-fertig')).toContainText('datenstand/aktuell.atlas');
	mkdirSync(DIR, { recursive: true });
	await download.saveAs(FILE);
});

test('a fresh browser sees the published records as „veröffentlicht“; a local edit is an Entwurf; reset returns', async ({
	page
}) => {
	test.setTimeout(360_000);
	expect(existsSync(FILE)).toBe(true);
	await page.goto(kennzahlen);
	await kpiReady(page);
	const tile = page.locator(`[data-kpi="${report.id}"]`).first();
	await expect(tile).toHaveAttribute('data-status', 'erledigt');
	await expect(tile.locator('.quelle [data-flag="published"]')).toHaveText('veröffentlicht');
	const footer = `Datenstand vom ${deDate(today)}, veröffentlicht von ${PUBLISHER}.`;
	expect(norm(await page.getByTestId('datenstand-status').first().textContent())).toBe(footer);

	await page.goto(bericht);
	await kpiReady(page);
	const row = page.locator(`[data-kpi-row="${report.id}"]`);
	await expect(row).toHaveAttribute('data-status', 'erledigt');
	await expect(page.getByTestId('herkunft')).toHaveAttribute('data-layer', 'published');
	await expect(page.getByTestId('herkunft')).toContainText('veröffentlicht');

	// a local edit: one more record → Entwurf here only
	await page.goto(kennzahlen);
	await kpiReady(page);
	await hydrated(page);
	const form = page.getByTestId('record-form');
	await form.getByLabel('Art der Erfassung').selectOption('teaser');
	await form.getByLabel('Datum').fill(`${year}-02-01`);
	await form.getByLabel('Anzahl Texte').fill('2');
	await form.getByRole('button', { name: 'Erfassen' }).click();
	await expect(page.getByTestId('herkunft')).toHaveAttribute('data-layer', 'draft');
	await expect(page.getByTestId('herkunft')).toContainText('Entwurf – nur in diesem Browser');

	await page.goto('/daten');
	const draft = page.getByTestId('entwurf');
	await expect(draft).toContainText('Entwurf – nur in diesem Browser');
	await draft.getByText('Unterschiede zum veröffentlichten Stand').click();
	const diff = page.getByTestId('entwurf-diff').locator('[data-table="kpi_erfassungen"]');
	await expect(diff.locator('[data-col="added"]')).toHaveText('1');
	await expect(diff.locator('[data-col="removed"]')).toHaveText('0');
	await draft.getByRole('button', { name: 'auf veröffentlichten Stand zurücksetzen' }).click();
	const ask = page.getByRole('alertdialog', { name: 'Änderungen verwerfen?' });
	// the dialog's code comes with the first question: Escape once it is shown keeps everything
	await expect(ask).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(ask).toHaveCount(0);
	await expect(page.getByTestId('entwurf')).toBeVisible();
	await draft.getByRole('button', { name: 'auf veröffentlichten Stand zurücksetzen' }).click();
	await ask.getByRole('button', { name: 'Änderungen verwerfen' }).click();
	await expect(page.getByTestId('entwurf-meldung')).toHaveText(
		'Zurückgesetzt: Es gilt wieder der veröffentlichte Stand.',
		{ timeout: 90_000 }
	);
	await expect(page.getByTestId('entwurf')).toHaveCount(0);

	await page.goto(kennzahlen);
	await kpiReady(page);
	await expect(page.getByTestId('herkunft')).toHaveAttribute('data-layer', 'published');
	await expect(page.getByTestId('own-records').locator('tbody tr[data-record]')).toHaveCount(1);
	// the second load revalidated the cached file by its ETag
	expect(atlasRequests().some((l) => l.conditional && l.status === 304)).toBe(true);
});

test('a Datenstand with one flipped byte is ignored as a whole, with a German notice', async ({
	page
}) => {
	test.setTimeout(180_000);
	const bytes = readFileSync(FILE);
	// a byte inside the compressed records table (local header: 30 bytes + name, then the data)
	const name = Buffer.from('kpi_erfassungen.arrow');
	const at = bytes.indexOf(name) + name.length;
	const size = bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from('PK\x03\x04'), at) + 18);
	bytes[at + Math.floor(size / 2)] ^= 0x20;
	writeFileSync(FILE, bytes);

	await page.goto(kennzahlen);
	await kpiReady(page);
	const notice = page.getByTestId('datenstand-fehler');
	await expect(notice).toContainText('Der veröffentlichte Datenstand wird nicht verwendet');
	await expect(notice).toContainText('aktuell.atlas');
	await expect(page.locator(`[data-kpi="${report.id}"]`).first()).toHaveAttribute(
		'data-status',
		'keine_angabe'
	);
	await expect(page.getByTestId('datenstand-status')).toHaveCount(0);
	await expect(page.getByTestId('herkunft')).toHaveCount(0);
});
