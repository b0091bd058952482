import { fetchBuilt, fetchDataset } from '$lib/data/files';
import { getDb, replacesEmbedded } from '$lib/db';
import type { Query } from '$lib/db/sql';
import type { MapGemeinde, MapKreis } from '$lib/map/queries';
import { registry } from '$lib/db/registry';
import { valueText, type Choropleth } from './choropleth';
import type { MapPreview } from './preview';
import { REST_ID, townsOf, type GeoData } from './style';
import type { FeatureCollection } from './types';

let geo: Promise<GeoData> | undefined;
let gemeinden: Promise<MapGemeinde[]> | undefined;
let kreise: Promise<MapKreis[]> | undefined;

async function json(name: string): Promise<FeatureCollection> {
	const res = await fetchDataset(name);
	try {
		return (await res.json()) as FeatureCollection;
	} catch (e) {
		throw new Error(`Die Geometriedatei „${name}“ ist kein gültiges GeoJSON`, { cause: e });
	}
}

/** Land, Kreise and Gemeinden outlines, fetched once per page load. */
export function loadGeo(): Promise<GeoData> {
	geo ??= Promise.all([json('geo_land'), json('geo_kreise'), json('geo_gemeinden')]).then(
		([land, kreise, gemeinden]) => ({ land, kreise, gemeinden })
	);
	geo.catch(() => (geo = undefined));
	return geo;
}

let built: Promise<{ gemeinden: MapGemeinde[]; kreise: MapKreis[] }> | undefined;

/**
 * A map statement's rows: prerendered from the embedded data (`/karte.json`, the same statement run at
 * build time), from DuckDB where a local or published table replaces one it reads.
 */
async function mapRows<R>(q: Query<R>, key: 'gemeinden' | 'kreise'): Promise<R[]> {
	if (await replacesEmbedded(q.tables)) return (await getDb()).rows(q);
	built ??= fetchBuilt('/karte.json', 'Die Kartendaten');
	built.catch(() => (built = undefined));
	return (await built)[key] as R[];
}

/**
 * A state map's build-time picture (`preview.ts`): `picture` without its towns, at once; `towns` once the
 * store has been asked — none where a local or published table replaces one they come from (the map then
 * shows those).
 */
export function loadPreview(): {
	picture: Promise<MapPreview>;
	towns: Promise<MapPreview['orte']>;
} {
	const built = fetchBuilt<MapPreview>('/karte-vorschau.json', 'Die Kartenvorschau');
	return {
		picture: built.then((p) => ({ ...p, orte: undefined })),
		towns: Promise.all([built, replacesEmbedded(registry.mapGemeinden.tables)]).then(
			([p, replaced]) => (replaced ? [] : (p.orte ?? []))
		)
	};
}

/** Gemeinde attributes (label points, population, Kreis). */
export function loadGemeinden(): Promise<MapGemeinde[]> {
	gemeinden ??= mapRows(registry.mapGemeinden, 'gemeinden');
	gemeinden.catch(() => (gemeinden = undefined));
	return gemeinden;
}

/** The 22 Kreise with population figures. */
export function loadKreise(): Promise<MapKreis[]> {
	kreise ??= mapRows(registry.mapKreise, 'kreise');
	kreise.catch(() => (kreise = undefined));
	return kreise;
}

/** The maps' town points (`townsOf`: which towns, their size and naming tier). */
export function pointsOf(rows: MapGemeinde[]): FeatureCollection<GeoJSON.Point> {
	return {
		type: 'FeatureCollection',
		features: townsOf(rows).map((g) => ({
			type: 'Feature',
			properties: { ags: g.ags, name: g.name, population: g.population, r: g.r, tier: g.tier },
			geometry: { type: 'Point', coordinates: [g.lon, g.lat] }
		}))
	};
}

export type Bbox = [[number, number], [number, number]];

/** Bounding box of all features matching `match`, or undefined if none. */
export function bboxOf(
	fc: FeatureCollection,
	match: (p: Record<string, unknown>) => boolean
): Bbox | undefined {
	let minX = Infinity,
		minY = Infinity,
		maxX = -Infinity,
		maxY = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [x, y] = c as number[];
			if (x < minX) minX = x;
			if (x > maxX) maxX = x;
			if (y < minY) minY = y;
			if (y > maxY) maxY = y;
		} else if (Array.isArray(c)) c.forEach(visit);
	};
	for (const f of fc.features) {
		if (f.geometry && 'coordinates' in f.geometry && match(f.properties ?? {}))
			visit(f.geometry.coordinates);
	}
	return minX === Infinity
		? undefined
		: [
				[minX, minY],
				[maxX, maxY]
			];
}

export interface Names {
	gemeinde: Map<string, { name: string; kreis_ags: string }>;
	kreis: Map<string, string>;
}

/** Names for tooltips and tables straight from the geometry files (no database needed). */
export function namesOf(g: GeoData): Names {
	const kreis = new Map<string, string>();
	for (const f of g.kreise.features)
		kreis.set(String(f.properties?.kreis_ags), String(f.properties?.name));
	const gemeinde = new Map<string, { name: string; kreis_ags: string }>();
	for (const f of g.gemeinden.features) {
		const p = f.properties ?? {};
		gemeinde.set(String(p.id), { name: String(p.name), kreis_ags: String(p.kreis_ags) });
	}
	return { gemeinde, kreis };
}

export interface ValueRow {
	id: string;
	name: string;
	kreis: string;
	value: number | null;
	/** the value as shown: figure, note of the row, "keine Daten" or the filter label */
	text: string;
	/** false: a filter of the choropleth leaves this Gemeinde/Kreis out */
	inside: boolean;
}

/**
 * One row per Kreis or Gemeinde (the unassigned remainder left out) with the choropleth's value.
 * With `c.outside` set, features without a row are outside the filter, not "keine Daten".
 */
export function valueRows(c: Choropleth, names: Names): ValueRow[] {
	const rows = new Map(c.rows.map((r) => [r.id, r]));
	const row = (id: string, name: string, kreis: string): ValueRow => {
		const r = rows.get(id);
		return {
			id,
			name,
			kreis,
			value: r?.value ?? null,
			text: valueText(c, r),
			inside: !!r || !c.outside
		};
	};
	if (c.level === 'kreis') return [...names.kreis].map(([id, name]) => row(id, name, name));
	return [...names.gemeinde]
		.filter(([id]) => id !== REST_ID)
		.map(([id, g]) => row(id, g.name, names.kreis.get(g.kreis_ags) ?? ''));
}

/** How many Gemeinden (without the unassigned remainder) or Kreise the map has. */
export const featureCount = (level: 'gemeinde' | 'kreis', names: Names) =>
	level === 'kreis'
		? names.kreis.size
		: names.gemeinde.size - (names.gemeinde.has(REST_ID) ? 1 : 0);
