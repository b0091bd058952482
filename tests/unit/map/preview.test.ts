import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import type { MapGemeinde } from '../../../src/lib/map/queries';
import {
	mapPreview,
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
	TOWN
} from '../../../src/lib/map/style';
import { readGeo } from '../../../src/lib/server/datasets';
import { testDb } from '../db/helpers';

describe('the state map preview (build-time outlines and towns)', () => {
	const geo: PreviewGeo = {
		land: readGeo('geo_land'),
		kreise: readGeo('geo_kreise'),
		gemeinden: readGeo('geo_gemeinden')
	};
	let towns: MapGemeinde[];
	let p: MapPreview;
	beforeAll(async () => {
		towns = await (await testDb()).rows(registry.mapGemeinden);
		p = mapPreview(geo, towns);
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

	it('places the towns the map shows, sized by the map’s stops, named as at the opening zoom', () => {
		const stadt = towns.filter((t) => t.is_stadt);
		expect(p.orte).toHaveLength(stadt.length);
		const project = previewProjection(JSON.parse(JSON.stringify(p)) as MapPreview);
		stadt.forEach((t, i) => {
			const [x, y] = project([t.lon, t.lat]);
			expect(Math.abs(p.orte[i].x - x)).toBeLessThan(0.1);
			expect(Math.abs(p.orte[i].y - y)).toBeLessThan(0.1);
			expect(p.orte[i].x).toBeGreaterThan(0);
			expect(p.orte[i].x).toBeLessThan(p.w);
			expect(p.orte[i].name).toBe(t.population >= TOWN.named ? t.name : undefined);
		});
		const [p0, r0, , , p2, r2] = TOWN.radius;
		const bySize = [...stadt.keys()].sort((a, b) => stadt[a].population - stadt[b].population);
		const radii = bySize.map((i) => p.orte[i].r);
		expect(radii).toEqual([...radii].sort((a, b) => a - b));
		for (const r of radii) expect(r >= r0 && r <= r2).toBe(true);
		const biggest = stadt[bySize.at(-1)!];
		if (Math.sqrt(biggest.population) >= p2) expect(radii.at(-1)).toBe(r2);
		expect(p0).toBeGreaterThan(0);
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
