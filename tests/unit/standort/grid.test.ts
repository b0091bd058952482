import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromLaea, toLaea } from '../../../src/lib/geo/laea';
import {
	CELL,
	PopulationGrid,
	methodFor,
	rectShare,
	type CellRow
} from '../../../src/lib/geo/standort-grid';
import type { LonLat } from '../../../src/lib/geo';
import { dataset } from '../../e2e/data';

const cells = dataset<CellRow>('zensus_1km_bevoelkerung');
const grid = new PopulationGrid(cells);

/** Area of the circle inside [x1,x2] × [y1,y2] by integrating the clipped chord (midpoint rule). */
function integrated(x1: number, x2: number, y1: number, y2: number, r: number, steps = 4000) {
	let a = 0;
	const w = (x2 - x1) / steps;
	for (let k = 0; k < steps; k++) {
		const t = x1 + (k + 0.5) * w;
		if (Math.abs(t) >= r) continue;
		const h = Math.sqrt(r * r - t * t);
		a += Math.max(0, Math.min(h, y2) - Math.max(-h, y1)) * w;
	}
	return a / ((x2 - x1) * (y2 - y1));
}

/** Brute force over every cell of data/ — no index, the chord integral for the area method. */
function brute(p: LonLat, km: number, methode: 'flaeche' | 'mittelpunkt') {
	const [cx, cy] = toLaea(p);
	const r = km * 1000;
	let ew = 0;
	let ab65 = 0;
	for (const c of cells) {
		if (!c.einwohner) continue;
		const dx = c.x_3035 - cx;
		const dy = c.y_3035 - cy;
		let w: number;
		if (methode === 'mittelpunkt') w = km > 0 && dx * dx + dy * dy <= r * r ? 1 : 0;
		else if (Math.hypot(Math.abs(dx) - CELL / 2, Math.abs(dy) - CELL / 2) > r + 2000) w = 0;
		else w = km > 0 ? integrated(dx - 500, dx + 500, dy - 500, dy + 500, r, 400) : 0;
		ew += w * c.einwohner;
		if (c.anteil_ab65 !== null) ab65 += (w * c.einwohner * c.anteil_ab65) / 100;
	}
	return { ew, ab65 };
}

describe('EPSG:3035 projection', () => {
	it('matches the IOGP worked example (50° N 5° E) and inverts it', () => {
		const [x, y] = toLaea([5, 50]);
		expect(x).toBeCloseTo(3962799.45, 1);
		expect(y).toBeCloseTo(2999718.85, 1);
		const [lon, lat] = fromLaea([x, y]);
		expect(lon).toBeCloseTo(5, 7);
		expect(lat).toBeCloseTo(50, 7);
	});

	const RAW = resolve('../shared/data/raw/th_zensus2022_1km_bevoelkerung.csv');
	it.skipIf(!existsSync(RAW))('reproduces every centroid of the raw file within 1 m', () => {
		const lines = readFileSync(RAW, 'utf8').trim().split('\n').slice(1);
		expect(lines).toHaveLength(cells.length);
		let worst = 0;
		for (const l of lines) {
			const [x, y, lon, lat] = l.split(',').map(Number);
			const [px, py] = toLaea([lon, lat]);
			worst = Math.max(worst, Math.hypot(px - x, py - y));
		}
		// lon/lat are rounded to 5 decimals (≈ 0,7 m east–west)
		expect(worst).toBeLessThan(1);
	});
});

describe('rectShare (area of a cell inside the circle)', () => {
	it('equals the integrated chord for cells cut by the circle', () => {
		const cases: [number, number, number, number, number][] = [
			[-500, 500, -500, 500, 300],
			[-500, 500, -500, 500, 600],
			[200, 1200, -300, 700, 900],
			[-1700, -700, 400, 1400, 1800],
			[0, 1000, 0, 1000, 1000],
			[2000, 3000, -500, 500, 2600],
			[-500, 500, 4000, 5000, 4700]
		];
		for (const [x1, x2, y1, y2, r] of cases)
			expect(rectShare(x1, x2, y1, y2, r)).toBeCloseTo(integrated(x1, x2, y1, y2, r), 5);
	});

	it('adds up to the circle area over a full lattice; 0 for radius 0', () => {
		for (const r of [700, 2500, 4321]) {
			let sum = 0;
			for (let x = -6000; x < 6000; x += CELL)
				for (let y = -6000; y < 6000; y += CELL)
					sum += rectShare(x + 130, x + 1130, y - 70, y + 930, r);
			expect(sum * CELL * CELL).toBeCloseTo(Math.PI * r * r, 3);
		}
		expect(rectShare(-500, 500, -500, 500, 0)).toBe(0);
	});
});

