import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseParams, standortCodec } from '../../../src/routes/klima/standort/params';
import { klimaCodec } from '../../../src/routes/klima/url';
import {
	AUSSERHALB,
	choroplethFor,
	LUECKE,
	VERSORGT
} from '../../../src/routes/klima/standort/layers';
import type { StandortGemeinde } from '../../../src/lib/geo/queries';

describe('standort URL state', () => {
	it('parses, falls back on bad input and round-trips', () => {
		expect(parseParams(new URLSearchParams(''))).toEqual(DEFAULTS);
		expect(
			parseParams(new URLSearchParams('sa=1&sa_klasse=<x>&sa_km=-3&sa_ebene=foo&sa_stationen=ja'))
		).toEqual({ ...DEFAULTS, open: true });
		const p = {
			open: true,
			klasse: 'kleinstadt',
			km: 0,
			ebene: 'leerstand' as const,
			stationen: true
		};
		const q = standortCodec
			.write(p, new URLSearchParams('modus=planung&datum=2026-05-01&sa_km=99'))
			.toString();
		expect(q).toBe(
			'modus=planung&datum=2026-05-01&sa=1&sa_klasse=kleinstadt&sa_km=0&sa_ebene=leerstand&sa_stationen=1'
		);
		expect(parseParams(new URLSearchParams(q))).toEqual(p);
	});

	it('the Klima view and the analysis keep each other’s keys (no ping-pong)', () => {
		const p = { ...DEFAULTS, open: true, km: 20 };
		const both = standortCodec.write(p, new URLSearchParams('modus=zeitleiste&datum=2026-04-20'));
		const view = klimaCodec.parse(both);
		expect(view).toEqual({ modus: 'zeitleiste', datum: '2026-04-20', station: null });
		expect(klimaCodec.write(view, both).toString()).toBe(both.toString());
		expect(klimaCodec.write({ ...view, modus: 'planung', datum: null }, both).toString()).toBe(
			'modus=planung&sa=1&sa_klasse=stadt&sa_km=20&sa_ebene=luecken&sa_stationen=0'
		);
		expect(
			standortCodec.write(DEFAULTS, new URLSearchParams('modus=planung&sa=1&sa_km=5')).toString()
		).toBe('modus=planung');
		expect(klimaCodec.parse(new URLSearchParams('modus=x&station=')).modus).toBe('zeitleiste');
		// closing the analysis keeps its settings for the next opening
		const closed = standortCodec.write({ ...p, open: false }, new URLSearchParams('modus=planung'));
		expect(closed.get('sa')).toBe('0');
		expect(parseParams(closed)).toEqual({ ...p, open: false });
	});
});

describe('standort map layers', () => {
	const g = (ags: string, is_stadt: boolean) =>
		({
			ags,
			is_stadt,
			size_class: 'landgemeinde',
			size_group: 'landgemeinde',
			density_per_km2: 50,
			leer_quote: null
		}) as StandortGemeinde;
	const places = [g('1', true), g('2', true), g('3', false)];
	const o = { klasse: 'stadt', klasseLabel: 'mit Stadtrecht', km: 10, spots: [{ ags: '2' }] };

	it('white spots: spot / covered / not in class', () => {
		const c = choroplethFor('orte', places, o)!;
		expect(c.rows).toEqual([
			{ id: '1', value: VERSORGT },
			{ id: '2', value: LUECKE },
			{ id: '3', value: AUSSERHALB }
		]);
		expect(c.flag).toBeUndefined();
		const s = choroplethFor('orte', places, { ...o, stationFlag: 'sample' })!;
		expect(s.flag).toBe('sample');
		expect(s.datasets).toContain('stationen');
		expect(s.note).toContain('Beispieldaten');
	});

	it('context layers name their source; the vacancy layer is an estimate', () => {
		expect(choroplethFor('dichte', places, o)!.datasets).toEqual(['gemeinden']);
		const l = choroplethFor('leerstand', places, o)!;
		expect(l.datasets).toEqual(['leerstand_schaetzung']);
		expect(l.flag).toBe('estimate');
		expect(choroplethFor('groesse', places, o)!.classification.type).toBe('categorical');
		// the 1 km layers draw cells, not Gemeinden
		expect(choroplethFor('luecken', places, o)).toBeNull();
		expect(choroplethFor('hitze', places, o)).toBeNull();
	});
});
