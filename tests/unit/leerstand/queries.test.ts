import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/lib/leerstand/queries';
import { registry } from '../../../src/lib/db/registry';
import {
	computeLeerstand,
	leerstandChoices,
	leerstandDb,
	loadBase
} from '../../../src/lib/leerstand/source';
import { compareDe } from '../../../src/lib/format';
import { parseView, viewQuery } from '../../../src/lib/leerstand/filters';
import { testDb } from '../db/helpers';

function arrow(name: string): Record<string, unknown>[] {
	return tableFromIPC(readFileSync(join(process.cwd(), 'data', `${name}.arrow`)))
		.toArray()
		.map((r) => ({ ...r.toJSON() }));
}

/** Independent pooling straight from the Arrow files: Σ leer / Σ Wohnungen per group. */
function expectedPools(key: 'size_class' | 'kreis_ags') {
	const est = new Map(arrow('leerstand_schaetzung').map((r) => [r.ags as string, r]));
	const out = new Map<string, { w: number; l: number; n: number; ok: number }>();
	for (const g of arrow('gemeinden')) {
		const e = est.get(g.ags as string);
		const k = g[key] as string;
		const acc = out.get(k) ?? { w: 0, l: 0, n: 0, ok: 0 };
		acc.n++;
		if (e) {
			acc.w += Number(e.wohnungen_gitter);
			acc.l += Number(e.leer_gitter);
			if (e.reliability !== 'unreliable') acc.ok++;
		}
		out.set(k, acc);
	}
	return out;
}

