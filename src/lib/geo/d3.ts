import { rewind } from '@turf/turf';

/** d3-geo wants outer rings clockwise (spherical polygons); GeoJSON (RFC 7946) has them the other way. */
export function forD3<T extends GeoJSON.FeatureCollection>(fc: T): T {
	return rewind(fc, { reverse: true }) as T;
}
