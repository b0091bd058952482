import { booleanPointInPolygon, distance, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type LonLat = [number, number];

/** Straight-line (great-circle) lengths in km between consecutive points. */
export function legLengths(points: LonLat[]): number[] {
	return points
		.slice(1)
		.map((p, i) => distance(point(points[i]), point(p), { units: 'kilometers' }));
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
