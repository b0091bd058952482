import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnsToIpc, readInputs, type Columns } from '../../../scripts/data/kataster';
import { openNodeDb } from '../../../src/lib/db/node';
import { registry } from '../../../src/lib/db/registry';
import {
	emptyKatasterFilter,
	type KatasterDim,
	type KatasterFilter
} from '../../../src/lib/kataster/queries';
import { KATASTER_COLUMNS } from '../../../src/lib/kataster/schema';

const gem = new Map(readInputs(join(process.cwd(), 'data')).gemeinden.map((g) => [g.ags, g]));
const ERFURT = '16051000';
const WEIMAR = '16055000';
const SUHL = '16054000';

// A: Erfurt, stock 2019–2025. B: Erfurt 2021–2023 (re-let 30.06.2023). C: Weimar 2024 leer, 2025
// zwischengenutzt. D: Weimar 2025 only. E: re-let before 2019 → never in the stock.
const fixture = [
	['A', ERFURT, 'Einzelhandel', 80, '2018-05-01', 'gut', 'leer', null],
	['B', ERFURT, 'Gastronomie', 300, '2021-03-01', 'mittel', 'wieder vermietet', '2023-06-30'],
	['C', WEIMAR, 'Einzelhandel', 40, '2024-02-01', 'mittel', 'zwischengenutzt', '2025-03-01'],
	['D', WEIMAR, 'Büro', 600, '2025-10-01', null, 'leer', null],
	['E', SUHL, 'Einzelhandel', 120, '2016-01-01', 'gut', 'wieder vermietet', '2018-12-31']
] as const;

function fixtureIpc(): Uint8Array {
	const cols: Columns = Object.fromEntries(KATASTER_COLUMNS.map((c) => [c.name, []]));
	for (const [id, ags, nutzung, flaeche, seit, zustand, status, statusSeit] of fixture) {
		const g = gem.get(ags)!;
		const row: Record<string, string | number | boolean | null> = {
			id,
			ags,
			nutzung,
			flaeche_m2: flaeche,
			leer_seit: seit,
			bezeichnung: `Objekt ${id}`,
			adresse: null,
			lon: g.lon,
			lat: g.lat,
			zustand,
			eigentuemer_typ: null,
			miete_eur_m2: null,
			status,
			status_seit: statusSeit,
			geprueft_am: '2025-06-01',
			kreis_ags: g.kreis_ags,
			size_class: g.size_class,
			lage_ungefaehr: true,
			datenstatus: 'Beispieldaten',
			extra: null
		};
		for (const c of KATASTER_COLUMNS) cols[c.name].push(row[c.name]);
	}
	return columnsToIpc(cols);
}

type Db = Awaited<ReturnType<typeof openNodeDb>>;
let db: Db;
const f = (over: Partial<KatasterFilter> = {}): KatasterFilter => ({
	...emptyKatasterFilter(2025),
	...over
});

beforeAll(async () => {
	db = await openNodeDb({ tables: { kataster_beispiel: fixtureIpc() } });
	await db.rows(registry.katasterInit);
	await db.rows(registry.katasterPrepare);
	await db.rows(registry.katasterCube);
});