describe('Leerstand queries', () => {
	it('registry.leerstandPool pools Σ leer / Σ Wohnungen per size class', async () => {
		const db = await leerstandDb(await testDb());
		const rows = await db.rows(registry.leerstandPool('size_class', NO_FILTER));
		const want = expectedPools('size_class');
		expect(rows).toHaveLength(want.size);
		for (const r of rows) {
			const e = want.get(r.key)!;
			expect(r.gemeinden).toBe(e.n);
			expect(r.belastbar).toBe(e.ok);
			expect(r.wohnungen).toBe(e.w);
			expect(r.quote).toBeCloseTo((100 * e.l) / e.w, 9);
		}
		const land = (await db.rows(registry.leerstandPool('land', NO_FILTER)))[0];
		const all = [...want.values()].reduce((a, b) => ({ w: a.w + b.w, l: a.l + b.l }), {
			w: 0,
			l: 0
		});
		expect(land.quote).toBeCloseTo((100 * all.l) / all.w, 9);
		expect(land.datenstatus).toBe('schaetzung');
	});

	it('registry.leerstandPool pools per Kreis (not a mean of rates)', async () => {
		const db = await leerstandDb(await testDb());
		const rows = await db.rows(registry.leerstandPool('kreis_ags', NO_FILTER));
		const want = expectedPools('kreis_ags');
		expect(rows).toHaveLength(22);
		for (const r of rows) {
			const e = want.get(r.key)!;
			expect(r.leer).toBe(e.l);
			expect(r.quote).toBeCloseTo((100 * e.l) / e.w, 9);
			expect(r.label).toBeTruthy();
		}
	});

	it('registry.leerstandGemeinden: Kyffhäuserkreis + Kleinstadt gives exactly the five towns', async () => {
		const db = await leerstandDb(await testDb());
		const kreis = (arrow('kreise') as { kreis_ags: string; name: string }[]).find(
			(k) => k.name === 'Kyffhäuserkreis'
		)!;
		const v = parseView(new URLSearchParams(`klasse=kleinstadt&kreis=${kreis.kreis_ags}`));
		const f = v.filter;
		const rows = await db.rows(registry.leerstandGemeinden, [
			f.klasse,
			f.stadt,
			f.kreis,
			f.region,
			f.zo
		]);
		expect(rows.map((r) => r.name).sort()).toEqual(
			[
				'An der Schmücke',
				'Artern',
				'Bad Frankenhausen/Kyffhäuser',
				'Greußen',
				'Roßleben-Wiehe'
			].sort()
		);
		expect(rows.every((r) => r.datenstatus === 'schaetzung')).toBe(true);
		const sel = (await db.rows(registry.leerstandPool('land', f)))[0];
		const sum = (k: 'leer' | 'wohnungen') => rows.reduce((a, r) => a + (r[k] ?? 0), 0);
		expect(sel.quote).toBeCloseTo((100 * sum('leer')) / sum('wohnungen'), 9);
		expect(viewQuery(v)).toBe(`?klasse=kleinstadt&kreis=${kreis.kreis_ags}`);
	});

	it('registry.leerstandGemeinde returns one town; filters for Stadtrecht and zentraler Ort work', async () => {
		const db = await leerstandDb(await testDb());
		const [s] = await db.rows(registry.leerstandGemeinde, ['16065067']);
		expect(s.name).toBe('Sondershausen');
		expect(s.size_class).toBe('mittel_20_50');
		const oz = await db.rows(registry.leerstandGemeinden, ['', 'ja', '', '', 'Oberzentrum']);
		const want = arrow('gemeinden').filter((g) => g.zentraler_ort === 'Oberzentrum' && g.is_stadt);
		expect(oz).toHaveLength(want.length);
		const none = await db.rows(registry.leerstandGemeinden, ['gross', '', '', '', 'kein']);
		expect(none).toHaveLength(0);
	});

	it('registry.leerstandGitter returns the official 1 km cells with a value', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.leerstandGitter);
		expect(rows).toHaveLength(arrow('zensus_gitter_1km').filter((r) => r.quote !== null).length);
		expect(rows.every((r) => r.quote >= 0 && r.quote <= 100)).toBe(true);
	});

	it('the view computes the same filter and pools as the SQL (registry.leerstandPool)', async () => {
		const db = await leerstandDb(await testDb());
		const base = await loadBase(db);
		const filters = [
			NO_FILTER,
			{ ...NO_FILTER, klasse: 'kleinstadt', kreis: '16065' },
			{ ...NO_FILTER, region: 'Ostthüringen', stadt: 'ja' },
			{ ...NO_FILTER, zo: 'kein', klasse: 'klein_10_20' }
		];
		const round = (ps: { quote: number | null }[]) =>
			ps.map((p) => ({ ...p, quote: p.quote === null ? null : Math.round(p.quote * 1e9) }));
		for (const f of filters) {
			const v = computeLeerstand(base, f);
			const sqlRows = await db.rows(registry.leerstandGemeinden, [
				f.klasse,
				f.stadt,
				f.kreis,
				f.region,
				f.zo
			]);
			expect(v.gemeinden.map((g) => g.ags).sort()).toEqual(sqlRows.map((g) => g.ags).sort());
			const sel = await db.rows(registry.leerstandPool('land', f));
			expect(round([v.selection!])).toEqual(round(sel));
			const byKreis = await db.rows(registry.leerstandPool('kreis_ags', { ...f, kreis: '' }));
			expect(round(v.byKreis)).toEqual(round(byKreis));
			const byClass = await db.rows(registry.leerstandPool('size_class', { ...f, klasse: '' }));
			expect(round(v.byClass)).toEqual(round(byClass));
		}
	});

	it('the filters offer the Kreise and Planungsregionen of the SQL pools, Kreise by name', async () => {
		const db = await leerstandDb(await testDb());
		const c = leerstandChoices(await loadBase(db));
		const kreise = await db.rows(registry.leerstandPool('kreis_ags', NO_FILTER));
		const regionen = await db.rows(registry.leerstandPool('planungsregion', NO_FILTER));
		expect(c.kreise).toEqual(
			kreise
				.map((k) => ({ key: k.key, label: k.label }))
				.sort((a, b) => compareDe(a.label, b.label))
		);
		expect(c.regionen).toEqual(regionen.map((r) => r.key));
		expect(c.kreise).toHaveLength(new Set(arrow('gemeinden').map((g) => g.kreis_ags)).size);
	});

	it('parseView drops unknown URL values', () => {
		const v = parseView(new URLSearchParams('klasse=%3Dx&kreis=abc&zo=mz&ebene=kreis&alle=1'));
		expect(v.filter).toEqual({ ...NO_FILTER, zo: 'Mittelzentrum' });
		expect(v.ebene).toBe('kreis');
		expect(v.alle).toBe(true);
	});
});
