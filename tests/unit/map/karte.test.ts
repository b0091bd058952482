import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { testDb } from '../db/helpers';
import { dataset } from '../../e2e/data';

describe('/karte.json', () => {
	it('the maps’ rows prerendered as JSON are exactly what DuckDB gives the browser', async () => {
		const db = await testDb();
		const gemeinden = await db.rows(registry.mapGemeinden);
		const kreise = await db.rows(registry.mapKreise);
		expect(JSON.parse(JSON.stringify({ gemeinden, kreise }))).toStrictEqual({ gemeinden, kreise });
		expect(gemeinden).toHaveLength(dataset('gemeinden').length);
		expect(kreise).toHaveLength(dataset('kreise').length);
		expect(gemeinden.every((g) => Number.isFinite(g.lon) && Number.isFinite(g.lat))).toBe(true);
	});
});
