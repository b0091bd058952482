import { describe, expect, it } from 'vitest';
import { csvCell, toGermanCsv } from '../../../src/lib/export/csv';

describe('German CSV', () => {
	it('writes BOM, semicolons, decimal commas and CRLF', () => {
		const csv = toGermanCsv(
			[
				{ name: 'Jena', v: 1234.5 },
				{ name: 'A; B', v: null }
			],
			[
				{ key: 'name', label: 'Name' },
				{ key: 'v', label: 'Wert', digits: 1 }
			]
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\r\n')).toEqual(['Name;Wert', 'Jena;1234,5', '"A; B";', '']);
	});

	it('neutralises text that Excel would run as a formula, but not numbers', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
		expect(csvCell('+49')).toBe("'+49");
		expect(csvCell('@foo')).toBe("'@foo");
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(true)).toBe('ja');
		expect(csvCell(NaN)).toBe('');
	});
});
