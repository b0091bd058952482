import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { massnahmenHeadline } from '../../../src/lib/massnahmen/headline';

const rows = tableFromIPC(readFileSync('data/massnahmen.arrow'))
	.toArray()
	.map((r) => r.toJSON() as { ag: string; ags: string | null });

describe('Maßnahmen headline', () => {
	it('counts the whole catalogue of data/ by working group, largest first, and the entries with a place', () => {
		const text = massnahmenHeadline(rows, rows.length)!;
		expect(text.startsWith(`Der Katalog enthält ${rows.length} Einträge: `)).toBe(true);
		const counts = [...text.matchAll(/(\d+) (?:der AG (\w+)|AG-übergreifend)/g)].map((m) => [
			m[2] ?? 'alle',
			Number(m[1])
		]);
		const expected = new Map<string, number>();
		for (const r of rows) expected.set(r.ag, (expected.get(r.ag) ?? 0) + 1);
		expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
		expect(counts.map(([, n]) => n)).toEqual(
			[...expected.values()].sort((a, b) => (b as number) - (a as number))
		);
		const located = rows.filter((r) => r.ags !== null).length;
		expect(text).toContain(
			`${located} ${located === 1 ? 'nennt' : 'nennen'} einen Ort in Thüringen.`
		);
	});

	it('says how many of all match a filter, with German plurals and list joining', () => {
		const one = rows.filter((r) => r.ag === 'Klima').slice(0, 1);
		expect(massnahmenHeadline(one, 23)).toBe(
			`1 der 23 Einträge passt zu Suche und Filtern: 1 der AG Klima. ${
				one[0].ags ? '1 nennt einen Ort in Thüringen.' : 'Keiner nennt einen Ort in Thüringen.'
			}`
		);
		const two = [
			{ ag: 'WULIS', ags: null },
			{ ag: 'Leerstand', ags: '16053000' },
			{ ag: 'Klima', ags: null }
		];
		expect(massnahmenHeadline(two, 3)).toBe(
			'Der Katalog enthält 3 Einträge: 1 der AG Klima, 1 der AG Leerstand und 1 der AG WULIS. 1 nennt einen Ort in Thüringen.'
		);
		expect(massnahmenHeadline([], 23)).toBeNull();
	});
});
