/** The one model behind /kennzahlen and /bericht: every figure of both pages comes from here. */
import { datasetMeta } from '$lib/data/files';
import type { KpiSeed } from './seed';
import { evaluate, targetsFor, ZEITRAUM_LABEL, type KpiEvaluation } from './status';
import {
	endnoten,
	kernaussagen,
	statusGruppen,
	wasFehlt,
	type Fehlt,
	type StatusGruppe
} from './summary';
import {
	bekannt,
	eventStand,
	faktBekannt,
	meilensteinStand,
	pilotStand,
	recordStand,
	STAND_LABEL,
	zielStand,
	type Stand,
	type ZielStand
} from './asof';
import type {
	EventRow,
	FaktRow,
	KpiRecord,
	MassnahmeKurz,
	MeilensteinRow,
	ZielRow,
	Zeitraum
} from './types';

export const KPI_DATASETS = [
	'kpi_targets',
	'events',
	'pilots',
	'ag_ziele',
	'meilensteine',
	'buendnis_fakten',
	'massnahmen'
];

export const AGS = ['Klima', 'Leerstand', 'WULIS'] as const;

export const KIND_LABEL: Record<string, string> = {
	buendnistreffen: 'Bündnistreffen',
	netzwerktreffen: 'Netzwerktreffen',
	ag_sitzung: 'AG-Sitzung',
	ag_leitung: 'Sitzung der AG-Leitungen',
	steuerungskreis: 'Steuerungskreis',
	veranstaltung: 'Öffentliche Veranstaltung',
	partnerveranstaltung: 'Partnerveranstaltung',
	vor_ort_besuch: 'Vor-Ort-Termin',
	praesentation: 'Präsentation',
	gruendung: 'Gründung',
	sonstiges: 'Sonstiges'
};

export interface ReportEvent extends EventRow {
	/** true for the user's own records */
	eigen: boolean;
	/** where it stands at the Stichtag (asof.ts) */
	stand: Stand;
	standLabel: string;
}

export interface PilotSlot {
	ag: string;
	slot: number;
	title: string | null;
	status: string;
	statusLabel: string;
	source: string;
}

export type ZielAmStichtag = ZielRow & ZielStand;
export type MeilensteinAmStichtag = MeilensteinRow & { stand: Stand; standLabel: string };

export interface ReportModel extends ReportBasis {
	/** first page: the targets grouped by status */
	gruppen: StatusGruppe[];
	kernaussagen: string[];
	fehlt: Fehlt[];
	/** numbered sources (endnotes); a row's note number is its index + 1 */
	endnoten: string[];
}

export interface ReportBasis {
	title: string;
	zeitraum: Zeitraum;
	zeitraumLabel: string;
	stichtag: string;
	generiert: string;
	/** latest date of anything known by the Stichtag */
	datenstand: string | null;
	evaluations: KpiEvaluation[];
	deadlines: KpiEvaluation[];
	/** every event of the period, with its Stand (those after the Stichtag only for greying out) */
	events: ReportEvent[];
	/** the events known by the Stichtag: the report, the timeline and every count use only these */
	bisStichtag: ReportEvent[];
	agMeetings: { key: string; label: string; value: number | null }[];
	agCap: number | null;
	pilotSlots: PilotSlot[];
	ziele: ZielAmStichtag[];
	meilensteine: MeilensteinAmStichtag[];
	fakten: FaktRow[];
	/** the measures of the catalogue (undated: as the source states them) */
	massnahmen: MassnahmeKurz[];
	/** facts whose Stand lies after the Stichtag (not shown, only counted for a note) */
	faktenSpaeter: number;
	seed: KpiSeed;
	records: KpiRecord[];
	sources: { name: string; title: string; source: string; licence: string; stand: string }[];
}

/** Records as events (typ „termin“), flagged as own entries. */
export function recordEvents(records: readonly KpiRecord[], stichtag: string): ReportEvent[] {
	return records
		.filter((r) => r.typ === 'termin')
		.map((r) => {
			const stand = recordStand(r, stichtag);
			return {
				id: r.id,
				date: r.datum,
				date_end: null,
				date_precision: 'tag',
				title: r.titel || KIND_LABEL[r.kind ?? ''] || 'Termin',
				kind: r.kind ?? 'sonstiges',
				ag: 'alle',
				ags: r.ags,
				ort: r.ort,
				status: 'stattgefunden',
				anzahl: r.anzahl ?? 1,
				sammelangabe: false,
				teilnehmende: null,
				note: 'eigene Erfassung',
				source: 'eigene Erfassung',
				enthalten_in: null,
				eigen: true,
				stand,
				standLabel: STAND_LABEL[stand]
			};
		});
}

