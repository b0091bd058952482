import { parse, stringify } from 'devalue';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db, Derived } from '../../../src/lib/db/types';
import { RADIUS_DEFAULT } from '../../../src/lib/innenstadt/queries';
import { loadOrtskern } from '../../../src/lib/innenstadt/source';
import { OFFICIAL_TABLE } from '../../../src/lib/leerstand/official';
import { registry } from '../../../src/lib/db/registry';
import { NO_FILTER } from '../../../src/lib/leerstand/queries';
import { leerstandDb } from '../../../src/lib/leerstand/source';
import { gemeinsam, loadProfil, PROFIL } from '../../../src/lib/ort/profil';
import { testDb } from '../db/helpers';
import { dataset } from '../../e2e/data';

type G = { ags: string; name: string };
const gemeinden = dataset<G>('gemeinden');
const mitSchaetzung = new Set(dataset<{ ags: string }>('leerstand_schaetzung').map((r) => r.ags));
const sample = [
	...['Jena', 'Erfurt', 'Pößneck'].map((n) => gemeinden.find((g) => g.name === n)!),
	...gemeinden.filter((g) => !mitSchaetzung.has(g.ags)).slice(0, 2),
	...gemeinden.filter((_, i) => i % 97 === 5)
];

describe('town profile prerendered at build time', () => {
	const ohneOrtskern = new Set<string>();
	beforeAll(async () => {
		const rows = await loadOrtskern(await testDb(), RADIUS_DEFAULT);
		for (const g of gemeinden) if (!rows.some((r) => r.ags === g.ags)) ohneOrtskern.add(g.ags);
	});

	it('each section reads the figures a query for that one town gives', async () => {
		const raw = await testDb();
		const db = await leerstandDb(raw);
		const alle = gemeinsam(raw);
		for (const g of sample) {
			const p = await loadProfil(raw, g.ags, alle);
			const [row] = await db.rows(registry.leerstandGemeinde, [g.ags]);
			expect(p.leerstand.g, g.name).toEqual(row);
			if (row) {
				const pool = async (f: Partial<typeof NO_FILTER>) =>
					(await db.rows(registry.leerstandPool('land', { ...NO_FILTER, ...f })))[0];
				const expected = [
					await pool({ klasse: row.size_class }),
					await pool({ kreis: row.kreis_ags }),
					await pool({})
				];
				expect(p.leerstand.refs.map((r) => [r.pool.quote, r.pool.gemeinden, r.pool.leer])).toEqual(
					expected.map((e) => [e.quote, e.gemeinden, e.leer])
				);
			}
			const events = dataset<{ ags: string | null }>('events').filter((e) => e.ags === g.ags);
			expect(p.termine).toHaveLength(events.length);
			const stationen = dataset<{ ags: string }>('stationen').filter((s) => s.ags === g.ags);
			expect(p.klima.stationen).toHaveLength(stationen.length);
			const massnahmen = dataset<{ ags: string | null }>('massnahmen').filter(
				(m) => m.ags === g.ags
			);
			expect(p.massnahmen).toHaveLength(massnahmen.length);
			expect(p.ortskern.kreis?.kreis_ags, g.name).toBe(g.ags.slice(0, 5));
			if (p.ortskern.row) expect(p.ortskern.row.ags).toBe(g.ags);
			else expect(ohneOrtskern.has(g.ags), g.name).toBe(true);
			expect(p.kataster.flag).toBe('sample');
			// the page's data go to the browser through devalue: nothing changes on the way
			expect(parse(stringify(p))).toStrictEqual(p);
		}
	});

	it('the tables a section declares cover every statement and derived table it reads', async () => {
		const raw = await testDb();
		const jena = gemeinden.find((g) => g.name === 'Jena')!;
		for (const key of Object.keys(PROFIL) as (keyof typeof PROFIL)[]) {
			const read = new Set<string>();
			const db = new Proxy(raw, {
				get(target, prop, receiver) {
					if (prop === 'rows')
						return (q: { tables: readonly string[] }, ...rest: unknown[]) => {
							for (const t of q.tables) read.add(t);
							return (target.rows as (...a: unknown[]) => unknown)(q, ...rest);
						};
					if (prop === 'derive')
						return (d: Derived<unknown>) => {
							for (const t of d.from) read.add(t);
							return target.derive(d);
						};
					return Reflect.get(target, prop, receiver);
				}
			}) as Db;
			await PROFIL[key].load(db, jena.ags, gemeinsam(db));
			expect(read.size, key).toBeGreaterThan(0);
			expect([...PROFIL[key].tables], key).toEqual(expect.arrayContaining([...read]));
		}
		// created empty by the Leerstand statements until an import or a Datenstand brings it
		expect(PROFIL.leerstand.tables).toContain(OFFICIAL_TABLE);
	});
});
