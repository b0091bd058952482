import { booleanPointInPolygon, circle, distance, point } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './index';

/** A Gemeinde as the location analysis needs it (lon/lat = its Ortsmitte, see ORT in the queries). */
export interface Place {
	ags: string;
	name: string;
	kreis_ags: string;
	kreis_name: string;
	planungsregion: string;
	population: number;
	is_stadt: boolean;
	size_class: string;
	size_group: string;
	lon: number;
	lat: number;
}

/** A pilot, station or candidate with a position. */
export interface Site {
	id: string;
	name: string;
	kind: 'pilot' | 'station' | 'kandidat';
	lon: number;
	lat: number;
	/** what the map colours it by: a pilot's AG, a candidate's hazard */
	ag?: string;
	klimafeld?: string;
}

/** Great-circle distance in km (turf, mean earth radius). */
export const km = (a: LonLat, b: LonLat): number =>
	distance(point(a), point(b), { units: 'kilometers' });

type Areas = FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>;

export interface Location {
	/** AGS of the Gemeinde, or null (outside Thuringia or an unassigned area) */
	ags: string | null;
	/** every Gemeinde whose polygon contains the point, sorted; more than one = on a border */
	all: string[];
}

/**
 * Gemeinde of a point by point in polygon. A point on a shared border lies in both polygons;
 * then the lowest AGS wins and `all` lists every match.
 */
export function locate(p: LonLat, areas: Areas): Location {
	const pt = point(p);
	const all = areas.features
		.filter((f) => f.properties?.ags && booleanPointInPolygon(pt, f))
		.map((f) => f.properties!.ags!)
		.sort();
	return { ags: all[0] ?? null, all };
}

/** Nearest site and its distance in km, or null if there is none. */
export function nearest(
	p: LonLat,
	sites: readonly Site[],
	exclude?: string
): { site: Site; km: number } | null {
	let best: { site: Site; km: number } | null = null;
	for (const s of sites) {
		if (s.id === exclude) continue;
		const d = km(p, [s.lon, s.lat]);
		if (!best || d < best.km) best = { site: s, km: d };
	}
	return best;
}

/** 'alle', 'stadt' (town rights), a size group or a size class key. */
export type Klasse = string;

export function inKlasse(g: Place, klasse: Klasse): boolean {
	if (klasse === 'alle') return true;
	if (klasse === 'stadt') return g.is_stadt;
	return g.size_class === klasse || g.size_group === klasse;
}

/** Gemeinden of the class with no site within `radius` km of their label point, in AGS order. */
export function whiteSpots(
	places: readonly Place[],
	sites: readonly Site[],
	klasse: Klasse,
	radius: number
): Place[] {
	return places
		.filter(
			(g) => inKlasse(g, klasse) && !sites.some((s) => km([g.lon, g.lat], [s.lon, s.lat]) <= radius)
		)
		.sort((a, b) => a.ags.localeCompare(b.ags));
}

/** White spots that a site at `p` would close (label point within `radius`). */
export function closes(p: LonLat, spots: readonly Place[], radius: number): Place[] {
	return spots.filter((g) => km(p, [g.lon, g.lat]) <= radius);
}

/** Share (0…1) of the total population living in the given Gemeinden. */
export function populationShare(spots: readonly Place[], all: readonly Place[]): number {
	const total = all.reduce((s, g) => s + g.population, 0);
	return total > 0 ? spots.reduce((s, g) => s + g.population, 0) / total : 0;
}

/** Circles of `radius` km around the sites (for the map; none for radius 0). */
export function circles(sites: readonly Site[], radius: number): FeatureCollection<Polygon> {
	return {
		type: 'FeatureCollection',
		features:
			radius > 0
				? sites.map((s) => ({
						...circle([s.lon, s.lat], radius, { units: 'kilometers', steps: 64 }),
						properties: { id: s.id, kind: s.kind }
					}))
				: []
	};
}
