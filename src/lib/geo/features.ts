import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { inside } from './index';

export type Land = FeatureCollection<Polygon | MultiPolygon>;

const str = (v: unknown) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

export interface CheckedFeature {
	id: string;
	name: string;
	/** the point itself, or a point on the polygon's surface */
	lon: number;
	lat: number;
	geometry: Geometry | undefined;
	properties: Record<string, unknown>;
	/** `Objekt n (id …, name …)` */
	label: string;
	/** German messages, each starting with `<file>, <label>: ` */
	errors: string[];
	/** false when the geometry is unusable (wrong type, no coordinates) */
	usable: boolean;
}

/**
 * The checks every GeoJSON import shares (Klima plan, /daten): geometry type, inside Thuringia,
 * name and id present, id not repeated (`ids` collects the ids seen so far).
 */
export function checkFeature(
	raw: unknown,
	i: number,
	ctx: { land: Land; file: string; ids: Set<string>; types: readonly string[] }
): CheckedFeature {
	const f = raw as {
		id?: unknown;
		geometry?: { type?: string; coordinates?: unknown } | null;
		properties?: Record<string, unknown> | null;
	};
	const p = f?.properties ?? {};
	const id = str(p.id) || str(f?.id);
	const name = str(p.name);
	const label = `Objekt ${i + 1}${id ? ` (id „${id}“` : ' ('}${name ? `${id ? ', ' : ''}„${name}“)` : id ? ')' : 'ohne id und Name)'}`;
	const errors: string[] = [];
	const err = (m: string) => errors.push(`${ctx.file}, ${label}: ${m}`);
	const out = (lon: number, lat: number, usable: boolean): CheckedFeature => ({
		id,
		name,
		lon,
		lat,
		geometry: (f?.geometry ?? undefined) as Geometry | undefined,
		properties: p,
		label,
		errors,
		usable
	});
	const type = f?.geometry?.type;
	if (!type || !ctx.types.includes(type)) {
		const expected =
			ctx.types.length === 1 && ctx.types[0] === 'Point'
				? 'ein Punkt (Point)'
				: ctx.types.join(' oder ');
		err(`Geometrie ist ${type ?? 'leer'}, erwartet wird ${expected}.`);
		return out(NaN, NaN, false);
	}
	let lon: number, lat: number;
	if (type === 'Point') {
		const c = f.geometry!.coordinates as unknown[];
		lon = Number(c?.[0]);
		lat = Number(c?.[1]);
		if (!Array.isArray(c) || !Number.isFinite(lon) || !Number.isFinite(lat)) {
			err('Koordinaten fehlen oder sind keine Zahlen.');
			return out(NaN, NaN, false);
		}
		if (!inside([lon, lat], ctx.land)) err(`Punkt (${lon}, ${lat}) liegt außerhalb Thüringens.`);
	} else {
		try {
			[lon, lat] = pointOnFeature(raw as Feature).geometry.coordinates;
		} catch {
			lon = lat = NaN;
		}
		if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
			err('Koordinaten fehlen oder sind keine Zahlen.');
			return out(NaN, NaN, false);
		}
		if (!inside([lon, lat], ctx.land))
			err(`Fläche bei (${lon.toFixed(4)}, ${lat.toFixed(4)}) liegt außerhalb Thüringens.`);
	}
	if (!name) err('Name fehlt.');
	if (!id) err('id fehlt.');
	else if (ctx.ids.has(id)) err(`id „${id}“ kommt mehrfach vor.`);
	ctx.ids.add(id);
	return out(lon, lat, true);
}
