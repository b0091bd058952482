import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { quoteIdent, pick } from '../../../src/lib/db/sql';
import { testDb } from './helpers';

describe('DuckDB in Node', () => {
	it('has extension autoloading off: read_parquet fails fast with a Catalog Error', async () => {
		const db = await testDb();
		const t0 = performance.now();
		expect(() => db.raw.query("SELECT * FROM read_parquet('x.parquet')")).toThrow(/Catalog Error/);
		expect(performance.now() - t0).toBeLessThan(1000);
	});

	it('returns numbers, not BigInt', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.sizeClassCounts);
		expect(rows.length).toBe(6);
		for (const r of rows) expect(typeof r.gemeinden).toBe('number');
		expect(rows.reduce((s, r) => s + r.gemeinden, 0)).toBe(605);
		expect(rows.reduce((s, r) => s + r.einwohner, 0)).toBe(2100277);
	});

	it('binds values: a hostile AGS is just a value', async () => {
		const db = await testDb();
		expect(await db.rows(registry.gemeindeByAgs, ["16053000' OR '1'='1"])).toEqual([]);
		const [jena] = await db.rows(registry.gemeindeByAgs, ['16053000']);
		expect(jena.name).toBe('Jena');
		expect(jena.population).toBe(109725);
		expect(jena.size_class).toBe('gross');
	});

	it('keeps leading zeros of AGS-like text and PLZ', async () => {
		const db = await testDb();
		const all = await db.rows(registry.mapGemeinden);
		expect(all).toHaveLength(605);
		expect(all.every((g) => /^16\d{6}$/.test(g.ags))).toBe(true);
		const plz = db.raw.query(`SELECT plz FROM gemeinden WHERE ags = '16052000'`) as {
			toArray(): { toJSON(): { plz: string } }[];
		};
		expect(plz.toArray()[0].toJSON().plz).toBe('07545');
	});

	it('quotes identifiers so odd table names work', async () => {
		const db = await testDb();
		const name = 'Tabelle "mit" ; DROP TABLE gemeinden; --';
		db.raw.query(`CREATE TABLE ${quoteIdent(name)} AS SELECT 1 AS ${quoteIdent('a;b')}`);
		const r = db.raw.query(`SELECT ${quoteIdent('a;b')} AS v FROM ${quoteIdent(name)}`) as {
			toArray(): { toJSON(): { v: number } }[];
		};
		expect(r.toArray()[0].toJSON().v).toBe(1);
		expect(() => pick('x; DROP', ['a', 'b'])).toThrow();
	});
});
