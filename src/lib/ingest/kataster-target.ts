import { KATASTER_COLUMNS, type KatasterColumn } from '$lib/kataster/schema';
import { LAT, LON, type FieldType, type Target, type TargetField } from './types';

const EXTRA_ALIASES: Record<string, readonly string[]> = {
	id: ['objektid', 'objektnr', 'lfdnr', 'objectid', 'key'],
	ags: ['gkz', 'gemeindekennziffer', 'municipalitycode', 'municipality'],
	nutzung: ['nutzungsart', 'use', 'usage'],
	flaeche_m2: ['qm', 'area', 'groesse', 'size'],
	leer_seit: ['leerstandseit', 'vacantsince', 'since'],
	adresse: ['address', 'street'],
	lon: ['laenge', 'longitude'],
	lat: ['breite', 'latitude'],
	miete_eur_m2: ['rent'],
	bezeichnung: ['objektbezeichnung']
};

function field(c: KatasterColumn): TargetField {
	const type: FieldType = c.name === 'ags' ? 'ags' : c.type;
	return {
		name: c.name,
		type,
		label: c.label,
		required: c.required,
		values: c.allowed,
		aliases: [...(c.aliases ?? []), ...(EXTRA_ALIASES[c.name] ?? [])],
		...(c.name === 'lon' ? LON : c.name === 'lat' ? LAT : {}),
		...(c.name === 'flaeche_m2' ? { min: 0.01, max: 100_000 } : {}),
		...(c.name === 'miete_eur_m2' ? { min: 0, max: 200 } : {}),
		...(c.type === 'date' ? { min: 1950, max: 2100 } : {})
	};
}

/** Leerstandskataster objects (table `kataster`, schema of src/lib/kataster/schema.ts). */
export const KATASTER: Target = {
	table: 'kataster',
	title: 'Leerstandskataster (Objekte)',
	key: 'id',
	generateKey: true,
	flag: 'user',
	fields: KATASTER_COLUMNS.filter((c) => !c.derived).map(field),
	derived: KATASTER_COLUMNS.filter((c) => c.derived).map(field),
	extraColumn: 'extra',
	complete(r, ref) {
		const ags = String(r.ags);
		const g = ref.gemeinden.get(ags);
		r.kreis_ags = ags.slice(0, 5);
		r.size_class = g?.size_class ?? null;
		r.status ??= 'leer';
		r.lage_ungefaehr = r.lon === null || r.lat === null;
		if (r.lage_ungefaehr) {
			r.lon = g?.lon ?? null;
			r.lat = g?.lat ?? null;
		}
		r.datenstatus = 'importiert';
	}
};
