import { describe, expect, it } from 'vitest';
import { buildIndex, search, searchKeys } from '../../../src/lib/map/search';
import { dataset } from '../../e2e/data';

const gemeinden = dataset<{ ags: string; name: string; kreis_name: string; population: number }>(
	'gemeinden'
);
const index = buildIndex(gemeinden);
const first = (q: string) => search(index, q)[0];

describe('search over the 605 Gemeinden', () => {
	it('writes umlauts out and folds them', () => {
		expect(searchKeys('Pößneck')).toEqual(['poessneck', 'possneck']);
		expect(searchKeys('Mühlhausen/Thüringen')).toEqual([
			'muehlhausen thueringen',
			'muhlhausen thuringen'
		]);
	});

	it('ranks Jena (16053000) above Jenalöbnitz for "jena"', () => {
		const hits = search(index, 'jena');
		expect(hits[0].ags).toBe('16053000');
		const lob = hits.findIndex((h) => h.name.startsWith('Jenalöbnitz'));
		expect(lob).toBeGreaterThan(0);
	});

	it('finds Pößneck for "poessneck" and Mühlhausen/Thüringen for "muhlhausen"', () => {
		expect(first('poessneck').name).toBe('Pößneck');
		expect(first('Pößneck').name).toBe('Pößneck');
		expect(first('muhlhausen').name).toBe('Mühlhausen/Thüringen');
		expect(first('mühlh').name).toBe('Mühlhausen/Thüringen');
	});

	it('prefers prefixes over substrings and returns nothing for empty input', () => {
		const hits = search(index, 'erf');
		expect(hits[0].name).toBe('Erfurt');
		expect(search(index, '  ')).toEqual([]);
		expect(search(index, 'xyzxyz')).toEqual([]);
	});
});
