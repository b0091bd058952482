/**
 * Status rules for the alliance's targets, driven by the comparator:
 * cap („bis zu“) → im Rahmen / ausgeschöpft / überschritten; plan → erreicht / offen (with progress);
 * deadline → erledigt / offen (days left) / überfällig (only with a „nicht geliefert“ record).
 * Nothing recorded → „ohne Nachweis“ (key `keine_angabe`). Everything is evaluated against a Stichtag
 * (see asof.ts for what is known by then).
 */
import { fmtDate, fmtInt, fmtNum, parseIsoDate, todayIso } from '$lib/format';
import { eventStand } from './asof';
import type { EventRow, KpiRecord, KpiTarget, PilotRow, Zeitraum } from './types';

export type StatusKey =
	| 'im_rahmen'
	| 'ausgeschoepft'
	| 'ueberschritten'
	| 'erreicht'
	| 'offen'
	| 'erledigt'
	| 'ueberfaellig'
	| 'keine_angabe';

export const STATUS_LABEL: Record<StatusKey, string> = {
	im_rahmen: 'im Rahmen',
	ausgeschoepft: 'ausgeschöpft',
	ueberschritten: 'überschritten',
	erreicht: 'erreicht',
	offen: 'offen',
	erledigt: 'erledigt',
	ueberfaellig: 'überfällig',
	keine_angabe: 'ohne Nachweis'
};

export const ZEITRAUM_LABEL: Record<Zeitraum, string> = {
	'2023': 'Jahr 2023',
	'2024': 'Jahr 2024',
	gesamt: 'gesamte Vertragslaufzeit'
};

export const ZEITRAEUME: Zeitraum[] = ['2023', '2024', 'gesamt'];

export function parseZeitraum(v: string | null | undefined): Zeitraum {
	return v === '2023' || v === '2024' ? v : 'gesamt';
}

/** A valid ISO date from the URL, else today (Europe/Berlin). */
export function parseStichtag(v: string | null | undefined, now = new Date()): string {
	return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v) ? v : todayIso(now);
}

