import { KATASTER_COLUMNS } from '../../../src/lib/kataster/schema';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Problems of one row against the schema, in German (empty = valid). */
export function validateKatasterRow(row: Record<string, unknown>): string[] {
	const errors: string[] = [];
	for (const c of KATASTER_COLUMNS) {
		const v = row[c.name];
		if (v === null || v === undefined || v === '') {
			if (c.required) errors.push(`Spalte „${c.label}“ (${c.name}) fehlt`);
			continue;
		}
		const bad = (why: string) => errors.push(`Spalte „${c.label}“ (${c.name}): ${why}`);
		if (c.type === 'date' && (typeof v !== 'string' || !ISO.test(v)))
			bad(`„${String(v)}“ ist kein Datum (JJJJ-MM-TT)`);
		else if ((c.type === 'float' || c.type === 'int') && typeof v !== 'number')
			bad(`„${String(v)}“ ist keine Zahl`);
		else if (c.type === 'bool' && typeof v !== 'boolean') bad(`„${String(v)}“ ist nicht ja/nein`);
		else if (c.allowed && !c.allowed.includes(String(v)))
			bad(`„${String(v)}“ ist nicht erlaubt (erlaubt: ${c.allowed.join(', ')})`);
	}
	if (typeof row.ags === 'string' && !/^16\d{6}$/.test(row.ags))
		errors.push(`Spalte „Gemeinde (AGS)“: „${row.ags}“ ist kein Thüringer AGS`);
	if (typeof row.flaeche_m2 === 'number' && !(row.flaeche_m2 > 0))
		errors.push('Spalte „Fläche (m²)“ muss größer als 0 sein');
	return errors;
}
