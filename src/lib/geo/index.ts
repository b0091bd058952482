import { booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type LonLat = [number, number];

/** Straight-line (great-circle) lengths in km between consecutive points. */
export function legLengths(points: LonLat[]): number[] {
	return points
		.slice(1)
		.map((p, i) => distance(point(points[i]), point(p), { units: 'kilometers' }));
}

/** Total straight-line route length in km („Luftlinie“). */
export function routeLength(points: LonLat[]): number {
	return legLengths(points).reduce((s, d) => s + d, 0);
}

type Areas = FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>;

/** AGS of the Gemeinde containing the point, or null. */
export function gemeindeAt(p: LonLat, gemeinden: Areas): string | null {
	const pt = point(p);
	for (const f of gemeinden.features) {
		if (f.properties?.ags && booleanPointInPolygon(pt, f)) return f.properties.ags;
	}
	return null;
}

/** True if the point lies inside any of the polygons (e.g. the Land boundary). */
export function inside(
	p: LonLat,
	area: FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>
): boolean {
	const pt = point(p);
	const features = area.type === 'FeatureCollection' ? area.features : [area];
	return features.some((f) => booleanPointInPolygon(pt, f));
}
