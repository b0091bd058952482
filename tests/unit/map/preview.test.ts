import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import type { MapGemeinde } from '../../../src/lib/map/queries';
import { geoMercator } from 'd3';
import {
	mapPreview,
	placeLabels,
	previewProjection,
	type MapPreview,
	type PreviewGeo
} from '../../../src/lib/map/preview';
import {
	featureFill,
	NEUTRAL_COLOR,
	PAINT,
	REST_ID,
	THUERINGEN_BOUNDS,
	TOWN,
	townsOf
} from '../../../src/lib/map/style';
import { readGeo } from '../../../src/lib/server/datasets';
import { testDb } from '../db/helpers';
import { dataset } from '../../e2e/data';

describe('the state map preview (build-time outlines and towns)', () => {
	const geo: PreviewGeo = {
		land: readGeo('geo_land'),
		kreise: readGeo('geo_kreise'),
		gemeinden: readGeo('geo_gemeinden')
	};
	let towns: MapGemeinde[];
	let p: MapPreview;
	let orte: NonNullable<MapPreview['orte']>;
	beforeAll(async () => {
		towns = await (await testDb()).rows(registry.mapGemeinden);
		p = mapPreview(geo, towns);
		orte = p.orte!;
	});

	it('draws every Gemeinde, keyed by id with its Kreis', () => {
		expect(p.gemeinden.map((g) => g.id)).toEqual(
			geo.gemeinden.features.map((f) => f.properties?.id)
		);
		for (const g of p.gemeinden) expect(g.d).toMatch(/^M\d/);
		expect(p.gemeinden.every((g) => g.kreis.length === 5)).toBe(true);
	});

	it('frames the bounds the map opens on, in Web Mercator', () => {
		const [[x0, y0], [x1, y1]] = THUERINGEN_BOUNDS;
		const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const ratio = ((x1 - x0) * Math.PI) / 180 / (merc(y1) - merc(y0));
		expect(p.w / p.h).toBeCloseTo(ratio, 2);
	});

	it('places the towns the map shows, sized and named as the map does at the opening zoom', () => {
		// the largest first, the order in which the map names them
		const stadt = towns.filter((t) => t.is_stadt).sort((a, b) => b.population - a.population);
		expect(stadt.length).toBeGreaterThan(10);
		expect(orte).toHaveLength(stadt.length);
		const [p0, r0, p1, r1, p2, r2] = TOWN.radius;
		const expected = (pop: number) => {
			const q = Math.sqrt(pop);
			if (q <= p0) return r0;
			if (q >= p2) return r2;
			return q < p1
				? r0 + ((r1 - r0) * (q - p0)) / (p1 - p0)
				: r1 + ((r2 - r1) * (q - p1)) / (p2 - p1);
		};
		const project = previewProjection(JSON.parse(JSON.stringify(p)) as MapPreview);
		stadt.forEach((t, i) => {
			const [x, y] = project([t.lon, t.lat]);
			expect(Math.abs(orte[i].x - x)).toBeLessThan(0.1);
			expect(Math.abs(orte[i].y - y)).toBeLessThan(0.1);
			expect(orte[i].x).toBeGreaterThan(0);
			expect(orte[i].x).toBeLessThan(p.w);
			expect(orte[i].r).toBe(Math.round(expected(t.population) * 100) / 100);
			expect(orte[i].name).toBe(t.population >= TOWN.tiers[0] ? t.name : undefined);
		});
		expect(orte.some((o) => o.name)).toBe(true);
	});

	it('the map’s town points are the preview’s: same towns, radius and naming tier', () => {
		const look = townsOf(towns);
		const byR = (a: { r: number }, b: { r: number }) => a.r - b.r;
		expect(look.map((t) => t.r).sort()).toEqual(orte.map((o) => o.r).sort());
		expect([...look].sort(byR).at(-1)!.r).toBe([...orte].sort(byR).at(-1)!.r);
		for (const t of look)
			expect(t.tier).toBe(
				t.population >= TOWN.tiers[0] ? 0 : t.population >= TOWN.tiers[1] ? 1 : 2
			);
		expect(orte.filter((o) => o.name)).toHaveLength(look.filter((t) => t.tier === 0).length);
	});

	it('projects as d3’s Mercator with the build’s scale and translate', () => {
		const d3 = geoMercator().scale(p.k).translate(p.t);
		const project = previewProjection(p);
		const points = [
			...dataset<{ lon: number; lat: number }>('stationen'),
			...towns.slice(0, 50)
		].map((r) => [r.lon, r.lat] as [number, number]);
		expect(points.length).toBeGreaterThan(50);
		for (const c of points) {
			const [x, y] = project(c);
			const [ex, ey] = d3(c)!;
			expect(x).toBeCloseTo(ex, 6);
			expect(y).toBeCloseTo(ey, 6);
		}
	});
});

describe('labels in the preview', () => {
	const at = (x: number, y: number, text: string) => ({ x, y, text, size: 11, offset: 1, halo: 1 });
	it('keeps a label that overlaps one placed before it out, as the map does', () => {
		const first = at(100, 100, 'Erfurt');
		const over = at(104, 102, 'Station');
		const apart = at(300, 100, 'Jena');
		const shown = placeLabels([first, over, apart], 1);
		expect([...shown]).toEqual([first, apart]);
		// at a smaller scale (more picture units per px) the same labels take more room
		expect(placeLabels([first, apart], 20).size).toBe(1);
	});
});

describe('the preview fills a Gemeinde as the map does', () => {
	const colors = new Map([
		['16051000', '#111111'],
		['16051', '#222222']
	]);
	const erfurt = { id: '16051000', kreis: '16051' };
	const rest = { id: REST_ID, kreis: '16064' };
	const none = { id: '16055000', kreis: '16055' };

	it('by its own value, by its Kreis, neutral where no Gemeinde is, empty without a value', () => {
		expect(featureFill(erfurt, 'gemeinde', colors)).toBe('#111111');
		expect(featureFill(erfurt, 'kreis', colors)).toBe('#222222');
		expect(featureFill(rest, 'gemeinde', colors)).toBe(NEUTRAL_COLOR);
		expect(featureFill(none, 'gemeinde', colors)).toBe(PAINT.empty);
		expect(featureFill(erfurt, undefined, colors)).toBe(PAINT.empty);
	});
});
