/**
 * The one rule for a Stichtag: as of a date the app shows only what was known or had happened by then.
 * - dated after the Stichtag (its date, or the end of its period, lies later) → „nach dem Stichtag“:
 *   outside every count and not in the report (a yearly total is only known once its year is over);
 * - held by the Stichtag → „stattgefunden“;
 * - planned and its date passed without a record → „ohne Nachweis“ (an own record of the same kind
 *   within the planned dates → „belegt (eigene Erfassung)“).
 * Ministry milestones are announcements: running at the Stichtag → „angekündigt“.
 */
import type { EventRow, FaktRow, KpiRecord, MeilensteinRow, PilotRow, ZielRow } from './types';

export type Stand = 'stattgefunden' | 'belegt' | 'angekuendigt' | 'ohne_nachweis' | 'nach_stichtag';

export const STAND_LABEL: Record<Stand, string> = {
	stattgefunden: 'stattgefunden',
	belegt: 'belegt (eigene Erfassung)',
	angekuendigt: 'angekündigt',
	ohne_nachweis: 'ohne Nachweis',
	nach_stichtag: 'nach dem Stichtag'
};

interface Dated {
	start: string | null;
	end: string | null;
	held: boolean;
}

/** Where a dated item stands at the Stichtag; `belegt`: a record proves a planned one. */
export function standAm(item: Dated, stichtag: string, belegt = false): Stand {
	const start = item.start ?? item.end;
	const end = item.end ?? item.start;
	if (!start || !end || end > stichtag) return 'nach_stichtag';
	if (item.held) return 'stattgefunden';
	return belegt ? 'belegt' : 'ohne_nachweis';
}

/** Was it known (or had it happened) by the Stichtag? Everything but „nach dem Stichtag“. */
export const bekannt = (s: Stand) => s !== 'nach_stichtag';

const recordProves = (e: EventRow, records: readonly KpiRecord[], stichtag: string) => {
	const start = e.date ?? e.date_end ?? '';
	const end = e.date_end ?? e.date ?? '';
	return records.some(
		(r) =>
			r.typ === 'termin' &&
			r.kind === e.kind &&
			r.datum >= start &&
			r.datum <= end &&
			r.datum <= stichtag
	);
};

export function eventStand(
	e: EventRow,
	stichtag: string,
	records: readonly KpiRecord[] = []
): Stand {
	return standAm(
		{ start: e.date, end: e.date_end, held: e.status === 'stattgefunden' },
		stichtag,
		e.status !== 'stattgefunden' && recordProves(e, records, stichtag)
	);
}

export const recordStand = (r: KpiRecord, stichtag: string): Stand =>
	standAm({ start: r.datum, end: r.datum, held: true }, stichtag);

/** A fact is known from its Stand on; a fact without a Stand describes no dated state. */
export const faktBekannt = (f: FaktRow, stichtag: string) => !f.stand || f.stand <= stichtag;

export interface ZielStand {
	bekannt: boolean;
	/** the source's status, or „ohne Nachweis“ once a planned step's deadline has passed */
	label: string;
	ohneNachweis: boolean;
}

export function zielStand(z: ZielRow, stichtag: string): ZielStand {
	if (z.stand > stichtag)
		return { bekannt: false, label: STAND_LABEL.nach_stichtag, ohneNachweis: false };
	const ohneNachweis = z.status === 'geplant' && !!z.frist && z.frist <= stichtag;
	return {
		bekannt: true,
		label: ohneNachweis ? STAND_LABEL.ohne_nachweis : z.status,
		ohneNachweis
	};
}

export const PILOT_LABEL: Record<string, string> = {
	offen: 'offen',
	konzept: 'Konzept',
	in_umsetzung: 'in Umsetzung',
	umgesetzt: 'umgesetzt'
};

/** A pilot still open after its target date has passed is „ohne Nachweis“. */
export function pilotStand(p: PilotRow, stichtag: string): { key: string; label: string } {
	if (p.status === 'offen' && p.target_date && p.target_date <= stichtag)
		return { key: 'ohne_nachweis', label: STAND_LABEL.ohne_nachweis };
	return { key: p.status, label: PILOT_LABEL[p.status] ?? p.status };
}

/** Milestones are announcements: known from their start, „angekündigt“ while running. */
export function meilensteinStand(m: MeilensteinRow, stichtag: string): Stand {
	if (m.beginn > stichtag) return 'nach_stichtag';
	return m.ende > stichtag ? 'angekuendigt' : 'ohne_nachweis';
}
