import { beforeAll, describe, expect, it } from 'vitest';
import { fmtNum, fmtPct } from '../../../src/lib/format';
import { gemeindeHeadline, leerstandHeadline } from '../../../src/lib/leerstand/headline';
import { NO_FILTER, type LeerstandGemeinde } from '../../../src/lib/leerstand/queries';
import { computeLeerstand, loadBase } from '../../../src/lib/leerstand/source';
import { testDb } from '../db/helpers';

const pct = (n: number) => fmtPct(n);

let base: LeerstandGemeinde[];
beforeAll(async () => {
	base = await loadBase(await testDb());
});

describe('leerstandHeadline: the view’s takeaway from the figures it shows', () => {
	it('without a filter: the state with its highest and lowest Kreis', () => {
		const data = computeLeerstand(base, NO_FILTER);
		const rated = data.byKreis.filter((k) => k.quote !== null).sort((a, b) => b.quote! - a.quote!);
		const h = leerstandHeadline(data);
		expect(h).toBe(
			`In Thüringen stehen ${pct(data.land.quote!)} der Wohnungen leer (Schätzung aus dem Zensus-Gitter). ` +
				`Am höchsten geschätzt: ${rated[0].label} (${pct(rated[0].quote!)}), ` +
				`am niedrigsten: ${rated.at(-1)!.label} (${pct(rated.at(-1)!.quote!)}).`
		);
	});

	it('with a filter: the selection against the state, in percentage points, named by the filter', () => {
		const kreis = base.find((g) => g.kreis_name === 'Kyffhäuserkreis')!.kreis_ags;
		const f = { ...NO_FILTER, klasse: 'kleinstadt', kreis };
		const data = computeLeerstand(base, f);
		const q = data.selection!.quote!;
		// the difference of the two rates as shown (rounded to one decimal)
		const d = (Math.round(q * 10) - Math.round(data.land.quote! * 10)) / 10;
		const h = leerstandHeadline(data);
		expect(h.startsWith(`Kyffhäuserkreis, Kleinstädte: ${pct(q)} der Wohnungen stehen leer`)).toBe(
			true
		);
		expect(h).toContain(
			`${fmtNum(Math.abs(d), 1)} Prozentpunkte ${d > 0 ? 'mehr' : 'weniger'} als in ganz Thüringen (${pct(data.land.quote!)})`
		);
	});

	it('a selection without a rate gives no sentence', () => {
		const f = { ...NO_FILTER, kreis: '00000' };
		expect(leerstandHeadline(computeLeerstand(base, f))).toBe('');
	});
});

describe('gemeindeHeadline: a town profile’s takeaway', () => {
	it('states the town’s rate against the state as shown, and nothing for an unreliable estimate', () => {
		const land = computeLeerstand(base, NO_FILTER).land.quote!;
		const reliable = base.find((g) => g.name === 'Jena')!;
		const d = (Math.round(reliable.quote! * 10) - Math.round(land * 10)) / 10;
		expect(gemeindeHeadline('Jena', reliable, land)).toBe(
			`In Jena stehen ${pct(reliable.quote!)} der Wohnungen leer (Schätzung) – ` +
				`${fmtNum(Math.abs(d), 1)} Prozentpunkte ${d > 0 ? 'mehr' : 'weniger'} als in ganz Thüringen (${pct(land)}).`
		);
		const unsure = base.find((g) => g.reliability === 'unreliable' && g.quote !== null)!;
		expect(gemeindeHeadline(unsure.name, unsure, land)).toBe('');
		expect(gemeindeHeadline('X', { ...reliable, quote: null }, land)).toBe('');
	});
});
