import { normName } from './mapping';
import type {
	Mapping,
	Parsed,
	Problem,
	RawRow,
	Record_,
	Reference,
	Target,
	TargetField,
	Validated,
	Value
} from './types';
import {
	parseAgs,
	parseArs,
	parseBool,
	parseDate,
	parseInteger,
	parseNumber,
	parsePlz,
	type DateFormat,
	type Result
} from './values';

export const MISSING_OK = new Set(['', '-', '–', 'k. a.', 'k.a.', 'n. a.', 'na', 'null']);

function convert(f: TargetField, raw: string): Result<Value> {
	switch (f.type) {
		case 'int':
			return parseInteger(raw);
		case 'float':
			return parseNumber(raw);
		case 'bool':
			return parseBool(raw);
		case 'date': {
			const r = parseDate(raw);
			return r.ok ? { ok: true, value: r.value.iso } : r;
		}
		case 'ags':
			return parseAgs(raw);
		case 'ars':
			return parseArs(raw);
		case 'plz':
			return parsePlz(raw);
		default:
			return { ok: true, value: raw.trim() };
	}
}

/**
 * Checks every row against the target before anything changes: types, ranges, allowed values, required
 * fields, plausible dates, AGS known (old Gemeinden → successor suggested), duplicate keys.
 * Feed rows in chunks with `push`, then `finish`.
 */
export class Validator {
	readonly problems: Problem[] = [];
	readonly records: Record_[] = [];
	readonly rows: number[] = [];
	readonly rejected: RawRow[] = [];
	private readonly index: Map<string, number>;
	private readonly seen = new Map<string, number>();
	private readonly formats = new Map<string, Map<DateFormat, number>>();
	private readonly fileError: boolean;

	constructor(
		private readonly headers: readonly string[],
		private readonly target: Target,
		private readonly mapping: Mapping,
		private readonly ref: Reference,
		private readonly existingKeys: ReadonlySet<string> = new Set(),
		private readonly parseIssueRows: ReadonlySet<number> = new Set()
	) {
		this.index = new Map(headers.map((h, i) => [h, i]));
		for (const f of target.fields) {
			const h = mapping[f.name];
			if (h !== undefined && !this.index.has(h)) mapping[f.name] = undefined;
			if (
				f.required &&
				mapping[f.name] === undefined &&
				!(f.name === target.key && target.generateKey)
			) {
				this.problems.push({
					row: 1,
					column: f.name,
					value: '',
					message: `Die Pflichtspalte „${f.label}“ (${f.name}) fehlt oder ist nicht zugeordnet.`,
					severity: 'fehler'
				});
			}
		}
		this.fileError = this.problems.length > 0;
	}

	push(rows: readonly RawRow[]): void {
		for (const r of rows) this.check(r);
	}

	private check(r: RawRow): void {
		if (this.fileError) {
			this.rejected.push(r);
			return;
		}
		const before = this.problems.length;
		const record: Record_ = {};
		let bad = this.parseIssueRows.has(r.row);
		for (const f of this.target.fields) {
			const header = this.mapping[f.name];
			const raw = header === undefined ? '' : (r.values[this.index.get(header)!] ?? '');
			const column = header ?? f.name;
			const add = (
				message: string,
				severity: Problem['severity'] = 'fehler',
				suggestion?: string
			) => {
				this.problems.push({ row: r.row, column, value: raw, message, severity, suggestion });
				if (severity === 'fehler') bad = true;
			};
			if (MISSING_OK.has(raw.trim().toLowerCase())) {
				record[f.name] = null;
				if (f.required && !(f.name === this.target.key && this.target.generateKey)) {
					add(`Pflichtfeld „${f.label}“ ist leer.`);
				}
				continue;
			}
			const byName =
				f.type === 'ags' && /[a-zäöü]/i.test(raw) ? this.ref.byName.get(normName(raw)) : undefined;
			const res = byName
				? { ok: true as const, value: byName, note: `Gemeindename „${raw.trim()}“ → AGS ${byName}` }
				: convert(f, raw);
			if (!res.ok) {
				add(res.message, 'fehler', res.suggestion);
				record[f.name] = null;
				continue;
			}
			if (res.note) add(res.note, 'hinweis');
			let value = res.value;
			if (f.type === 'date') this.countFormat(f.name, raw);
			if (typeof value === 'number' && !this.inRange(f, value)) {
				add(`Wert ${raw.trim()} liegt außerhalb des zulässigen Bereichs (${this.rangeText(f)}).`);
			}
			if (f.type === 'date' && typeof value === 'string') {
				const y = Number(value.slice(0, 4));
				if (y < (f.min ?? 1900) || y > (f.max ?? 2100)) {
					add(
						`Datum ${raw.trim()} ist nicht plausibel (Jahr ${f.min ?? 1900}–${f.max ?? 2100} erwartet).`
					);
				}
			}
			if (f.values && typeof value === 'string') {
				const hit = f.values.find((v) => v.toLowerCase() === (value as string).toLowerCase());
				if (hit) value = hit;
				else add(`„${raw.trim()}“ ist kein zulässiger Wert (erlaubt: ${f.values.join(', ')}).`);
			}
			if (f.type === 'ags' && typeof value === 'string') this.checkAgs(value, add);
			if (f.type === 'ars' && typeof value === 'string' && !this.ref.ars2022.has(value)) {
				add(`Regionalschlüssel ${value} ist keine Thüringer Gemeinde des Gebietsstands 2022.`);
			}
			record[f.name] = value;
		}
		const key = this.target.key;
		if (key) {
			if (record[key] === null && this.target.generateKey) record[key] = `z${r.row}`;
			const k = record[key];
			if (k !== null && k !== undefined) {
				const ks = String(k);
				const first = this.seen.get(ks);
				const column = this.mapping[key] ?? key;
				if (first !== undefined) {
					this.problems.push({
						row: r.row,
						column,
						value: ks,
						message: `Doppelter Schlüssel „${ks}“ (schon in Zeile ${first}).`,
						severity: 'fehler'
					});
					bad = true;
				} else if (this.existingKeys.has(ks)) {
					this.problems.push({
						row: r.row,
						column,
						value: ks,
						message: `Schlüssel „${ks}“ gibt es in der Tabelle schon (Anfügen).`,
						severity: 'fehler'
					});
					bad = true;
				} else this.seen.set(ks, r.row);
			}
		}
		if (!bad && this.target.extraColumn) {
			const mapped = new Set(Object.values(this.mapping));
			const extra: Record<string, string> = {};
			this.headers.forEach((h, i) => {
				if (!mapped.has(h) && r.values[i]?.trim()) extra[h] = r.values[i].trim();
			});
			record[this.target.extraColumn] = Object.keys(extra).length ? JSON.stringify(extra) : null;
		}
		if (!bad) this.target.complete?.(record, this.ref);
		if (bad) {
			if (this.problems.length === before && !this.parseIssueRows.has(r.row)) {
				throw new Error('Validator: abgelehnte Zeile ohne Problem');
			}
			this.rejected.push(r);
		} else {
			this.records.push(record);
			this.rows.push(r.row);
		}
	}

