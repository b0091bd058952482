import { describe, expect, it } from 'vitest';
import {
	AG_FARBE,
	agFarbe,
	KLIMAFELD_FARBE,
	klimafeldFarbe,
	LUECKE_FARBE,
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
	it('colours a pilot by its AG and a site by its hazard, unknown ones as the last of each', () => {
		for (const [ag, farbe] of Object.entries(AG_FARBE)) expect(agFarbe(ag)).toBe(farbe);
		expect(agFarbe('unbekannt')).toBe(AG_FARBE.WULIS);
		expect(agFarbe(null)).toBe(AG_FARBE.WULIS);
		expect(agFarbe('constructor')).toBe(AG_FARBE.WULIS);
		for (const [feld, farbe] of Object.entries(KLIMAFELD_FARBE))
			expect(klimafeldFarbe(feld)).toBe(farbe);
		expect(klimafeldFarbe(undefined)).toBe(KLIMAFELD_FARBE.Starkregen);
	});
});
