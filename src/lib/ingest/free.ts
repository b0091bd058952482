import type { FieldType, Mapping, Parsed, Target } from './types';
import { normName } from './mapping';
import { parseDate, parseInteger, parseNumber, parsePlz } from './values';

/** A column name DuckDB and SQL users like: lower case, umlauts spelled out, `_` between words. */
export function columnName(header: string, i: number): string {
	const s = header
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return s === '' ? `spalte_${i + 1}` : /^\d/.test(s) ? `s_${s}` : s;
}

/** A table name for a free import: `import_<file name>`. */
export function freeTableName(fileName: string): string {
	return 'import_' + columnName(fileName.replace(/\.[a-z0-9]+$/i, ''), 0).slice(0, 40);
}

/** Columns whose digits are a key, not a quantity (AGS, ARS, Schlüssel, Kennziffer): they stay text. */
const KEY_NAME = /^(ags|ars|rs|gkz|gemeindeschluessel|regionalschluessel|schluessel|kennziffer)$/;

/**
 * The type every filled cell of the column has (leading zeros stay text). A column named PLZ is a postcode
 * column only when every cell is one (4-digit ones regain their zero); a key column (AGS …) stays text.
 */
export function inferType(values: readonly string[], header = ''): FieldType {
	const filled = values.map((v) => v.trim()).filter((v) => v !== '');
	if (filled.length === 0) return 'text';
	const name = normName(header);
	if (/^(plz|postleitzahl)$/.test(name) && filled.every((v) => parsePlz(v).ok)) return 'plz';
	if (KEY_NAME.test(name)) return 'text';
	if (filled.some((v) => /^0\d/.test(v))) return 'text';
	if (filled.every((v) => parseInteger(v).ok)) return 'int';
	if (filled.every((v) => parseNumber(v).ok)) return 'float';
	if (filled.every((v) => parseDate(v).ok)) return 'date';
	return 'text';
}

/** A free table: one column per header, types inferred from the values (leading zeros stay text). */
export function freeTarget(
	parsed: Parsed,
	table: string,
	types?: readonly FieldType[]
): { target: Target; mapping: Mapping } {
	const used = new Set<string>();
	const mapping: Mapping = {};
	const fields = parsed.headers.map((h, i) => {
		let name = columnName(h, i);
		while (used.has(name)) name += '_' + (i + 1);
		used.add(name);
		mapping[name] = h;
		const values = parsed.rows.map((r) => r.values[i] ?? '');
		return { name, type: types?.[i] ?? inferType(values, h), label: h };
	});
	return { target: { table, title: table, fields, flag: 'user' }, mapping };
}