/** Whole days from `from` to `to` (ISO dates); positive if `to` is later. */
export function daysBetween(from: string, to: string): number {
	const a = parseIsoDate(from);
	const b = parseIsoDate(to);
	if (!a || !b) return NaN;
	return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

export function capStatus(value: number | null, cap: number): StatusKey {
	if (value === null) return 'keine_angabe';
	return value < cap ? 'im_rahmen' : value === cap ? 'ausgeschoepft' : 'ueberschritten';
}

export function planStatus(value: number | null, plan: number): StatusKey {
	if (value === null) return 'keine_angabe';
	return value >= plan ? 'erreicht' : 'offen';
}

export interface Delivery {
	ergebnis: 'geliefert' | 'nicht_geliefert';
	datum: string;
}

export function deadlineStatus(
	delivery: Delivery | null,
	due: string,
	stichtag: string
): { key: StatusKey; daysLeft: number } {
	const daysLeft = daysBetween(stichtag, due);
	if (!delivery) return { key: 'keine_angabe', daysLeft };
	if (delivery.ergebnis === 'geliefert') return { key: 'erledigt', daysLeft };
	return { key: daysLeft >= 0 ? 'offen' : 'ueberfaellig', daysLeft };
}

/** The calendar year an event certainly lies in, or null (no date, or a span across years). */
export function certainYear(e: Pick<EventRow, 'date' | 'date_end'>): number | null {
	if (!e.date) return null;
	const y1 = e.date.slice(0, 4);
	const y2 = (e.date_end ?? e.date).slice(0, 4);
	return y1 === y2 ? Number(y1) : null;
}

/**
 * Seed events of the given kind that count in `year` up to the Stichtag: held by then (asof.ts),
 * whole date range in that year, not already contained in a counted aggregate. Aggregates without a certain year
 * („bis 23.02.2023, Beginn unsicher“) never count.
 */
export function seedEventsInYear(
	events: readonly EventRow[],
	kind: string,
	year: number,
	stichtag: string
): EventRow[] {
	const counted = (e: EventRow) =>
		e.kind === kind && certainYear(e) === year && eventStand(e, stichtag) === 'stattgefunden';
	const ids = new Set(events.filter(counted).map((e) => e.id));
	return events.filter((e) => counted(e) && !(e.enthalten_in && ids.has(e.enthalten_in)));
}

const recordsUpTo = (records: readonly KpiRecord[], stichtag: string) =>
	records.filter((r) => r.datum <= stichtag);

export interface KpiEvaluation {
	target: KpiTarget;
	key: StatusKey;
	label: string;
	value: number | null;
	/** 0…1 for cap and plan, null otherwise */
	progress: number | null;
	comparatorText: string;
	valueText: string;
	detail: string;
	/** where the value comes from */
	basis: 'Quelle' | 'eigene Erfassung' | 'Quelle und eigene Erfassung' | 'keine';
	daysLeft: number | null;
}

export function comparatorText(t: KpiTarget): string {
	const v = t.target_value === null ? '' : fmtInt(t.target_value);
	if (t.comparator === 'cap') return `Obergrenze: bis zu ${v} ${t.unit}`;
	if (t.comparator === 'plan') return `Plan: ${v} ${t.unit}`;
	return `Frist: ${fmtDate(t.target_date)}`;
}

function basisOf(seed: number, own: number): KpiEvaluation['basis'] {
	if (seed && own) return 'Quelle und eigene Erfassung';
	if (seed) return 'Quelle';
	if (own) return 'eigene Erfassung';
	return 'keine';
}

const COUNT_KINDS = [
	'buendnistreffen',
	'ag_sitzung',
	'ag_leitung',
	'veranstaltung',
	'partnerveranstaltung'
];

/** The measured value of a target at the Stichtag, and how many records it rests on. */
export function measure(
	t: KpiTarget,
	events: readonly EventRow[],
	pilots: readonly PilotRow[],
	records: readonly KpiRecord[],
	stichtag: string
): { value: number | null; seed: number; own: number } {
	const own = recordsUpTo(records, stichtag);
	const year = /^\d{4}$/.test(t.period) ? Number(t.period) : null;
	const m = t.measure ?? '';
	if (COUNT_KINDS.includes(m)) {
		const seedRows = year === null ? [] : seedEventsInYear(events, m, year, stichtag);
		const mine = own.filter(
			(r) => r.typ === 'termin' && r.kind === m && (year === null || r.datum.startsWith(t.period))
		);
		if (!seedRows.length && !mine.length) return { value: null, seed: 0, own: 0 };
		const value =
			seedRows.reduce((s, e) => s + e.anzahl, 0) + mine.reduce((s, r) => s + (r.anzahl ?? 1), 0);
		return { value, seed: seedRows.length, own: mine.length };
	}
	if (m === 'pilot') {
		const named = pilots.filter((p) => p.status !== 'offen' || p.title);
		return { value: pilots.length ? named.length : null, seed: pilots.length, own: 0 };
	}
	if (m === 'teaser') {
		const mine = own.filter((r) => r.typ === 'teaser');
		const value = mine.length ? mine.reduce((s, r) => s + (r.anzahl ?? 0), 0) : null;
		return { value, seed: 0, own: mine.length };
	}
	if (m === 'leg_stunden' || m === 'partner_stunden') {
		const mine = own.filter((r) => r.typ === 'stunden' && r.kpi_id === t.id);
		const value = mine.length ? mine.reduce((s, r) => s + (r.stunden ?? 0), 0) : null;
		return { value, seed: 0, own: mine.length };
	}
	if (m === 'lieferung') {
		const d = latestDelivery(t.id, own);
		return { value: d ? (d.ergebnis === 'geliefert' ? 1 : 0) : null, seed: 0, own: d ? 1 : 0 };
	}
	return { value: null, seed: 0, own: 0 };
}

/** The most recent delivery record for a target up to the Stichtag. */
export function latestDelivery(kpiId: string, records: readonly KpiRecord[]): Delivery | null {
	const list = records
		.filter((r) => r.typ === 'lieferung' && r.kpi_id === kpiId && r.ergebnis)
		.sort((a, b) => (a.datum + a.erfasst).localeCompare(b.datum + b.erfasst));
	const last = list.at(-1);
	return last ? { ergebnis: last.ergebnis!, datum: last.datum } : null;
}

const num = (v: number, unit: string) =>
	`${Number.isInteger(v) ? fmtInt(v) : fmtNum(v, 1)} ${unit}`;

export function evaluate(
	t: KpiTarget,
	events: readonly EventRow[],
	pilots: readonly PilotRow[],
	records: readonly KpiRecord[],
	stichtag: string
): KpiEvaluation {
	const { value, seed, own } = measure(t, events, pilots, records, stichtag);
	const base = { target: t, comparatorText: comparatorText(t), basis: basisOf(seed, own) };
	if (t.comparator === 'deadline' && t.target_date) {
		const d = latestDelivery(t.id, recordsUpTo(records, stichtag));
		const { key, daysLeft } = deadlineStatus(d, t.target_date, stichtag);
		const detail =
			key === 'erledigt'
				? `geliefert am ${fmtDate(d!.datum)}${d!.datum > t.target_date ? ' (nach der Frist)' : ''}`
				: key === 'offen'
					? daysLeft === 0
						? 'nicht geliefert, Frist endet heute'
						: `nicht geliefert, noch ${fmtInt(daysLeft)} Tage`
					: key === 'ueberfaellig'
						? `nicht geliefert, Frist seit ${fmtInt(-daysLeft)} Tagen abgelaufen`
						: 'keine Lieferung erfasst';
		return {
			...base,
			key,
			label: STATUS_LABEL[key],
			value,
			progress: null,
			valueText: d ? (d.ergebnis === 'geliefert' ? 'geliefert' : 'nicht geliefert') : '–',
			detail,
			daysLeft
		};
	}
	const target = t.target_value ?? 0;
	const key = t.comparator === 'cap' ? capStatus(value, target) : planStatus(value, target);
	const progress = value === null || target <= 0 ? null : Math.min(value / target, 1.5);
	const detail =
		value === null
			? 'nichts erfasst'
			: t.comparator === 'cap'
				? `${fmtNum(value, Number.isInteger(value) ? 0 : 1)} von höchstens ${num(target, t.unit)}`
				: `${fmtNum(value, Number.isInteger(value) ? 0 : 1)} von ${num(target, t.unit)} (Plan)`;
	return {
		...base,
		key,
		label: STATUS_LABEL[key],
		value,
		progress,
		valueText: value === null ? '–' : num(value, t.unit),
		detail,
		daysLeft: null
	};
}

/** Targets shown for a period: that year's rows plus whole-contract rows; everything for „gesamt“. */
export function targetsFor(targets: readonly KpiTarget[], zeitraum: Zeitraum): KpiTarget[] {
	return zeitraum === 'gesamt'
		? [...targets]
		: targets.filter((t) => t.period === zeitraum || t.period === 'vertrag');
}

/** Is a target due at the Stichtag (its deadline, or the start of its year, has come)? */
export function faellig(t: KpiTarget, stichtag: string): boolean {
	if (t.target_date) return t.target_date <= stichtag;
	return /^\d{4}$/.test(t.period) ? `${t.period}-01-01` <= stichtag : true;
}

/** The report's status groups (first page), in reading order; every StatusKey is in one group. */
export const STATUS_GRUPPEN: { key: string; label: string; keys: StatusKey[] }[] = [
	{ key: 'erreicht', label: 'erreicht', keys: ['erreicht', 'erledigt'] },
	{ key: 'im_rahmen', label: 'im Rahmen', keys: ['im_rahmen', 'ausgeschoepft'] },
	{ key: 'offen', label: 'offen', keys: ['offen'] },
	{
		key: 'ueberfaellig',
		label: 'überfällig / überschritten',
		keys: ['ueberfaellig', 'ueberschritten']
	},
	{ key: 'ohne_nachweis', label: 'ohne Nachweis', keys: ['keine_angabe'] }
];