	private checkAgs(ags: string, add: (m: string, s?: Problem['severity'], sug?: string) => void) {
		if (this.ref.ags.has(ags)) return;
		const succ = this.ref.successors.get(ags);
		if (succ && succ.ags !== ags) {
			add(
				`AGS ${ags} (${succ.oldName}) gibt es nicht mehr – die Gemeinde ist in ${succ.name} (${succ.ags.replaceAll('|', ', ')}) aufgegangen.`,
				'fehler',
				succ.ags
			);
		} else add(`AGS ${ags} ist keine Thüringer Gemeinde (Gebietsstand 30.11.2025).`);
	}

	private inRange(f: TargetField, v: number) {
		return (f.min === undefined || v >= f.min) && (f.max === undefined || v <= f.max);
	}

	private rangeText(f: TargetField) {
		if (f.min !== undefined && f.max !== undefined) return `${f.min} bis ${f.max}`;
		return f.min !== undefined ? `mindestens ${f.min}` : `höchstens ${f.max}`;
	}

	private countFormat(field: string, raw: string) {
		const r = parseDate(raw);
		if (!r.ok) return;
		const m = this.formats.get(field) ?? new Map<DateFormat, number>();
		m.set(r.value.format, (m.get(r.value.format) ?? 0) + 1);
		this.formats.set(field, m);
	}

	/** Counts dates of `format` checked elsewhere (the SQL part of a bulk import) as if they came now. */
	addFormat(field: string, format: DateFormat, n: number) {
		if (n <= 0) return;
		const m = this.formats.get(field) ?? new Map<DateFormat, number>();
		m.set(format, (m.get(format) ?? 0) + n);
		this.formats.set(field, m);
	}

	/** Adds file-level notes (mixed date formats) and returns the result. */
	finish(): Validated {
		for (const [field, m] of this.formats) {
			if (m.size < 2) continue;
			const text = [...m].map(([f, n]) => `${n}× ${f}`).join(', ');
			this.problems.push({
				row: 1,
				column: this.mapping[field] ?? field,
				value: '',
				message: `Gemischte Datumsformate (${text}) – alle wurden erkannt; bitte prüfen, ob Tag und Monat stimmen.`,
				severity: 'hinweis'
			});
		}
		return {
			records: this.records,
			rows: this.rows,
			rejected: this.rejected,
			problems: this.problems
		};
	}
}

/** Validates all rows at once (tests, small files). */
export function validate(
	parsed: Parsed,
	target: Target,
	mapping: Mapping,
	ref: Reference,
	existingKeys?: ReadonlySet<string>
): Validated {
	const issueRows = new Set(parsed.issues.map((i) => i.row));
	const v = new Validator(parsed.headers, target, { ...mapping }, ref, existingKeys, issueRows);
	for (const i of parsed.issues) v.problems.push({ ...i, severity: 'fehler' });
	v.push(parsed.rows);
	return v.finish();
}
