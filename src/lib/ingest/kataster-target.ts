import { KATASTER_COLUMNS, type KatasterColumn } from '$lib/kataster/schema';
import { completeKataster, KATASTER_ALIASES } from '$lib/kataster/target';
import { LAT, LON, type FieldType, type Target, type TargetField } from './types';

function field(c: KatasterColumn): TargetField {
	const type: FieldType = c.name === 'ags' ? 'ags' : c.type;
	return {
		name: c.name,
		type,
		label: c.label,
		required: c.required,
		values: c.allowed,
		aliases: [...(c.aliases ?? []), ...(KATASTER_ALIASES[c.name] ?? [])],
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
	seed: 'kataster_beispiel',
	fields: KATASTER_COLUMNS.filter((c) => !c.derived).map(field),
	derived: KATASTER_COLUMNS.filter((c) => c.derived).map(field),
	extraColumn: 'extra',
	complete: (r, ref) => completeKataster(r, ref.gemeinden)
};
