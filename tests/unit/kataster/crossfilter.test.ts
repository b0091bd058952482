import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import { registry } from '../../../src/lib/db/registry';
import { objektSeite } from '../../../src/lib/kataster/load';
import {
	emptyKatasterFilter,
	KATASTER_TOP,
	splitUebersicht,
	type KatasterDim,
	type KatasterFilter
} from '../../../src/lib/kataster/queries';
import { FACET_DIMS } from '../../../src/lib/kataster/data.svelte';

type Db = Awaited<ReturnType<typeof openNodeDb>>;
let db: Db;

beforeAll(async () => {
	db = await openNodeDb();
	await db.rows(registry.katasterInit);
	await db.rows(registry.katasterPrepare);
	await db.rows(registry.katasterCube);
});

const filters: [string, Partial<KatasterFilter>][] = [
	['no filter', {}],
	['one use', { nutzung: ['Einzelhandel'] }],
	['use and class', { nutzung: ['Einzelhandel', 'Büro'], size_class: ['klein_5_10', 'mittel'] }],
	['Kreis, condition, year 2021', { jahr: 2021, kreis_ags: ['16065'], zustand: ['mittel'] }],
	['Gemeinde and bins', { ags: ['16051000'], dauer_klasse: ['0', '1'], flaeche_klasse: ['2'] }]
];

const total = async (f: KatasterFilter) => (await db.rows(registry.katasterTotal(f)))[0].n;

describe('Leerstandskataster crossfilter on the Beispieldaten (grouping sets and cubes agree)', () => {
	it.each(filters)(
		'%s: each facet count equals the total with that value selected',
		async (_, over) => {
			const f: KatasterFilter = { ...emptyKatasterFilter(2025), ...over };
			const dims: KatasterDim[] = [...FACET_DIMS, 'ags'];
			const rows = await db.rows(registry.katasterFacets(dims, f));
			for (const dim of dims) {
				const own = rows.filter((r) => r.dim === dim);
				const sample = own.filter((_, i) => i % Math.ceil(own.length / 4) === 0);
				for (const r of sample)
					expect(r.n, `${dim}=${r.key}`).toBe(await total({ ...f, [dim]: [r.key] }));
				expect(own.reduce((s, r) => s + r.n, 0)).toBe(await total({ ...f, [dim]: [] }));
			}
		}
	);

	it.each(filters)(
		'%s: density per Gemeinde, the yearly trend and the map points agree with the total',
		async (_, over) => {
			const f: KatasterFilter = { ...emptyKatasterFilter(2025), ...over };
			const dichte = await db.rows(registry.katasterDichte(f));
			expect(dichte).toHaveLength(605);
			expect(dichte.reduce((s, r) => s + r.n, 0)).toBe(await total({ ...f, ags: [] }));
			const trend = await db.rows(registry.katasterTrend(f));
			const thisYear = trend.filter((r) => r.jahr === f.jahr).reduce((s, r) => s + r.n, 0);
			expect(thisYear).toBe(await total({ ...f, size_class: [] }));
			// the object table (text columns) and the coded cubes count the same objects
			const n = await total(f);
			expect(await db.rows(registry.katasterPunkte(f, n, n + 1))).toHaveLength(n);
		}
	);

	it('map points are a uniform subset that thins to about the requested number', async () => {
		const f = emptyKatasterFilter(2025);
		const n = await total(f);
		expect(await db.rows(registry.katasterPunkte(f, n, n))).toHaveLength(n);
		const thin = await db.rows(registry.katasterPunkte(f, n, Math.round(n / 4)));
		expect(thin.length).toBeGreaterThan(n / 6);
		expect(thin.length).toBeLessThan(n / 3);
	});

	it('the town profile trend (kataster_jahr) matches the totals of the cubes', async () => {
		const rows = await db.rows(registry.katasterOrtTrend, ['16051000']);
		for (const jahr of [2019, 2025]) {
			const sum = rows.filter((r) => r.jahr === jahr).reduce((s, r) => s + r.n, 0);
			expect(sum).toBe(await total({ ...emptyKatasterFilter(jahr), ags: ['16051000'] }));
		}
	});
});

describe('object table page from kataster_top', () => {
	const cases: Partial<KatasterFilter>[] = [
		{},
		{ nutzung: ['Büro'] },
		{ jahr: 2019, zustand: ['schlecht'] },
		{ ags: ['16051000'] },
		{ ags: ['16066014'], nutzung: ['Gastronomie'] },
		{ kreis_ags: ['16065'], dauer_klasse: ['5'] }
	];
	it.each(cases)('equals the full query (%o)', async (over) => {
		const f: KatasterFilter = { ...emptyKatasterFilter(2025), ...over };
		for (const limit of [1, 50, 300]) {
			const full = await db.rows(registry.katasterObjekte(f, 'leer_seit', limit));
			expect(await objektSeite(db, f, 'leer_seit', limit)).toEqual(full);
		}
		expect(await objektSeite(db, f, 'flaeche_m2', 50)).toEqual(
			await db.rows(registry.katasterObjekte(f, 'flaeche_m2', 50))
		);
	});

	it('is used when it holds a full page, and is a prefix of each year', async () => {
		const f = emptyKatasterFilter(2025);
		const vorab = await db.rows(registry.katasterObjekte(f, 'leer_seit', 50, 0, true));
		expect(vorab).toHaveLength(50);
		// the Beispieldaten hold more objects in 2025 than the prefix, so both paths are exercised
		expect(await total(f)).toBeGreaterThan(KATASTER_TOP);
		const page = await db.rows(registry.katasterObjekte(f, 'leer_seit', KATASTER_TOP, 0, true));
		expect(page).toEqual(await db.rows(registry.katasterObjekte(f, 'leer_seit', KATASTER_TOP)));
	});
});

describe('facets, trend and total in one statement', () => {
	it.each(filters)('%s: katasterUebersicht equals the three single statements', async (_, over) => {
		const f: KatasterFilter = { ...emptyKatasterFilter(2025), ...over };
		const dims: KatasterDim[] = [...FACET_DIMS, 'ags'];
		const { facets, trend, total } = splitUebersicht(
			await db.rows(registry.katasterUebersicht(dims, f))
		);
		const single: Partial<Record<KatasterDim, { key: string; n: number }[]>> = {};
		for (const r of await db.rows(registry.katasterFacets(dims, f)))
			(single[r.dim] ??= []).push({ key: r.key, n: r.n });
		expect(facets).toEqual(single);
		expect(trend).toEqual(await db.rows(registry.katasterTrend(f)));
		expect([total]).toEqual(await db.rows(registry.katasterTotal(f)));
	});
});
