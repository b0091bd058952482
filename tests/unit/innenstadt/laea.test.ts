import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { fromLaea, toLaea } from '../../../src/lib/geo/laea';

describe('EPSG:3035 (LAEA)', () => {
	it('inverse undoes forward across Thuringia to well under a metre', () => {
		for (const [lon, lat] of [
			[9.9, 50.2],
			[11.0272, 50.9771],
			[12.65, 51.65],
			[10.5, 51.0]
		]) {
			const [x, y] = toLaea([lon, lat]);
			const [lon2, lat2] = fromLaea([x, y]);
			expect(Math.abs(lon2 - lon)).toBeLessThan(1e-7);
			expect(Math.abs(lat2 - lat)).toBeLessThan(1e-7);
		}
	});

	it('the Ortsmitte in data/ carries the projected coordinates (rounded to the metre)', () => {
		const t = tableFromIPC(readFileSync('data/ortsmitte.arrow'));
		for (const o of t.toArray().map((r) => r.toJSON())) {
			const [x, y] = toLaea([o.lon, o.lat]);
			expect(o.x_3035).toBe(Math.round(x));
			expect(o.y_3035).toBe(Math.round(y));
		}
	});
});