describe('Leerstandskataster queries (hand-computed fixture)', () => {
	it('origin of the data', async () => {
		expect(await db.rows(registry.katasterHerkunft)).toEqual([{ n: 5, beispiel: 5 }]);
	});

	it('stock on 31.12. per year and size class (trend ignores year and class filters)', async () => {
		const rows = await db.rows(registry.katasterTrend(f({ size_class: ['gross'], jahr: 2019 })));
		const by = (j: number) =>
			Object.fromEntries(rows.filter((r) => r.jahr === j).map((r) => [r.size_class, r.n]));
		const e = gem.get(ERFURT)!.size_class;
		const w = gem.get(WEIMAR)!.size_class;
		expect(by(2019)).toEqual({ [e]: 1 });
		expect(by(2021)).toEqual({ [e]: 2 });
		expect(by(2023)).toEqual({ [e]: 2 });
		expect(by(2024)).toEqual({ [e]: 1, [w]: 1 });
		expect(by(2025)).toEqual({ [e]: 1, [w]: 2 });
	});

	const facet = async (dim: KatasterDim, filter: KatasterFilter) =>
		(await db.rows(registry.katasterFacets([dim], filter))).map(({ key, n }) => ({ key, n }));

	it('facets count under the other filters, not their own', async () => {
		const filter = f({ nutzung: ['Einzelhandel'] });
		expect(await facet('nutzung', filter)).toEqual([
			{ key: 'Büro', n: 1 },
			{ key: 'Einzelhandel', n: 2 }
		]);
		expect(await facet('status', filter)).toEqual([
			{ key: 'leer', n: 1 },
			{ key: 'zwischengenutzt', n: 1 }
		]);
		expect(await facet('zustand', f())).toEqual([
			{ key: 'gut', n: 1 },
			{ key: 'mittel', n: 1 },
			{ key: 'unbekannt', n: 1 }
		]);
		// 2025: A 7,7 J. → '4', C 1,9 J. → '1', D 0,25 J. → '0'; 2023: B re-let after 2,3 J. → '2'
		expect(await facet('dauer_klasse', f())).toEqual([
			{ key: '0', n: 1 },
			{ key: '1', n: 1 },
			{ key: '4', n: 1 }
		]);
		expect(await facet('dauer_klasse', f({ jahr: 2023, status: ['wieder vermietet'] }))).toEqual([
			{ key: '2', n: 1 }
		]);
		expect(await facet('flaeche_klasse', f())).toEqual([
			{ key: '0', n: 1 },
			{ key: '1', n: 1 },
			{ key: '4', n: 1 }
		]);
	});

	it('all facets in one statement agree with single ones', async () => {
		const filter = f({ nutzung: ['Einzelhandel'] });
		const all = await db.rows(registry.katasterFacets(['nutzung', 'status'], filter));
		expect(all.filter((r) => r.dim === 'status').map(({ key, n }) => ({ key, n }))).toEqual(
			await facet('status', filter)
		);
		expect(all.filter((r) => r.dim === 'nutzung')).toHaveLength(2);
	});

	it('with a Gemeinde filter the counts come from the object table and agree', async () => {
		const weimar = f({ ags: [WEIMAR] });
		expect(await db.rows(registry.katasterTotal(weimar))).toEqual([{ n: 2, flaeche: 640 }]);
		expect(await facet('nutzung', weimar)).toEqual([
			{ key: 'Büro', n: 1 },
			{ key: 'Einzelhandel', n: 1 }
		]);
		const trend = await db.rows(registry.katasterTrend(weimar));
		expect(trend.map((r) => [r.jahr, r.n])).toEqual([
			[2024, 1],
			[2025, 2]
		]);
		expect(await facet('ags', f())).toEqual([
			{ key: ERFURT, n: 1 },
			{ key: WEIMAR, n: 2 }
		]);
		expect(await db.rows(registry.katasterTotal(f({ jahr: 2019, nutzung: ['Büro'] })))).toEqual([
			{ n: 0, flaeche: null }
		]);
	});

	it('total, density, objects and map points agree', async () => {
		const filter = f({ flaeche_klasse: ['0', '4'] });
		expect(await db.rows(registry.katasterTotal(filter))).toEqual([{ n: 2, flaeche: 640 }]);
		const dichte = await db.rows(registry.katasterDichte(f()));
		expect(dichte).toHaveLength(605);
		const d = Object.fromEntries(dichte.filter((r) => r.n > 0).map((r) => [r.ags, r]));
		expect(Object.keys(d)).toEqual([ERFURT, WEIMAR]);
		expect(d[WEIMAR].je_1000).toBeCloseTo((2 * 1000) / gem.get(WEIMAR)!.population, 10);
		const obj = await db.rows(registry.katasterObjekte(f(), 'flaeche_m2', 10));
		expect(obj.map((o) => o.id)).toEqual(['D', 'A', 'C']);
		expect(obj[0]).toMatchObject({
			gemeinde: 'Weimar',
			zustand: 'unbekannt',
			datenstatus: 'Beispieldaten'
		});
		const byName = await db.rows(registry.katasterObjekte(f(), 'gemeinde', 10));
		expect(byName.map((o) => o.id)).toEqual(['A', 'C', 'D']);
		const page2 = await db.rows(registry.katasterObjekte(f(), 'leer_seit', 1, 1));
		expect(page2.map((o) => o.id)).toEqual(['C']);
		const pts = await db.rows(registry.katasterPunkte(f({ ags: [WEIMAR] }), 2, 1000));
		expect(pts).toHaveLength(2);
		expect(pts[0]).toMatchObject({ lon: gem.get(WEIMAR)!.lon, lat: gem.get(WEIMAR)!.lat });
	});

	it('town profile: stock per year and status', async () => {
		expect(await db.rows(registry.katasterOrtTrend, [ERFURT])).toEqual([
			{ jahr: 2019, status: 'leer', n: 1 },
			{ jahr: 2020, status: 'leer', n: 1 },
			{ jahr: 2021, status: 'leer', n: 2 },
			{ jahr: 2022, status: 'leer', n: 2 },
			{ jahr: 2023, status: 'leer', n: 1 },
			{ jahr: 2023, status: 'wieder vermietet', n: 1 },
			{ jahr: 2024, status: 'leer', n: 1 },
			{ jahr: 2025, status: 'leer', n: 1 }
		]);
	});

	it('early warning ranks the steepest rise per 1.000 EW above the threshold', async () => {
		// 2023 → 2025: Weimar 0 → 2 active (C zwischengenutzt, D); Erfurt 1 → 1 (B was re-let in 2023)
		const all = await db.rows(registry.katasterFruehwarnung(f(), 2, 0));
		expect(all.map((r) => [r.ags, r.n_vorher, r.n_jetzt])).toEqual([
			[WEIMAR, 0, 2],
			[ERFURT, 1, 1]
		]);
		expect(all[0].anstieg_je_1000).toBeCloseTo(2000 / gem.get(WEIMAR)!.population, 10);
		const above = await db.rows(registry.katasterFruehwarnung(f(), 2, 0.001));
		expect(above.map((r) => r.ags)).toEqual([WEIMAR]);
		const büro = await db.rows(registry.katasterFruehwarnung(f({ nutzung: ['Büro'] }), 2, 0.001));
		expect(büro.map((r) => [r.ags, r.n_jetzt])).toEqual([[WEIMAR, 1]]);
	});
});
