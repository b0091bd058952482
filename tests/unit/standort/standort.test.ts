import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	circles,
	closes,
	inKlasse,
	locate,
	nearest,
	populationShare,
	whiteSpots,
	type Place,
	type Site
} from '../../../src/lib/geo/standort';
import type { LonLat } from '../../../src/lib/geo';
import { dataset } from '../../e2e/data';

/** Independent haversine with turf's mean earth radius (the brute force the functions must match). */
function hav([lon1, lat1]: LonLat, [lon2, lat2]: LonLat) {
	const R = 6371.0088;
	const rad = (d: number) => (d * Math.PI) / 180;
	const a =
		Math.sin(rad(lat2 - lat1) / 2) ** 2 +
		Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
	return 2 * R * Math.asin(Math.sqrt(a));
}

const place = (
	ags: string,
	lon: number,
	lat: number,
	population: number,
	over: Partial<Place> = {}
): Place => ({
	ags,
	name: `G${ags}`,
	kreis_ags: ags.slice(0, 5),
	kreis_name: `K${ags.slice(0, 5)}`,
	planungsregion: ags < '16060000' ? 'Nord' : 'Süd',
	population,
	is_stadt: population >= 5000,
	size_class: population >= 5000 ? 'klein_5_10' : 'landgemeinde',
	size_group: population >= 5000 ? 'kleinstadt' : 'landgemeinde',
	lon,
	lat,
	...over
});

// a small fixture: eight places about 3–40 km apart around 11° E / 51° N
const fixture: Place[] = [
	place('16051000', 11.0, 51.0, 200000, { size_class: 'gross', size_group: 'grossstadt' }),
	place('16051001', 11.05, 51.02, 800),
	place('16055000', 11.2, 51.0, 9000),
	place('16061001', 11.0, 51.15, 6000),
	place('16061002', 11.4, 51.1, 1200),
	place('16062003', 10.6, 50.9, 15000, { size_class: 'klein_10_20' }),
	place('16062004', 11.55, 51.3, 3000),
	place('16063005', 10.95, 50.7, 7000)
];
const sites: Site[] = [
	{ id: 's1', name: 'A', kind: 'pilot', lon: 11.02, lat: 51.01 },
	{ id: 's2', name: 'B', kind: 'kandidat', lon: 10.62, lat: 50.92 }
];

function bruteSpots(places: Place[], s: Site[], klasse: string, r: number) {
	return places
		.filter((g) =>
			klasse === 'stadt'
				? g.is_stadt
				: klasse === 'alle' || g.size_class === klasse || g.size_group === klasse
		)
		.filter((g) => s.every((x) => hav([g.lon, g.lat], [x.lon, x.lat]) > r))
		.map((g) => g.ags)
		.sort();
}

describe('white spots', () => {
	it('match the brute-force list for every class and radius', () => {
		for (const klasse of ['stadt', 'alle', 'landgemeinde', 'kleinstadt', 'klein_10_20', 'gross'])
			for (const r of [0, 5, 10, 20, 40])
				expect(whiteSpots(fixture, sites, klasse, r).map((g) => g.ags)).toEqual(
					bruteSpots(fixture, sites, klasse, r)
				);
	});

	it('radius 0: every Gemeinde of the class is a white spot unless a site sits on its point', () => {
		expect(whiteSpots(fixture, sites, 'alle', 0)).toHaveLength(fixture.length);
		const onPoint: Site[] = [{ id: 'x', name: 'X', kind: 'kandidat', lon: 11.2, lat: 51.0 }];
		expect(whiteSpots(fixture, onPoint, 'alle', 0).map((g) => g.ags)).not.toContain('16055000');
	});

	it('without sites all Gemeinden of the class are white spots; counts and share add up', () => {
		const spots = whiteSpots(fixture, [], 'stadt', 10);
		expect(spots.map((g) => g.ags)).toEqual(fixture.filter((g) => g.is_stadt).map((g) => g.ags));
		const total = fixture.reduce((s, g) => s + g.population, 0);
		const inSpots = spots.reduce((s, g) => s + g.population, 0);
		expect(populationShare(spots, fixture)).toBeCloseTo(inSpots / total, 12);
		expect(populationShare([], [])).toBe(0);
	});

	it('closes: a candidate closes exactly the baseline spots within the radius', () => {
		const baseline = whiteSpots(fixture, [sites[0]], 'alle', 15);
		const p: LonLat = [10.9, 50.75];
		expect(closes(p, baseline, 15).map((g) => g.ags)).toEqual(
			baseline.filter((g) => hav(p, [g.lon, g.lat]) <= 15).map((g) => g.ags)
		);
		const after = whiteSpots(
			fixture,
			[sites[0], { id: 'c', name: 'C', kind: 'kandidat', lon: p[0], lat: p[1] }],
			'alle',
			15
		);
		expect(after.length).toBe(baseline.length - closes(p, baseline, 15).length);
	});

	it('inKlasse: town rights, group, class, all', () => {
		const g = fixture[5];
		expect(['stadt', 'kleinstadt', 'klein_10_20', 'alle'].map((k) => inKlasse(g, k))).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(inKlasse(g, 'landgemeinde')).toBe(false);
	});
});

