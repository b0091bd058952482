import { checkFeature, type Land } from '$lib/geo/features';
import type { Analysed, ParseIssue, RawRow } from './types';
import { jsonError } from './messages';
import { cellText } from './tabular';

const POINT = ['Point'];
const AREA = ['Polygon', 'MultiPolygon'];

/** the checked field, from the part of the message after `<file>, <label>: ` */
const columnOf = (message: string, prefix: string) => {
	const m = message.slice(prefix.length);
	return /^Name fehlt/.test(m) ? 'name' : /^id /.test(m) ? 'id' : 'geometry';
};

/**
 * A GeoJSON FeatureCollection of points or of polygons as a `Source`: id, name, the other properties,
 * lon/lat (for polygons a point on the surface) and, for polygons, the geometry as GeoJSON text.
 * Each feature is checked as in the Klima import (geometry type, inside Thuringia, name, unique id);
 * a feature with a problem becomes a parse issue, so the validator rejects its row. Never throws.
 */
export function analyseGeoJson(fileName: string, bytes: Uint8Array, land: Land): Analysed {
	let json: unknown;
	let text = '';
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return { ok: false, message: `„${fileName}“ ist kein UTF-8-Text – GeoJSON muss UTF-8 sein.` };
	}
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, message: `„${fileName}“ ist ${jsonError(text, e)}.` };
	}
	const fc = json as { type?: string; features?: unknown[] };
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return { ok: false, message: `„${fileName}“ ist keine GeoJSON-FeatureCollection.` };
	if (fc.features.length === 0)
		return { ok: false, message: `„${fileName}“ enthält keine Objekte (features ist leer).` };
	const first = fc.features.find((f) =>
		[...POINT, ...AREA].includes((f as { geometry?: { type?: string } })?.geometry?.type ?? '')
	) as { geometry: { type: string } } | undefined;
	const types = first && AREA.includes(first.geometry.type) ? AREA : POINT;
	const ids = new Set<string>();
	const checked = fc.features.map((raw, i) =>
		checkFeature(raw, i, { land, file: fileName, ids, types })
	);
	const keys: string[] = ['id', 'name'];
	for (const c of checked)
		for (const k of Object.keys(c.properties)) if (!keys.includes(k)) keys.push(k);
	const geoCols = types === AREA ? ['lon', 'lat', 'geometry'] : ['lon', 'lat'];
	const props = keys.filter((k) => !geoCols.includes(k));
	const issues: ParseIssue[] = [];
	const rows: RawRow[] = checked.map((c, i) => {
		const values = props.map((k) =>
			k === 'id' ? c.id : k === 'name' ? c.name : cellText(c.properties[k])
		);
		values.push(cellText(c.usable ? c.lon : null), cellText(c.usable ? c.lat : null));
		if (types === AREA) values.push(c.usable ? JSON.stringify(c.geometry) : '');
		for (const message of c.errors) {
			const column = columnOf(message, `${fileName}, ${c.label}: `);
			issues.push({
				row: i + 1,
				column,
				value: column === 'id' ? c.id : column === 'name' ? c.name : (c.geometry?.type ?? ''),
				message
			});
		}
		return { row: i + 1, values };
	});
	return {
		ok: true,
		source: {
			fileName,
			bytes: bytes.length,
			format: 'geojson',
			encoding: 'utf-8',
			bom: false,
			delimiter: ';',
			parsed: { headers: [...props, ...geoCols], rows, emptyLines: 0, issues }
		}
	};
}
