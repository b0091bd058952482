import { describe, expect, it } from 'vitest';
import { mapPreview, type PreviewGeo } from '../../../src/lib/map/preview';
import {
	featureFill,
	NEUTRAL_COLOR,
	PAINT,
	REST_ID,
	THUERINGEN_BOUNDS
} from '../../../src/lib/map/style';
import { readGeo } from '../../../src/lib/server/datasets';

describe('the Übersicht map preview (build-time outlines)', () => {
	const geo: PreviewGeo = {
		land: readGeo('geo_land'),
		kreise: readGeo('geo_kreise'),
		gemeinden: readGeo('geo_gemeinden')
	};
	const p = mapPreview(geo);

	it('draws every Gemeinde, keyed by id with its Kreis', () => {
		expect(p.gemeinden.map((g) => g.id)).toEqual(
			geo.gemeinden.features.map((f) => f.properties?.id)
		);
		for (const g of p.gemeinden) expect(g.d).toMatch(/^M\d/);
		expect(p.gemeinden.every((g) => g.kreis.length === 5)).toBe(true);
	});

	it('frames the bounds the map opens on, in Web Mercator', () => {
		const [[x0, y0], [x1, y1]] = THUERINGEN_BOUNDS;
		const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const ratio = ((x1 - x0) * Math.PI) / 180 / (merc(y1) - merc(y0));
		expect(p.w / p.h).toBeCloseTo(ratio, 2);
	});
});

describe('the preview fills a Gemeinde as the map does', () => {
	const colors = new Map([
		['16051000', '#111111'],
		['16051', '#222222']
	]);
	const erfurt = { id: '16051000', kreis: '16051' };
	const rest = { id: REST_ID, kreis: '16064' };
	const none = { id: '16055000', kreis: '16055' };

	it('by its own value, by its Kreis, neutral where no Gemeinde is, empty without a value', () => {
		expect(featureFill(erfurt, 'gemeinde', colors)).toBe('#111111');
		expect(featureFill(erfurt, 'kreis', colors)).toBe('#222222');
		expect(featureFill(rest, 'gemeinde', colors)).toBe(NEUTRAL_COLOR);
		expect(featureFill(none, 'gemeinde', colors)).toBe(PAINT.empty);
		expect(featureFill(erfurt, undefined, colors)).toBe(PAINT.empty);
	});
});
