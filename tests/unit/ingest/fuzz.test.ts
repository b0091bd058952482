import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registry } from '../../../src/lib/db/registry';
import { analyseCsv } from '../../../src/lib/ingest/importer';
import { suggestMapping } from '../../../src/lib/ingest/mapping';
import { KATASTER } from '../../../src/lib/ingest/kataster-target';
import { validate } from '../../../src/lib/ingest/validate';
import { testDb } from '../db/helpers';
import { fixture, reference } from './helpers';
import { nodeSession, runImport } from './session';

const ref = reference();
const HEADERS = [
	'Objekt-ID',
	'AGS',
	'Gemeinde',
	'Nutzung',
	'Fläche',
	'leer seit',
	'Miete',
	'Status',
	'lon',
	'lat',
	'',
	'x"y'
];
const CELLS = [
	'16053000',
	'1605300',
	'16061039',
	'16999999',
	'Jena',
	'Einzelhandel',
	'Kiosk',
	'85,5',
	'1.250',
	'-5',
	'abc',
	'01.03.2021',
	'2019-06-15',
	'31.02.2023',
	'2020',
	'',
	' ',
	'"',
	'""',
	'"a;b"',
	'"x\ny"',
	'€',
	'ä',
	';',
	',',
	'\t',
	'|',
	'\r\n',
	'=1+1',
	'leer',
	'11,5',
	'50,9',
	'1e5'
];

const structured = fc
	.record({
		header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
		rows: fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 10 }), { maxLength: 12 }),
		delim: fc.constantFrom(';', ',', '\t', '|'),
		nl: fc.constantFrom('\n', '\r\n', '\r')
	})
	.map(({ header, rows, delim, nl }) => [header, ...rows].map((r) => r.join(delim)).join(nl));
const noise = fc.string({
	unit: fc.constantFrom(';', ',', '"', '\n', '\r', 'a', '1', ' ', 'ä', '€', '\t', '|', '.'),
	maxLength: 200
});
const encoded = fc.tuple(fc.oneof(structured, noise), fc.constantFrom('utf8', 'bom', 'latin'));
const bytes = fc.oneof(
	encoded.map(([text, enc]) => {
		if (enc === 'latin')
			return Uint8Array.from(
				[...text].map((c) => (c === '€' ? 0x80 : Math.min(c.charCodeAt(0), 255)))
			);
		const b = new TextEncoder().encode(text);
		return enc === 'bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...b]) : b;
	}),
	fc.uint8Array({ maxLength: 300 })
);

describe('fuzz: malformed CSVs (fast-check, seed 20261124, 1,000 runs)', () => {
	let baseline: { hash: string; n: number };
	let s: Awaited<ReturnType<typeof nodeSession>>['session'];
	const basis = () =>
		runImport(s, 'basis.csv', fixture('kataster-windows1252.csv'), { target: 'kataster' });

	beforeAll(async () => {
		s = (await nodeSession()).session;
		const db = await testDb();
		const r = await basis();
		expect(r.status).toBe('loaded');
		baseline = (await db.rows(registry.ingestTableHash('kataster')))[0];
	});

	it('never throws, names row and column of every rejection, leaves the table unchanged when refused', async () => {
		const db = await testDb();
		let refused = 0;
		let loaded = 0;
		const t0 = performance.now();
		await fc.assert(
			fc.asyncProperty(bytes, async (b) => {
				const a = analyseCsv('fuzz.csv', b);
				if (!a.ok) expect(a.message).not.toContain('konnte nicht gelesen');
				else {
					const v = validate(
						a.source.parsed,
						KATASTER,
						suggestMapping(a.source.parsed.headers, KATASTER),
						ref
					);
					for (const p of v.problems) {
						expect(Number.isInteger(p.row) && p.row >= 1).toBe(true);
						expect(p.column.length).toBeGreaterThan(0);
						expect(p.message.length).toBeGreaterThan(0);
					}
					const fileLevel = v.problems.some((p) => p.row === 1 && p.severity === 'fehler');
					for (const r of v.rejected) {
						expect(
							fileLevel || v.problems.some((p) => p.row === r.row && p.severity === 'fehler')
						).toBe(true);
					}
				}
				const res = await runImport(s, 'fuzz.csv', b, { target: 'kataster' });
				const now = (await db.rows(registry.ingestTableHash('kataster')))[0];
				if (res.status === 'refused') {
					refused++;
					expect(now).toEqual(baseline);
				} else {
					loaded++;
					await basis();
				}
			}),
			{ seed: 20261124, numRuns: 1000 }
		);
		expect(refused).toBeGreaterThan(900);
		expect(performance.now() - t0).toBeLessThan(60_000);
		console.log(
			`fuzz: ${refused} refused, ${loaded} loaded in ${Math.round(performance.now() - t0)} ms`
		);
	}, 120_000);
});
