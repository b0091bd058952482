import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/charts/wrap';

describe('wrapText', () => {
	it('breaks at spaces, no line longer than the limit unless one word is', () => {
		const label = 'Mittelstadt 50–100 Tsd. (50.000 bis < 100.000 EW)';
		const lines = wrapText(label, 24);
		expect(lines.join(' ')).toBe(label);
		for (const l of lines) expect(l.length).toBeLessThanOrEqual(24);
		expect(wrapText('Donaudampfschifffahrt', 5)).toEqual(['Donaudampfschifffahrt']);
	});
	it('keeps a short text on one line and an empty one as one empty line', () => {
		expect(wrapText('Gera', 40)).toEqual(['Gera']);
		expect(wrapText('', 40)).toEqual(['']);
	});
});