describe('catchment on data/ against a brute force over all 16.201 cells', () => {
	const erfurt: LonLat = [11.0291, 50.9787];
	const saalfeld: LonLat = [11.3604, 50.6682];
	// a vertex of the state outline (westernmost): half the circle lies in Hesse, where no cells are
	const land = JSON.parse(readFileSync(resolve('data/geo_land.geojson'), 'utf8'));
	const border = (land.features[0].geometry.coordinates as number[][][])
		.flat()
		.reduce((a, b) => (b[0] < a[0] ? b : a)) as LonLat;
	// exactly on the corner of four cells
	const corner = fromLaea([4421000, 3070000]);

	it('area method below 5 km, centroid method from 5 km', () => {
		expect([1, 4.9, 5, 25].map(methodFor)).toEqual([
			'flaeche',
			'flaeche',
			'mittelpunkt',
			'mittelpunkt'
		]);
	});

	for (const [name, p] of [
		['Erfurt', erfurt],
		['Saalfeld', saalfeld],
		['Landesgrenze', border],
		['Zellecke', corner]
	] as const)
		it(`${name}: both methods equal the brute force`, () => {
			for (const km of [0.4, 1, 2.5]) {
				const got = grid.catchment(p, km, 'flaeche');
				const want = brute(p, km, 'flaeche');
				expect(got.einwohner).toBeCloseTo(want.ew, 0);
				expect(got.ab65).toBeCloseTo(want.ab65, 0);
			}
			for (const km of [1, 5, 10, 25]) {
				const got = grid.catchment(p, km, 'mittelpunkt');
				const want = brute(p, km, 'mittelpunkt');
				expect(got.einwohner).toBe(want.ew);
				expect(got.ab65).toBeCloseTo(want.ab65, 6);
			}
		});

	it('radius 0 reaches nobody; the Saalfeld point reaches more than 20.000 within 5 km', () => {
		expect(grid.catchment(saalfeld, 0)).toMatchObject({ einwohner: 0, ab65: 0, zellen: 0 });
		expect(grid.catchment(saalfeld, 5).einwohner).toBeGreaterThan(20000);
	});

	it('a point on the border reaches fewer people than the full circle would hold', () => {
		const c = grid.catchment(border, 10);
		expect(c.einwohner).toBe(brute(border, 10, 'mittelpunkt').ew);
		expect(c.zellen).toBeLessThan(Math.PI * 100);
	});

	it('far outside Thuringia: zero, never an error', () => {
		expect(grid.catchment([2.35, 48.85], 25).einwohner).toBe(0);
	});
});

describe('white spots by people', () => {
	const sites: LonLat[] = [
		[11.0291, 50.9787],
		[11.3604, 50.6682],
		[10.3, 50.6]
	];
	it('uncovered people, 65+ and per Kreis equal the brute force', () => {
		const cov = grid.coverage(sites, 15);
		const pts = sites.map(toLaea);
		let ew = 0;
		let ab65 = 0;
		let total = 0;
		const kreis = new Map<string, number>();
		for (const c of cells) {
			if (!c.einwohner) continue;
			total += c.einwohner;
			const near = pts.some(([x, y]) => Math.hypot(c.x_3035 - x, c.y_3035 - y) <= 15000);
			if (near) continue;
			ew += c.einwohner;
			if (c.anteil_ab65 !== null) ab65 += (c.einwohner * c.anteil_ab65) / 100;
			kreis.set(c.kreis_ags!, (kreis.get(c.kreis_ags!) ?? 0) + c.einwohner);
		}
		expect(cov.all.einwohner).toBe(total);
		expect(cov.uncovered.einwohner).toBe(ew);
		expect(cov.uncovered.ab65).toBeCloseTo(ab65, 6);
		for (const [k, v] of kreis) expect(cov.perKreis.get(k)!.uncovered.einwohner).toBe(v);
		expect([...cov.perKreis.values()].reduce((s, k) => s + k.all.einwohner, 0)).toBe(total);
	});

	it('no site: everybody uncovered', () => {
		const cov = grid.coverage([], 15);
		expect(cov.uncovered).toEqual(cov.all);
	});
});
