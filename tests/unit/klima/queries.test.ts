import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { dataset } from '../../e2e/data';
import { testDb } from '../db/helpers';

describe('klima queries', () => {
	it('lists pilots (places joined) and stations in order', async () => {
		const db = await testDb();
		const pilots = await db.rows(registry.klimaPilots);
		expect(pilots).toHaveLength(dataset('pilots').length);
		const st = await db.rows(registry.klimaStationen);
		expect(st.map((s) => s.reihenfolge)).toEqual(st.map((_, i) => i + 1));
		expect(st).toHaveLength(dataset('stationen').length);
		const orte = await db.rows(registry.klimaOrte);
		expect(orte).toHaveLength(605);
	});

	it('filters pilots and stations by Gemeinde', async () => {
		const db = await testDb();
		const first = dataset<{ ags: string }>('stationen')[0];
		const here = await db.rows(registry.klimaOrtStationen, [first.ags]);
		expect(here.every((s) => s.ags === first.ags)).toBe(true);
		expect(here.length).toBeGreaterThan(0);
		const withPlace = dataset<{ ags: string | null }>('pilots').filter((p) => p.ags === '16051000');
		expect(await db.rows(registry.klimaOrtPilots, ['16051000'])).toHaveLength(withPlace.length);
	});
});
