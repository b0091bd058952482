import { describe, expect, it } from 'vitest';
import {
	AG_FARBE,
	KLIMAFELD_FARBE,
	LUECKE_FARBE,
	matchFarbe,
	STATION_FARBE
} from '../../../src/lib/map/palette';

describe('the Klima maps’ colour language', () => {
	it('gives every meaning its own colour (no colour for two things)', () => {
		const all = [
			STATION_FARBE,
			LUECKE_FARBE,
			...Object.values(KLIMAFELD_FARBE),
			...Object.values(AG_FARBE)
		].map((c) => c.toLowerCase());
		expect(new Set(all).size).toBe(all.length);
	});
	it('builds a MapLibre match over a property', () => {
		expect(matchFarbe('ag', AG_FARBE, '#ffffff')).toEqual([
			'match',
			['get', 'ag'],
			...Object.entries(AG_FARBE).flat(),
			'#ffffff'
		]);
	});
});
