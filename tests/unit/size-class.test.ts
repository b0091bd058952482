import { describe, expect, it } from 'vitest';
import { sizeClassOf } from '../../src/lib/domain/size-class';
import { agsFromArs } from '../../src/lib/domain/keys';

describe('size classes', () => {
	it.each([
		[0, 'landgemeinde'],
		[4999, 'landgemeinde'],
		[5000, 'klein_5_10'],
		[9999, 'klein_5_10'],
		[10000, 'klein_10_20'],
		[19999, 'klein_10_20'],
		[20000, 'mittel_20_50'],
		[49999, 'mittel_20_50'],
		[50000, 'mittel_50_100'],
		[99999, 'mittel_50_100'],
		[100000, 'gross']
	])('%d inhabitants → %s', (n, key) => {
		expect(sizeClassOf(n).key).toBe(key);
	});

	it('labels classes with their bounds', () => {
		expect(sizeClassOf(4999).label).toBe('Landgemeinde (< 5.000 EW)');
		expect(sizeClassOf(100000).label).toContain('≥ 100.000');
	});

	it('rejects nonsense', () => {
		expect(() => sizeClassOf(-1)).toThrow();
		expect(() => sizeClassOf(NaN)).toThrow();
	});
});

describe('keys', () => {
	it('derives the AGS from an ARS without cutting it to 8 digits', () => {
		expect(agsFromArs('160640046046')).toBe('16064046');
		expect(agsFromArs('160510000000')).toBe('16051000');
	});
});