describe('nearest', () => {
	it('finds the closest site by brute force, excluding the site itself', () => {
		const p: LonLat = [10.7, 50.95];
		const got = nearest(p, sites)!;
		const best = [...sites].sort((a, b) => hav(p, [a.lon, a.lat]) - hav(p, [b.lon, b.lat]))[0];
		expect(got.site.id).toBe(best.id);
		expect(got.km).toBeCloseTo(hav(p, [best.lon, best.lat]), 6);
		expect(nearest([sites[0].lon, sites[0].lat], sites, 's1')!.site.id).toBe('s2');
		expect(nearest(p, [])).toBeNull();
	});
});

describe('locate (point in polygon)', () => {
	const square = (ags: string, x0: number, x1: number) => ({
		type: 'Feature' as const,
		properties: { ags },
		geometry: {
			type: 'Polygon' as const,
			coordinates: [
				[
					[x0, 50],
					[x1, 50],
					[x1, 51],
					[x0, 51],
					[x0, 50]
				]
			]
		}
	});
	const areas = {
		type: 'FeatureCollection' as const,
		features: [square('16000002', 11, 12), square('16000001', 10, 11)]
	};

	it('a point on a shared border lies in both; the lower AGS wins', () => {
		expect(locate([11, 50.5], areas)).toEqual({ ags: '16000001', all: ['16000001', '16000002'] });
		expect(locate([11.5, 50.5], areas)).toEqual({ ags: '16000002', all: ['16000002'] });
		expect(locate([13, 50.5], areas)).toEqual({ ags: null, all: [] });
	});

	it('real boundaries: a vertex shared by two Gemeinden is on their border', () => {
		const geo = JSON.parse(
			readFileSync(join(process.cwd(), 'data', 'geo_gemeinden.geojson'), 'utf8')
		);
		type Feat = {
			properties: { ags: string };
			geometry: { type: string; coordinates: number[][][] | number[][][][] };
		};
		const features = geo.features as Feat[];
		const ring = (f: Feat) =>
			(f.geometry.type === 'Polygon'
				? f.geometry.coordinates[0]
				: f.geometry.coordinates[0][0]) as number[][];
		const erfurt = features.find((f) => f.properties.ags === '16051000')!;
		const vertices = new Set(ring(erfurt).map((c) => c.join(',')));
		const neighbour = features.find(
			(f) =>
				f.properties.ags &&
				f.properties.ags !== '16051000' &&
				ring(f).some((c) => vertices.has(c.join(',')))
		)!;
		expect(neighbour).toBeTruthy();
		const shared = ring(neighbour).find((c) => vertices.has(c.join(',')))! as LonLat;
		const loc = locate(shared, geo);
		expect(loc.all).toEqual(expect.arrayContaining(['16051000', neighbour.properties.ags]));
		expect(loc.ags).toBe(loc.all[0]);
		// Erfurt's label point lies inside Erfurt only
		const g = dataset<{ ags: string; lon: number; lat: number }>('gemeinden').find(
			(x) => x.ags === '16051000'
		)!;
		expect(locate([g.lon, g.lat], geo)).toEqual({ ags: '16051000', all: ['16051000'] });
	});
});

describe('circles', () => {
	it('ring vertices lie at the radius; radius 0 draws nothing', () => {
		const fc = circles(sites, 10);
		expect(fc.features).toHaveLength(sites.length);
		for (const [i, f] of fc.features.entries())
			for (const c of f.geometry.coordinates[0])
				expect(hav(c as LonLat, [sites[i].lon, sites[i].lat])).toBeCloseTo(10, 1);
		expect(circles(sites, 0).features).toHaveLength(0);
	});
});
