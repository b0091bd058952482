import { describe, expect, it } from 'vitest';
import { klimaHeadline } from '../../../src/routes/klima/headline';
import type { Station } from '../../../src/routes/klima/model';
import { addDays, timelineAt } from '../../../src/routes/klima/timeline';
import { dataset } from '../../e2e/data';

const stationen = dataset<Station>('stationen').sort((a, b) => a.reihenfolge - b.reihenfolge);
const de = (iso: string) => iso.split('-').reverse().join('.');
const at = (date: string) => klimaHeadline(stationen, timelineAt(stationen, date), date, 12.34)!;

describe('Klima headline', () => {
	const first = stationen[0];
	const last = stationen.at(-1)!;
	const towns = new Set(stationen.map((s) => s.ags)).size;
	const season = `Die Wanderbaumallee zieht vom ${de(first.von)} bis ${de(last.bis)} über ${stationen.length} Stationen in ${towns} Orten (12,3 km Luftlinie); `;

	it('states the season of data/ and where the trees stand on the date shown', () => {
		expect(at(first.von)).toBe(
			`${season}am ${de(first.von)} stehen die Bäume in ${first.name}, bis ${de(first.bis)}.`
		);
		const gap = addDays(first.bis, 1);
		expect(gap < stationen[1].von).toBe(true);
		expect(at(gap)).toBe(
			`${season}am ${de(gap)} sind die Bäume unterwegs nach ${stationen[1].name} (dort ab ${de(stationen[1].von)}).`
		);
		expect(at(addDays(first.von, -1))).toBe(
			`${season}am ${de(addDays(first.von, -1))} hat die Saison noch nicht begonnen.`
		);
		expect(at(addDays(last.bis, 1))).toBe(
			`${season}am ${de(addDays(last.bis, 1))} ist die Saison vorbei.`
		);
	});

	it('says nothing without stations', () => {
		expect(klimaHeadline([], timelineAt([], '2026-05-01'), '2026-05-01', 0)).toBeNull();
	});
});
