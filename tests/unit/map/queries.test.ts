import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { testDb } from '../db/helpers';

const arrow = (name: string): Record<string, unknown>[] =>
	tableFromIPC(readFileSync(join('data', `${name}.arrow`)))
		.toArray()
		.map((r) => ({ ...r.toJSON() }));

describe('map queries', () => {
	it('registry.mapGemeinden returns the 605 Gemeinden located at their Ortsmitte', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.mapGemeinden);
		expect(rows).toHaveLength(605);
		const jena = rows.find((r) => r.ags === '16053000')!;
		expect(jena.name).toBe('Jena');
		expect(jena.kreis_name).toBeTruthy();
		expect(jena.lon).toBeGreaterThan(11);
		expect(jena.lat).toBeGreaterThan(50);
		expect(typeof jena.population).toBe('number');
		const mitte = new Map(arrow('ortsmitte').map((o) => [o.ags as string, o]));
		for (const r of rows) {
			const o = mitte.get(r.ags);
			if (!o) continue;
			expect([r.lon, r.lat], r.name).toEqual([o.lon, o.lat]);
		}
	});

	it('registry.mapKreise returns 22 Kreise', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.mapKreise);
		expect(rows).toHaveLength(22);
		expect(rows.every((r) => r.population > 0)).toBe(true);
	});
});
