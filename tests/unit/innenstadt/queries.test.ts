import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { MIN_WOHNUNGEN, type OrtskernRow } from '../../../src/lib/innenstadt/queries';
import { testDb } from '../db/helpers';

type Rec = Record<string, unknown>;
const arrow = (name: string): Rec[] =>
	tableFromIPC(readFileSync(join('data', `${name}.arrow`)))
		.toArray()
		.map((r) => ({ ...r.toJSON() }));
const RAW = resolve('../shared/data/raw');
const csv = (file: string) =>
	Papa.parse<Record<string, string>>(readFileSync(join(RAW, file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;

const cells = arrow('zensus_100m');
const mitte = new Map(arrow('ortsmitte').map((o) => [o.ags as string, o]));
const gemeinden = arrow('gemeinden');
const agsOf = (name: string) => gemeinden.find((g) => g.name === name)!.ags as string;

/** Core/rest sums computed here, in plain JS, from data/ (not via SQL). */
function independent(ags: string, r: number) {
	const o = mitte.get(ags)!;
	const z = { kw: 0, kl: 0, rw: 0, rl: 0 };
	for (const c of cells) {
		if (c.ags !== ags) continue;
		const dx = (c.gx as number) * 100 + 50 - (o.x_3035 as number);
		const dy = (c.gy as number) * 100 + 50 - (o.y_3035 as number);
		const w = (c.wohnungen as number | null) ?? 0;
		const l = (c.leer as number | null) ?? 0;
		if (Math.hypot(dx, dy) <= r) {
			z.kw += w;
			z.kl += l;
		} else {
			z.rw += w;
			z.rl += l;
		}
	}
	return z;
}

let at500: OrtskernRow[];
beforeAll(async () => {
	const db = await testDb();
	at500 = await db.rows(registry.ortskern, [500]);
}, 120_000);

describe('Ortskern: core vs rest around the Ortsmitte', () => {
	it.each([
		['Pößneck', 500],
		['Greiz', 500],
		['Jena', 1000]
	])('%s at %i m equals the computation over data/', async (name, r) => {
		const db = await testDb();
		const rows = r === 500 ? at500 : await db.rows(registry.ortskern, [r]);
		const row = rows.find((x) => x.ags === agsOf(name))!;
		const z = independent(row.ags, r);
		expect([row.kern_wohnungen, row.kern_leer, row.rest_wohnungen, row.rest_leer]).toEqual([
			z.kw,
			z.kl,
			z.rw,
			z.rl
		]);
		expect(row.kern_quote).toBeCloseTo((100 * z.kl) / z.kw, 9);
		expect(row.rest_quote).toBeCloseTo((100 * z.rl) / z.rw, 9);
		expect(row.differenz_pp).toBeCloseTo((100 * z.kl) / z.kw - (100 * z.rl) / z.rw, 9);
	});

	it('every Gemeinde: the zones add up to its cells; Thüringen to the totals of leerstand_schaetzung', () => {
		const sum = new Map<string, [number, number]>();
		for (const c of cells) {
			if (!c.ags) continue;
			const s = sum.get(c.ags as string) ?? [0, 0];
			s[0] += (c.wohnungen as number | null) ?? 0;
			s[1] += (c.leer as number | null) ?? 0;
			sum.set(c.ags as string, s);
		}
		expect(at500).toHaveLength(605);
		for (const row of at500) {
			const [w, l] = sum.get(row.ags) ?? [0, 0];
			expect(row.kern_wohnungen + row.rest_wohnungen, row.name).toBe(w);
			expect(row.kern_leer + row.rest_leer, row.name).toBe(l);
		}
		const est = arrow('leerstand_schaetzung');
		const total = (rows: Rec[], k: string) => rows.reduce((s, r) => s + (r[k] as number), 0);
		expect(
			total(at500 as unknown as Rec[], 'kern_wohnungen') +
				total(at500 as unknown as Rec[], 'rest_wohnungen')
		).toBe(total(est, 'wohnungen_gitter'));
	});

	it(`below ${MIN_WOHNUNGEN} captured dwellings a zone has no rate, and the difference none`, () => {
		const few = at500.filter((r) => r.kern_wohnungen < MIN_WOHNUNGEN);
		const enough = at500.filter((r) => r.kern_wohnungen >= MIN_WOHNUNGEN);
		expect(few.length).toBeGreaterThan(0);
		expect(enough.length).toBeGreaterThan(0);
		for (const r of few) {
			expect(r.kern_quote, r.name).toBeNull();
			expect(r.differenz_pp, r.name).toBeNull();
			expect(r.rang_klasse, r.name).toBeNull();
		}
		for (const r of enough) expect(r.kern_quote, r.name).not.toBeNull();
		for (const r of at500)
			expect(r.rest_quote === null, r.name).toBe(r.rest_wohnungen < MIN_WOHNUNGEN);
		// exactly at the minimum counts
		const edge = at500.filter((r) => r.kern_wohnungen === MIN_WOHNUNGEN);
		for (const r of edge) expect(r.kern_quote).not.toBeNull();
	});

	it('ranking: sorted by difference, rank within the size class', () => {
		const diffs = at500.filter((r) => r.differenz_pp !== null).map((r) => r.differenz_pp!);
		expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
		const klein = at500.filter((r) => r.size_class === 'klein_10_20' && r.differenz_pp !== null);
		expect(klein[0].rang_klasse).toBe(1);
		expect(klein.every((r) => r.n_klasse === klein.length)).toBe(true);
	});

	it('the distance-band table gives the same figures as the one statement over the cells', async () => {
		const db = await testDb();
		await db.rows(registry.ortskernBaenderInit);
		for (const r of [300, 500, 750, 1500]) {
			const direct = r === 500 ? at500 : await db.rows(registry.ortskern, [r]);
			expect(await db.rows(registry.ortskernBaender, [r]), `r = ${r}`).toEqual(direct);
		}
	});

	it('map cells: the core flag of each cell matches the figures', async () => {
		const db = await testDb();
		const ags = agsOf('Pößneck');
		const zellen = await db.rows(registry.ortskernZellen, [ags, 3000]);
		const row = at500.find((r) => r.ags === ags)!;
		const kern = zellen.filter((z) => z.abstand_m !== null && z.abstand_m <= 500);
		expect(kern.reduce((s, z) => s + (z.wohnungen ?? 0), 0)).toBe(row.kern_wohnungen);
		expect(kern.reduce((s, z) => s + (z.leer ?? 0), 0)).toBe(row.kern_leer);
		const o = mitte.get(ags)!;
		for (const z of zellen) {
			expect(Math.abs(z.gx * 100 + 50 - (o.x_3035 as number))).toBeLessThanOrEqual(3000);
			expect(Math.abs(z.gy * 100 + 50 - (o.y_3035 as number))).toBeLessThanOrEqual(3000);
		}
	});
});

describe.skipIf(!existsSync(RAW))('official figures equal the raw Zensus files', () => {
	it('Kreise: dwellings, vacant, LEQ, ≥ 12 months and reasons as in file 17', async () => {
		const db = await testDb();
		const raw = csv('th_zensus2022_wohnungen_kreise_2022.csv');
		const rows = await db.rows(registry.kreiseAmtlich);
		expect(rows).toHaveLength(22);
		for (const k of raw) {
			const r = rows.find((x) => x.kreis_ags === k.AGS)!;
			expect(r.wohnungen).toBe(Number(k.GEBAEUDEART_SYS_1));
			expect(r.leer).toBe(Number(k.LEERSTAND_INSGESAMT));
			expect(r.leq).toBe(Number(k.LEQ));
			expect(r.leer_ab_12m).toBe(Number(k.LEERSTAND_DAUER__4));
			expect(r.grund_bezug_3m).toBe(Number(k.LEERSTAND_GRUND__1));
			expect(r.grund_sonstig).toBe(Number(k.LEERSTAND_GRUND__6));
			expect(r.anteil_ab_12m).toBeCloseTo(
				(100 * Number(k.LEERSTAND_DAUER__4)) / Number(k.LEERSTAND_INSGESAMT),
				9
			);
			expect(r.abstand_pp).toBeCloseTo(r.schaetzung_quote! - Number(k.LEQ), 9);
		}
	});

	it('Thüringen: official dwellings from the Land row, vacant as Σ Kreise', async () => {
		const db = await testDb();
		const land = csv('th_zensus2022_wohnungen_regionaltabelle_2022.csv').find(
			(r) => r.Regionalebene === 'Land'
		)!;
		const kreise = csv('th_zensus2022_wohnungen_kreise_2022.csv');
		const [t] = await db.rows(registry.landAmtlich);
		expect(t.wohnungen).toBe(Number(land.GEBAEUDEART_SYS_1));
		expect(t.leer).toBe(kreise.reduce((s, k) => s + Number(k.LEERSTAND_INSGESAMT), 0));
		expect(t.leer_ab_12m).toBe(kreise.reduce((s, k) => s + Number(k.LEERSTAND_DAUER__4), 0));
		// the LEQ's own base per Kreis is leer · 100 / LEQ (not the dwelling count)
		const leer = kreise.reduce((s, k) => s + Number(k.LEERSTAND_INSGESAMT), 0);
		const basis = kreise.reduce(
			(s, k) => s + (100 * Number(k.LEERSTAND_INSGESAMT)) / Number(k.LEQ),
			0
		);
		expect(t.leq_land).toBeCloseTo((100 * leer) / basis, 9);
		expect(t.anteil_ab_12m).toBeCloseTo((100 * t.leer_ab_12m) / leer, 9);
	});

	it('coverage per Gemeinde: grid dwellings / official dwellings summed over the 2022 predecessors', () => {
		const rt = csv('th_zensus2022_wohnungen_regionaltabelle_2022.csv');
		const official = new Map(rt.map((r) => [r._RS, Number(r.GEBAEUDEART_SYS_1)]));
		const map = csv('th_gemeinden_2022_to_2025_mapping.csv');
		const sum = new Map<string, number>();
		const split = new Set<string>();
		for (const m of map) {
			const t = m.ags_2025.split('|');
			if (t.length > 1) t.forEach((a) => split.add(a));
			else sum.set(t[0], (sum.get(t[0]) ?? 0) + official.get(m.ars_2022)!);
		}
		const grid = new Map<string, number>();
		for (const c of cells)
			if (c.ags)
				grid.set(
					c.ags as string,
					(grid.get(c.ags as string) ?? 0) + ((c.wohnungen as number) ?? 0)
				);
		for (const row of at500) {
			if (split.has(row.ags)) continue;
			const want = Math.round((1000 * (grid.get(row.ags) ?? 0)) / sum.get(row.ags)!) / 10;
			expect(row.abdeckung_pct, row.name).toBe(want);
			expect(row.wohnungen_amtlich, row.name).toBe(sum.get(row.ags));
		}
	});

	it('the Gemeinden that received parts of the three split Gemeinden are flagged, with no official total', () => {
		const map = csv('th_gemeinden_2022_to_2025_mapping.csv');
		const split = new Set(
			map.filter((m) => m.change_type === 'split').flatMap((m) => m.ags_2025.split('|'))
		);
		expect(split.size).toBe(3);
		for (const row of at500) {
			expect(row.teilung_offen, row.name).toBe(split.has(row.ags));
			if (split.has(row.ags)) {
				expect(row.wohnungen_amtlich).toBeNull();
				expect(row.abdeckung_pct).toBeNull();
			}
		}
	});
});

describe('100 m grid on the state map', () => {
	it('registry.gitterAusschnitt returns exactly the cells of the window (and no more than asked)', async () => {
		const db = await testDb();
		const o = mitte.get(agsOf('Pößneck'))!;
		const gx = Math.floor((o.x_3035 as number) / 100);
		const gy = Math.floor((o.y_3035 as number) / 100);
		const w = [gx - 40, gx + 40, gy - 25, gy + 25] as const;
		const inWindow = cells.filter(
			(c) =>
				(c.gx as number) >= w[0] &&
				(c.gx as number) <= w[1] &&
				(c.gy as number) >= w[2] &&
				(c.gy as number) <= w[3]
		);
		const rows = await db.rows(registry.gitterAusschnitt, [...w, 20_000]);
		expect(inWindow.length).toBeGreaterThan(100);
		expect(rows.map((r) => `${r.gx}/${r.gy}`).sort()).toEqual(
			inWindow.map((c) => `${c.gx}/${c.gy}`).sort()
		);
		const sum = (xs: Rec[], k: string) =>
			xs.reduce((s, x) => s + ((x[k] as number | null) ?? 0), 0);
		expect(sum(rows as unknown as Rec[], 'leer')).toBe(sum(inWindow, 'leer'));
		expect(await db.rows(registry.gitterAusschnitt, [...w, 10])).toHaveLength(10);
	});
});
