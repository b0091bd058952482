/** Parsing of single cells as German Excel writes them. Each parser returns a value or an error text. */

export type Result<T> =
	{ ok: true; value: T; note?: string } | { ok: false; message: string; suggestion?: string };

const ok = <T>(value: T, note?: string): Result<T> => ({ ok: true, value, note });
const fail = <T>(message: string, suggestion?: string): Result<T> => ({
	ok: false,
	message,
	suggestion
});

const GROUPED_DE = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN_DE = /^[+-]?\d+(,\d+)?$/;
const PLAIN_EN = /^[+-]?\d+\.\d+$/;
const GROUPED_EN = /^[+-]?\d{1,3}(,\d{3})+\.\d+$/;

/**
 * German numbers: 1.234,5 · 1234,5 · -3 · 12,5 % · 1.200 € (thousands dot, decimal comma).
 * Also plain 2.5 (a dot followed by other than three digits is a decimal point).
 */
export function parseNumber(raw: string): Result<number> {
	const s = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/^\u2212/, '-')
		.replace(/(%|€|EUR)$/i, '');
	if (s === '') return fail('leer');
	if (/^[+-]?\d+(,\d+)?E[+-]?\d+$/i.test(s)) {
		return fail(
			`„${raw}“ ist in wissenschaftlicher Schreibweise gespeichert – Excel hat die Stellen abgeschnitten.`
		);
	}
	let norm: string | undefined;
	if (GROUPED_DE.test(s)) norm = s.replaceAll('.', '').replace(',', '.');
	else if (PLAIN_DE.test(s)) norm = s.replace(',', '.');
	else if (PLAIN_EN.test(s) && !/^[+-]?\d{1,3}\.\d{3}$/.test(s)) norm = s;
	else if (GROUPED_EN.test(s)) norm = s.replaceAll(',', '');
	const n = norm === undefined ? NaN : Number(norm);
	if (!Number.isFinite(n)) return fail(`„${raw}“ ist keine Zahl (erwartet z. B. 1.234,5).`);
	return ok(n);
}

export function parseInteger(raw: string): Result<number> {
	const r = parseNumber(raw);
	if (!r.ok) return r;
	if (!Number.isInteger(r.value)) return fail(`„${raw}“ ist keine ganze Zahl.`);
	if (Math.abs(r.value) > 2_147_483_647) return fail(`„${raw}“ ist zu groß.`);
	return r;
}

export type DateFormat = 'TT.MM.JJJJ' | 'JJJJ-MM-TT' | 'TT.MM.JJ' | 'JJJJ';

export function parseDate(raw: string): Result<{ iso: string; format: DateFormat }> {
	const s = raw.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?Z?$/, '');
	let y: number, m: number, d: number, format: DateFormat;
	let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
	if (match) {
		[d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
		format = 'TT.MM.JJJJ';
	} else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) {
		[y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
		format = 'JJJJ-MM-TT';
	} else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/.exec(s))) {
		[d, m, y] = [Number(match[1]), Number(match[2]), 2000 + Number(match[3])];
		format = 'TT.MM.JJ';
	} else if ((match = /^(\d{4})$/.exec(s))) {
		[d, m, y] = [1, 1, Number(match[1])];
		format = 'JJJJ';
	} else {
		return fail(`„${raw}“ ist kein Datum (erwartet TT.MM.JJJJ, z. B. 31.12.2024).`);
	}
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return fail(`„${raw}“ ist kein gültiges Kalenderdatum.`);
	}
	const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return ok({ iso, format });
}

const TRUE = new Set(['ja', 'j', 'x', 'true', 'wahr', '1', 'yes', 'y']);
const FALSE = new Set(['nein', 'n', 'false', 'falsch', '0', 'no', '-']);

export function parseBool(raw: string): Result<boolean> {
	const s = raw.trim().toLowerCase();
	if (TRUE.has(s)) return ok(true);
	if (FALSE.has(s)) return ok(false);
	return fail(`„${raw}“ ist kein Ja/Nein-Wert (erwartet ja oder nein).`);
}

const digitsOnly = (raw: string) => raw.replace(/[\s\u00a0]/g, '');

/**
 * AGS as 8-digit text. A 12-digit ARS is converted (Land/Kreis + Gemeinde part); 7 digits mean
 * Excel dropped a leading zero – for Thuringia (16…) that is an error, with the padded value suggested.
 */
export function parseAgs(raw: string): Result<string> {
	const s = digitsOnly(raw);
	if (/^\d{8}$/.test(s)) return ok(s);
	if (/^\d{12}$/.test(s))
		return ok(s.slice(0, 5) + s.slice(9), `Regionalschlüssel ${s} in AGS umgerechnet`);
	if (/^\d{7}$/.test(s)) {
		return fail(
			`AGS „${raw}“ hat nur 7 Stellen – Excel hat wohl eine führende Null entfernt. Thüringer AGS beginnen mit 16.`,
			'0' + s
		);
	}
	if (/^[\d.,]+E\+?\d+$/i.test(s)) {
		return fail(`AGS „${raw}“ wurde von Excel als Zahl gespeichert – Spalte als Text formatieren.`);
	}
	return fail(`„${raw}“ ist kein Gemeindeschlüssel (8 Ziffern, z. B. 16053000).`);
}

/** ARS as 12-digit text (Zensus `_RS`). */
export function parseArs(raw: string): Result<string> {
	const s = digitsOnly(raw);
	if (/^\d{12}$/.test(s)) return ok(s);
	if (/^\d{11}$/.test(s)) {
		return fail(`Regionalschlüssel „${raw}“ hat nur 11 Stellen – führende Null verloren?`, '0' + s);
	}
	if (/^\d{1,10}$/.test(s))
		return fail(
			`„${raw}“ ist kein Gemeinde-Regionalschlüssel (12 Ziffern) – z. B. eine Kreis- oder Landeszeile.`
		);
	return fail(`„${raw}“ ist kein Regionalschlüssel (12 Ziffern).`);
}

/** PLZ as 5-digit text; 4 digits get the leading zero back (Thuringian PLZ 04…–07… lose it in Excel). */
export function parsePlz(raw: string): Result<string> {
	const s = digitsOnly(raw);
	if (/^\d{5}$/.test(s)) return ok(s);
	if (/^\d{4}$/.test(s)) return ok('0' + s, `führende Null ergänzt: ${'0' + s}`);
	return fail(`„${raw}“ ist keine Postleitzahl (5 Ziffern, z. B. 07743).`);
}
