import type { Station } from './model';
import { addDays } from './timeline';

const enc = new TextEncoder();

/** RFC 5545 TEXT escaping. */
export function escapeText(s: string): string {
	return s
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character. */
export function fold(line: string): string {
	const out: string[] = [];
	let cur = '';
	let bytes = 0;
	for (const ch of line) {
		const n = enc.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74;
		if (bytes + n > limit) {
			out.push(cur);
			cur = '';
			bytes = 0;
		}
		cur += ch;
		bytes += n;
	}
	out.push(cur);
	return out.join('\r\n ');
}

const day = (iso: string) => iso.replaceAll('-', '');
const stamp = (d: Date) =>
	d
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** All-day events per station (DTEND exclusive = day after `bis`). */
export function stationsToIcs(stations: Station[], opts: { sample: boolean; now: Date }): string {
	const prefix = opts.sample ? '[Beispieldaten] ' : '';
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Innenstadt-Atlas Thueringen//Wanderbaumallee//DE',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	for (const s of [...stations].sort((a, b) => a.reihenfolge - b.reihenfolge)) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${s.id}@wanderbaumallee.innenstadt-atlas-thueringen`,
			`DTSTAMP:${stamp(opts.now)}`,
			`DTSTART;VALUE=DATE:${day(s.von)}`,
			`DTEND;VALUE=DATE:${day(addDays(s.bis, 1))}`,
			`SUMMARY:${escapeText(`${prefix}Wanderbaumallee – Station ${s.reihenfolge}: ${s.name}`)}`,
			`DESCRIPTION:${escapeText(`${s.baeume} Bäume; Status: ${s.status}${s.notiz ? `; ${s.notiz}` : ''}${opts.sample ? '; Beispieldaten, kein realer Termin' : ''}`)}`,
			`GEO:${s.lat.toFixed(6)};${s.lon.toFixed(6)}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
