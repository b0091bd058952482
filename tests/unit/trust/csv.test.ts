import { describe, expect, it } from 'vitest';
import { csvCell, toGermanCsv } from '../../../src/lib/export/csv';
import { problemsCsv, rejectedCsv } from '../../../src/lib/ingest/csv';

describe('one CSV export rule: formulas neutralised, numbers stay numbers', () => {
	it('prefixes text starting with = + - @ tab or CR with an apostrophe', () => {
		for (const t of ['=1+2', '+SUMME(A1)', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x";"y")'])
			expect(csvCell(t)).toBe(`'${t}`);
	});

	it('keeps numbers and negative German number text as numbers', () => {
		expect(csvCell(-3.5)).toBe('-3,5');
		expect(csvCell('-3,5')).toBe('-3,5');
		expect(csvCell('-1.234,5')).toBe('-1.234,5');
		expect(csvCell(-3.5, 2)).toBe('-3,50');
		expect(csvCell('Jena -3,5')).toBe('Jena -3,5');
		expect(csvCell('-3,5 =A1')).toBe("'-3,5 =A1");
	});

	it('a whole file: quoted cells with ; and line breaks stay one cell, formulas neutralised', () => {
		const csv = toGermanCsv(
			[{ name: '=A1;B1', note: 'a\r\nb', v: -3.5 }],
			[
				{ key: 'name', label: 'Name' },
				{ key: 'note', label: 'Notiz' },
				{ key: 'v', label: 'Wert' }
			]
		);
		expect(csv).toBe('\uFEFFName;Notiz;Wert\r\n"\'=A1;B1";"a\r\nb";-3,5\r\n');
	});

	it('the import problem list and rejected rows use the same rule', () => {
		const rejected = rejectedCsv(['Name', 'Fläche'], [{ row: 2, values: ['@evil', '-3,5'] }]);
		expect(rejected).toContain("2;'@evil;-3,5");
		const problems = problemsCsv('a.csv', [
			{ row: 2, column: 'Name', value: '=1+1', message: 'x', severity: 'error' }
		] as never);
		expect(problems).toContain("'=1+1");
	});
});
