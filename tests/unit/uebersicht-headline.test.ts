import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { uebersichtHeadline } from '../../src/routes/uebersicht-headline';

const gemeinden = tableFromIPC(readFileSync('data/gemeinden.arrow'))
	.toArray()
	.map((r) => r.toJSON() as { population: number });
const summary = JSON.parse(readFileSync('data/summary.json', 'utf8'));
const de = (n: number, d = 1) =>
	new Intl.NumberFormat('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(n);

describe('Übersicht headline', () => {
	it('states the share of people in Gemeinden under 5.000 and in towns from 20.000, counted from data/', () => {
		const total = gemeinden.reduce((s, g) => s + g.population, 0);
		const small = gemeinden.filter((g) => g.population < 5000);
		const big = gemeinden.filter((g) => g.population >= 20000);
		const pop = (xs: { population: number }[]) => xs.reduce((s, g) => s + g.population, 0);
		expect(uebersichtHeadline(summary.groessenklassen)).toBe(
			`${small.length} der ${gemeinden.length} Gemeinden Thüringens haben weniger als 5.000 Einwohner – ` +
				`dort leben ${de((pop(small) / total) * 100)}\u00a0% der Menschen; ${de((pop(big) / total) * 100)}\u00a0% ` +
				`leben in den ${big.length} Städten ab 20.000 Einwohnern.`
		);
	});
});
