import { describe, expect, it } from 'vitest';
import { parseView, viewParam } from '../../../src/lib/map/url';

describe('map view in the URL', () => {
	it('round-trips centre and zoom', () => {
		const text = viewParam({ center: [11.029876, 50.978123], zoom: 8.456 });
		expect(text).toBe('11.0299,50.9781,8.46');
		expect(parseView(text)).toEqual({ center: [11.0299, 50.9781], zoom: 8.46 });
	});

	it('ignores broken or out-of-range values', () => {
		for (const bad of [null, '', 'a,b,c', '1,2', '200,50,8', '11,50,99', '11,50,8,1']) {
			expect(parseView(bad)).toBeNull();
		}
	});
});