/** Does the event's date range touch the period? Undated starts count as open to the past. */
export function inPeriod(e: Pick<EventRow, 'date' | 'date_end'>, zeitraum: Zeitraum): boolean {
	if (zeitraum === 'gesamt') return true;
	const start = e.date ?? '0000-01-01';
	const end = e.date_end ?? e.date ?? start;
	return start <= `${zeitraum}-12-31` && end >= `${zeitraum}-01-01`;
}

const latest = (dates: (string | null | undefined)[]) =>
	dates
		.filter((d): d is string => !!d)
		.sort()
		.at(-1) ?? null;

export function buildReport(
	seed: KpiSeed,
	records: readonly KpiRecord[],
	stichtag: string,
	zeitraum: Zeitraum,
	generiert: string
): ReportModel {
	const basis = buildBasis(seed, records, stichtag, zeitraum, generiert);
	return {
		...basis,
		gruppen: statusGruppen(basis.evaluations, stichtag),
		kernaussagen: kernaussagen(basis),
		fehlt: wasFehlt(basis),
		endnoten: endnoten(basis)
	};
}

function buildBasis(
	seed: KpiSeed,
	records: readonly KpiRecord[],
	stichtag: string,
	zeitraum: Zeitraum,
	generiert: string
): ReportBasis {
	const known = records.filter((r) => bekannt(recordStand(r, stichtag)));
	const evaluations = targetsFor(seed.targets, zeitraum).map((t) =>
		evaluate(t, seed.events, seed.pilots, known, stichtag)
	);
	const all = seed.targets.map((t) => evaluate(t, seed.events, seed.pilots, known, stichtag));
	const seedEvents: ReportEvent[] = seed.events.map((e) => {
		const stand = eventStand(e, stichtag, known);
		return { ...e, eigen: false, stand, standLabel: STAND_LABEL[stand] };
	});
	const events = [...seedEvents, ...recordEvents(records, stichtag)]
		.filter((e) => inPeriod(e, zeitraum))
		.sort((a, b) => (a.date ?? a.date_end ?? '').localeCompare(b.date ?? b.date_end ?? ''));
	const bisStichtag = events.filter((e) => bekannt(e.stand));
	const ziele = seed.ziele
		.map((z) => ({ ...z, ...zielStand(z, stichtag) }))
		.filter((z) => z.bekannt);
	const meilensteine = seed.meilensteine
		.map((m) => {
			const stand = meilensteinStand(m, stichtag);
			return { ...m, stand, standLabel: STAND_LABEL[stand] };
		})
		.filter((m) => bekannt(m.stand));
	const fakten = seed.fakten.filter((f) => faktBekannt(f, stichtag));
	const agTargets = all.filter((e) => e.target.measure === 'ag_sitzung');
	return {
		title: 'Bericht über die Arbeit des Thüringer Aktionsbündnisses „Innenstädte mit Zukunft“',
		zeitraum,
		zeitraumLabel: ZEITRAUM_LABEL[zeitraum],
		stichtag,
		generiert,
		datenstand: latest([
			...bisStichtag.map((e) => (e.stand === 'stattgefunden' ? (e.date_end ?? e.date) : null)),
			...ziele.map((z) => z.stand),
			...fakten.map((f) => f.stand),
			...known.map((r) => r.datum)
		]),
		evaluations,
		deadlines: evaluations
			.filter((e) => e.target.comparator === 'deadline')
			.sort((a, b) => (a.target.target_date ?? '').localeCompare(b.target.target_date ?? '')),
		events,
		bisStichtag,
		agMeetings: agTargets.map((e) => ({
			key: e.target.period,
			label: `AG-Sitzungen ${e.target.period}`,
			value: e.value
		})),
		agCap: agTargets[0]?.target.target_value ?? null,
		pilotSlots: seed.pilots.map((p) => {
			const s = pilotStand(p, stichtag);
			return {
				ag: p.ag,
				slot: p.slot,
				title: p.title,
				status: s.key,
				statusLabel: s.label,
				source: p.source
			};
		}),
		ziele,
		meilensteine,
		fakten,
		massnahmen: seed.massnahmen,
		faktenSpaeter: seed.fakten.length - fakten.length,
		seed,
		records: known,
		sources: KPI_DATASETS.flatMap((name) => {
			const m = datasetMeta(name);
			return m
				? [
						{
							name,
							title: m.title,
							source: m.source,
							licence: m.licence,
							stand: m.reference_date
						}
					]
				: [];
		})
	};
}
