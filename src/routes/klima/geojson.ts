import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { checkFeature } from '$lib/geo/features';
import { AGS_LIST, KLIMAFELDER, type Kandidat, type Station } from './model';

export interface PlanData {
	kandidaten: Kandidat[];
	stationen: Station[];
}

/** One FeatureCollection of Points; `art` tells candidates and stations apart. */
export function toGeoJson(d: PlanData, sample: boolean) {
	const feature = (art: string, { lon, lat, ...props }: Kandidat | Station) => ({
		type: 'Feature' as const,
		id: props.id,
		properties: { art, ...props, ...(sample && art === 'station' ? { beispieldaten: true } : {}) },
		geometry: { type: 'Point' as const, coordinates: [lon, lat] }
	});
	return {
		type: 'FeatureCollection' as const,
		...(sample ? { hinweis: 'Stationen: Beispieldaten' } : {}),
		features: [
			...d.kandidaten.map((k) => feature('kandidat', k)),
			...d.stationen.map((s) => feature('station', s))
		]
	};
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const str = (v: unknown) =>
	typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/**
 * Parses and checks an import. Either everything is valid (ok) or nothing is taken (errors name
 * the feature: number, id, name).
 */
export function parsePlan(
	text: string,
	land: FeatureCollection<Polygon | MultiPolygon>,
	file = 'Datei'
): { ok: true; data: PlanData; sample: boolean } | { ok: false; errors: string[] } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, errors: [`${file}: kein gültiges JSON/GeoJSON.`] };
	}
	const fc = json as { type?: string; features?: unknown[] };
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return { ok: false, errors: [`${file}: keine GeoJSON-FeatureCollection.`] };
	const errors: string[] = [];
	const ids = new Set<string>();
	const data: PlanData = { kandidaten: [], stationen: [] };
	let sample = false;
	fc.features.forEach((raw, i) => {
		const c = checkFeature(raw, i, { land, file, ids, types: ['Point'] });
		errors.push(...c.errors);
		if (!c.usable) return;
		const { id, name, lon, lat, properties: p } = c;
		const err = (m: string) => errors.push(`${file}, ${c.label}: ${m}`);
		const notiz = str(p.notiz) || null;
		if (p.art === 'station') {
			if (p.beispieldaten === true) sample = true;
			const von = str(p.von);
			const bis = str(p.bis);
			if (!ISO.test(von) || !ISO.test(bis) || bis < von)
				err('von/bis fehlen oder sind kein gültiger Zeitraum (JJJJ-MM-TT).');
			data.stationen.push({
				id,
				reihenfolge: Number(p.reihenfolge) || data.stationen.length + 1,
				name,
				ags: str(p.ags),
				lon,
				lat,
				von,
				bis,
				baeume: Number(p.baeume) || 0,
				status: str(p.status) || 'geplant',
				notiz
			});
		} else {
			const klimafeld = str(p.klimafeld) || 'Hitze';
			if (!(KLIMAFELDER as readonly string[]).includes(klimafeld))
				err(`Klimafeld „${klimafeld}“ unbekannt (Hitze, Dürre, Starkregen).`);
			const ag = str(p.ag) || 'Klima';
			if (!(AGS_LIST as readonly string[]).includes(ag)) err(`AG „${ag}“ unbekannt.`);
			data.kandidaten.push({ id, name, klimafeld, ag, notiz, lon, lat });
		}
	});
	return errors.length ? { ok: false, errors } : { ok: true, data, sample };
}
