import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { legLengths, type LonLat } from '../../../src/lib/geo';
import { fold, stationsToIcs } from '../../../src/routes/klima/ics';
import { parsePlan, toGeoJson } from '../../../src/routes/klima/geojson';
import { timelineAt } from '../../../src/routes/klima/timeline';
import type { Station } from '../../../src/routes/klima/model';
import { dataset } from '../../e2e/data';

const geo = (f: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', f), 'utf8'));
const land = geo('geo_land.geojson');
const stationen = dataset<Station>('stationen');

/** AGS of the Gemeinde containing the point, or null. */
function gemeindeAt(
	p: LonLat,
	gemeinden: FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>
): string | null {
	const f = gemeinden.features.find((f) => f.properties?.ags && booleanPointInPolygon(point(p), f));
	return f?.properties?.ags ?? null;
}
const routeLength = (pts: LonLat[]) => legLengths(pts).reduce((s, d) => s + d, 0);

function haversine([lon1, lat1]: LonLat, [lon2, lat2]: LonLat) {
	const R = 6371.0088; // turf's mean earth radius
	const rad = (d: number) => (d * Math.PI) / 180;
	const a =
		Math.sin(rad(lat2 - lat1) / 2) ** 2 +
		Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
	return 2 * R * Math.asin(Math.sqrt(a));
}

describe('geo', () => {
	it('route length equals the hand-computed haversine sum (Erfurt → Weimar → Jena)', () => {
		const pts: LonLat[] = [
			[11.0328, 50.9777],
			[11.3235, 50.9795],
			[11.5892, 50.9272]
		];
		// Erfurt–Weimar ≈ 20,4 km, Weimar–Jena ≈ 19,5 km by the formula above
		const expected = haversine(pts[0], pts[1]) + haversine(pts[1], pts[2]);
		expect(routeLength(pts)).toBeCloseTo(expected, 6);
		expect(legLengths(pts)).toHaveLength(2);
		expect(routeLength(pts)).toBeGreaterThan(39);
		expect(routeLength(pts)).toBeLessThan(41);
	});

	it('finds the Gemeinde of a point: Erfurt Anger → 16051000', () => {
		const gem = geo('geo_gemeinden.geojson');
		expect(gemeindeAt([11.0328, 50.9777], gem)).toBe('16051000');
		expect(gemeindeAt([13.4, 52.5], gem)).toBeNull();
		for (const s of stationen) expect(gemeindeAt([s.lon, s.lat], gem)).toBe(s.ags);
	});
});

describe('timeline', () => {
	const st: Station[] = [
		{ id: 'a', reihenfolge: 1, von: '2026-05-01', bis: '2026-05-10' },
		{ id: 'b', reihenfolge: 2, von: '2026-05-15', bis: '2026-05-31' }
	].map((s) => ({
		...s,
		name: s.id,
		ags: '',
		lon: 0,
		lat: 0,
		baeume: 1,
		status: 'geplant',
		notiz: null
	}));

	it('before, during, between and after the stations', () => {
		expect(timelineAt(st, '2026-04-30')).toMatchObject({ phase: 'vor', current: null, done: [] });
		expect(timelineAt(st, '2026-04-30').upcoming).toHaveLength(2);
		expect(timelineAt(st, '2026-05-01').current?.id).toBe('a');
		expect(timelineAt(st, '2026-05-10').current?.id).toBe('a');
		const between = timelineAt(st, '2026-05-12');
		expect(between.phase).toBe('zwischen');
		expect([between.previous?.id, between.next?.id]).toEqual(['a', 'b']);
		expect(timelineAt(st, '2026-05-20')).toMatchObject({ phase: 'an', current: { id: 'b' } });
		expect(timelineAt(st, '2026-06-01')).toMatchObject({ phase: 'nach', upcoming: [] });
		expect(timelineAt(st, '2026-06-01').done).toHaveLength(2);
		expect(timelineAt([], '2026-06-01').phase).toBe('leer');
	});
});

describe('ICS export', () => {
	it('is parsed back by ical.js: all-day, DTEND exclusive, Beispieldaten in SUMMARY', () => {
		const text = stationsToIcs(stationen, { sample: true, now: new Date('2026-03-01T10:00:00Z') });
		expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
		const comp = new ICAL.Component(ICAL.parse(text));
		const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(stationen.length);
		const first = [...stationen].sort((a, b) => a.reihenfolge - b.reihenfolge)[0];
		expect(events[0].summary).toContain('[Beispieldaten]');
		expect(events[0].summary).toContain(first.name);
		expect(events[0].startDate.isDate).toBe(true);
		expect(events[0].startDate.toString()).toBe(first.von);
		const end = new Date(`${first.bis}T12:00:00Z`);
		end.setUTCDate(end.getUTCDate() + 1);
		expect(events[0].endDate.toString()).toBe(end.toISOString().slice(0, 10));
		expect(new Set(events.map((e) => e.uid)).size).toBe(stationen.length);
		expect(events[0].component.getFirstPropertyValue('dtstamp')).toBeTruthy();
	});

	it('escapes text and folds long lines without splitting characters', () => {
		const s: Station = {
			...stationen[0],
			name: 'Markt; Ecke Straße, „Süd“\\Nord '.repeat(4),
			notiz: 'a\nb'
		};
		const text = stationsToIcs([s], { sample: false, now: new Date() });
		const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
		expect(ev.summary).toBe(`Wanderbaumallee – Station ${s.reihenfolge}: ${s.name}`);
		expect(ev.description).toContain('a\nb');
		expect(fold('ä'.repeat(80)).split('\r\n ')[0]).toBe('ä'.repeat(37));
	});
});

describe('GeoJSON import', () => {
	const k = {
		id: 'k1',
		name: 'Marktplatz',
		klimafeld: 'Hitze',
		ag: 'Klima',
		notiz: null,
		lon: 11.03,
		lat: 50.98
	};
	const good = toGeoJson({ kandidaten: [k], stationen }, true);

	it('round-trips candidates and stations', () => {
		const r = parsePlan(JSON.stringify(good), land);
		expect(r).toEqual({ ok: true, data: { kandidaten: [k], stationen }, sample: true });
	});

	it('rejects wrong geometry, outside Thuringia, missing name, duplicate ids – naming the feature', () => {
		const bad = structuredClone(good);
		bad.features[0].geometry = {
			type: 'LineString',
			coordinates: [
				[11, 51],
				[11.1, 51]
			]
		} as never;
		bad.features[1].geometry.coordinates = [13.4, 52.5];
		bad.features[2].properties.name = '';
		bad.features[3].properties.id = bad.features[4].properties.id;
		const r = parsePlan(JSON.stringify(bad), land, 'plan.geojson');
		expect(r.ok).toBe(false);
		const errors = (r as { errors: string[] }).errors.join('\n');
		expect(errors).toMatch(
			/plan\.geojson, Objekt 1 \(id „k1“, „Marktplatz“\): Geometrie ist LineString/
		);
		expect(errors).toMatch(/Objekt 2 .*außerhalb Thüringens/);
		expect(errors).toMatch(/Objekt 3 .*Name fehlt/);
		expect(errors).toMatch(/Objekt 5 .*kommt mehrfach vor/);
		expect(parsePlan('{', land).ok).toBe(false);
		expect(parsePlan('{"type":"Feature"}', land).ok).toBe(false);
	});
});
