import { readFileSync } from 'node:fs';
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { forD3 } from '../../../src/lib/geo/d3';
import { LABEL_MIN_EW, lageKarte, type LageOrt } from '../../../src/lib/ort/lage';
import { dataset } from '../../e2e/data';

type FC = Parameters<typeof lageKarte>[0]['land'];
const read = (name: string): FC =>
	forD3(JSON.parse(readFileSync(`data/${name}.geojson`, 'utf8')) as FC);
const geo = {
	gemeinden: read('geo_gemeinden'),
	kreise: read('geo_kreise'),
	land: read('geo_land')
};
const orte = dataset<LageOrt>('gemeinden');

describe('locator map of a town profile', () => {
	it('outer rings turned for d3: no outline covers the globe', () => {
		for (const fc of Object.values(geo))
			expect(fc.features.filter((f) => geoArea(f) > 2 * Math.PI)).toEqual([]);
	});

	it('every Gemeinde gets its outline, its point inside the frame and only other towns as labels', () => {
		for (const o of orte) {
			const l = lageKarte(geo, o, orte);
			expect(l, o.name).toBeDefined();
			expect(l!.ort).toMatch(/^M/);
			const [x, y] = l!.punkt;
			expect(x > 0 && x < l!.w && y > 0 && y < l!.h, o.name).toBe(true);
			expect(l!.orte.map((t) => t.name)).not.toContain(o.name);
			for (const t of l!.orte) {
				expect(orte.find((g) => g.name === t.name)!.population).toBeGreaterThanOrEqual(
					LABEL_MIN_EW
				);
			}
		}
	});

	it('Jena: Weimar and Apolda named around it, larger towns first', () => {
		const jena = orte.find((g) => g.ags === '16053000')!;
		const names = lageKarte(geo, jena, orte)!.orte.map((t) => t.name);
		expect(names).toEqual(expect.arrayContaining(['Weimar', 'Apolda']));
		const pop = names.map((n) => orte.find((g) => g.name === n)!.population);
		expect(pop).toEqual([...pop].sort((a, b) => b - a));
	});
});
