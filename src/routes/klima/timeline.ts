import type { Station } from './model';

export type Phase = 'vor' | 'an' | 'zwischen' | 'nach' | 'leer';

export interface TimelineState {
	phase: Phase;
	/** the station where the trees stand (phase 'an') */
	current: Station | null;
	/** previous and next station (phase 'zwischen': on the move) */
	previous: Station | null;
	next: Station | null;
	done: Station[];
	upcoming: Station[];
}

/** Where the trees are on `date` (ISO day); `bis` is the last day at a station. */
export function timelineAt(stations: Station[], date: string): TimelineState {
	const s = [...stations].sort((a, b) => a.reihenfolge - b.reihenfolge);
	const done = s.filter((x) => x.bis < date);
	const upcoming = s.filter((x) => x.von > date);
	const current = s.find((x) => x.von <= date && date <= x.bis) ?? null;
	const previous = done.at(-1) ?? null;
	const next = upcoming[0] ?? null;
	const phase: Phase = !s.length
		? 'leer'
		: current
			? 'an'
			: !previous
				? 'vor'
				: !next
					? 'nach'
					: 'zwischen';
	return { phase, current, previous, next, done, upcoming };
}

/** First and last day of the season. */
export function seasonRange(stations: Station[]): [string, string] | null {
	if (!stations.length) return null;
	const from = stations.map((s) => s.von).sort()[0];
	const to = stations
		.map((s) => s.bis)
		.sort()
		.at(-1)!;
	return [from, to];
}

export function addDays(iso: string, n: number): string {
	const d = new Date(`${iso}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86400000);
}

/**
 * The date the timeline opens on: a valid date from the URL, else today when today lies in the
 * season, else the season's first day.
 */
export function openingDate(stations: Station[], today: string, fromUrl?: string | null): string {
	if (fromUrl && /^\d{4}-\d{2}-\d{2}$/.test(fromUrl) && !Number.isNaN(Date.parse(fromUrl)))
		return fromUrl;
	const r = seasonRange(stations);
	return r && (today < r[0] || today > r[1]) ? r[0] : today;
}
