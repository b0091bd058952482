import { formatLocale } from 'd3';

export const de = formatLocale({
	decimal: ',',
	thousands: '.',
	grouping: [3],
	currency: ['', '\u00a0€'],
	minus: '-'
});

const int = de.format(',.0f');
const cache = new Map<number, (n: number) => string>();

/** 2.100.277 */
export function fmtInt(n: number | null | undefined): string {
	return n === null || n === undefined || !Number.isFinite(n) ? '–' : int(n);
}

/** Made on first use: a German collator or date format costs tens of ms on a slow phone, at every start. */
function once<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

const collator = once(() => new Intl.Collator('de'));

/** German alphabetical order (Bösleben before Buttstädt): the comparator for every sorted name list. */
export const compareDe = (a: string, b: string): number => collator().compare(a, b);

const pluralRules = once(() => new Intl.PluralRules('de'));

/** The form of a noun for a count, as Intl.PluralRules('de') decides: pluralWord(1, 'Termin', 'Termine'). */
export function pluralWord(n: number, one: string, other: string): string {
	return pluralRules().select(n) === 'one' ? one : other;
}

/** Count and noun: "1 Termin", "3 Termine", "1.234 Objekte". */
export function plural(n: number, one: string, other: string): string {
	return `${fmtInt(n)} ${pluralWord(n, one, other)}`;
}

/** 1.234,5 with fixed decimals */
export function fmtNum(n: number | null | undefined, digits = 1): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	let f = cache.get(digits);
	if (!f) cache.set(digits, (f = de.format(`,.${digits}f`)));
	return f(n);
}

/** 7,7 % (value already in percent) */
export function fmtPct(n: number | null | undefined, digits = 1): string {
	return n === null || n === undefined || !Number.isFinite(n) ? '–' : `${fmtNum(n, digits)}\u00a0%`;
}

const DAY: Intl.DateTimeFormatOptions = {
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	timeZone: 'Europe/Berlin'
};
const dateFmt = once(() => new Intl.DateTimeFormat('de-DE', DAY));

/** ISO date (YYYY-MM-DD) → 29.11.2022, as a calendar date independent of the time zone. */
export function fmtDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const d = parseIsoDate(iso);
	return d ? dateFmt().format(d) : iso;
}

/** Noon UTC keeps the calendar day in Europe/Berlin. */
export function parseIsoDate(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return null;
	const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
	return Number.isNaN(d.getTime()) ? null : d;
}

/** Today as YYYY-MM-DD in Europe/Berlin. */
export function todayIso(now = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
}

const dateTimeFmt = once(
	() => new Intl.DateTimeFormat('de-DE', { ...DAY, hour: '2-digit', minute: '2-digit' })
);

/** ISO timestamp → 24.11.2026, 21:05 (Europe/Berlin). */
export function fmtDateTime(iso: string | null | undefined): string {
	if (!iso) return '–';
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : dateTimeFmt().format(d);
}

/**
 * Why a typed date cannot be used, in German – or '' if it can. `min`/`max` as ISO days.
 * A date field accepts years like 1923 or 20233; they get a message instead of being applied.
 */
export function dateProblem(iso: string, min: string, max: string): string {
	if (!iso) return 'Bitte ein vollständiges Datum eingeben (TT.MM.JJJJ).';
	const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? parseIsoDate(iso) : null;
	if (!d || d.toISOString().slice(0, 10) !== iso)
		return `„${iso}“ ist kein gültiges Datum – bitte im Format TT.MM.JJJJ eingeben.`;
	if (iso < min || iso > max)
		return `Der ${fmtDate(iso)} liegt außerhalb des möglichen Zeitraums (${fmtDate(min)} bis ${fmtDate(max)}). Bitte ein Datum in diesem Zeitraum wählen.`;
	return '';
}
