import { describe, expect, it } from 'vitest';
import manifest from '../../data/manifest.json';
import { shortDate, shortSources } from '../../src/lib/ui/source-line';

describe('one-line source', () => {
	it('names known publishers short, else the first segment without ©, splits only outside parentheses', () => {
		expect(
			shortSources([
				'© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD 30.11.2025, im Auftrag der Herausgebergemeinschaft; © GeoBasis-DE / BKG (2022, 2025), VG250, generalisiert'
			])
		).toEqual(['Destatis', 'BKG']);
		expect(shortSources(['Eigene Sammlung (LEG, IHK), ergänzt; © Zensus 2022, Gitter'])).toEqual([
			'Eigene Sammlung (LEG, IHK)',
			'Zensus 2022'
		]);
		expect(shortDate('30.11.2025 (Gebietsstand); Einwohner 31.12.2024')).toBe('30.11.2025');
	});

	it('is never longer than the full source for any dataset in data/', () => {
		for (const d of manifest.datasets) {
			const parts = shortSources([d.source]);
			expect(parts.length).toBeGreaterThan(0);
			expect(parts.join('').length).toBeLessThanOrEqual(d.source.length);
		}
	});
});
