import { scaleUtc } from 'd3';
import { parseIsoDate } from '$lib/format';
import type { ReportEvent } from './report';

/** narrower than this, each lane's name stands above its track (as on a phone) */
const STACK = 560;

/** Whole years from the first known date to the year after the last (the Stichtag included). */
export function timelineDomain(events: ReportEvent[], stichtag: string): [Date, Date] {
	const dates = events
		.flatMap((e) => [e.date, e.date_end])
		.filter((d): d is string => !!d && d <= stichtag);
	const sorted = [...dates, stichtag].sort();
	const first = parseIsoDate(sorted[0] ?? '2021-01-01')!;
	const last = parseIsoDate(sorted.at(-1) ?? '2025-12-31')!;
	return [
		new Date(Date.UTC(first.getUTCFullYear() - (dates.length ? 0 : 1), 0, 1)),
		new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1))
	];
}

export function timelineLayout(w: number, domain: [Date, Date], lanes: number, stichtag: string) {
	const stacked = w < STACK;
	const laneH = stacked ? 46 : 34;
	const labelW = stacked ? 8 : 190;
	const x = scaleUtc()
		.domain(domain)
		.range([labelW, w - 10]);
	return {
		w,
		stacked,
		laneH,
		labelW,
		/** vertical centre of a lane's marks */
		mid: stacked ? 31 : laneH / 2,
		height: lanes * laneH + 40,
		xOf: (iso: string) => x(parseIsoDate(iso < stichtag ? iso : stichtag)!),
		years: x.ticks(stacked ? 4 : 6).filter((t) => x(t) < w - 20),
		x
	};
}

/** Spans with the same range (e.g. three visits „im Jahr 2024“) are drawn once, with their count. */
export function groupSpans(events: ReportEvent[]) {
	const out: { e: ReportEvent; n: number; titles: string[] }[] = [];
	for (const e of events) {
		const same = out.find(
			(o) => o.e.date_end && e.date_end && o.e.date === e.date && o.e.date_end === e.date_end
		);
		if (same && e.date_end !== e.date) {
			same.n++;
			same.titles.push(e.title);
		} else out.push({ e, n: 1, titles: [e.title] });
	}
	return out;
}
