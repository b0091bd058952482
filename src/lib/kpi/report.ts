/** The one model behind /kennzahlen and /bericht: every figure of both pages comes from here. */
import { datasetMeta } from '$lib/data/files';
import type { KpiSeed } from './data.svelte';
import { evaluate, targetsFor, ZEITRAUM_LABEL, type KpiEvaluation } from './status';
import type { EventRow, KpiRecord, Zeitraum } from './types';

export const KPI_DATASETS = [
	'kpi_targets',
	'events',
	'pilots',
	'ag_ziele',
	'meilensteine',
	'buendnis_fakten'
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
}

export interface PilotSlot {
	ag: string;
	slot: number;
	title: string | null;
	status: string;
}

export interface ReportModel {
	title: string;
	zeitraum: Zeitraum;
	zeitraumLabel: string;
	stichtag: string;
	generiert: string;
	evaluations: KpiEvaluation[];
	deadlines: KpiEvaluation[];
	events: ReportEvent[];
	agMeetings: { key: string; label: string; value: number | null }[];
	agCap: number | null;
	pilotSlots: PilotSlot[];
	seed: KpiSeed;
	records: KpiRecord[];
	sources: { name: string; title: string; source: string; licence: string; stand: string }[];
}

/** Records as events (typ „termin“), flagged as own entries. */
export function recordEvents(records: readonly KpiRecord[]): ReportEvent[] {
	return records
		.filter((r) => r.typ === 'termin')
		.map((r) => ({
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
			eigen: true
		}));
}

/** Does the event's date range touch the period? Undated starts count as open to the past. */
export function inPeriod(e: Pick<EventRow, 'date' | 'date_end'>, zeitraum: Zeitraum): boolean {
	if (zeitraum === 'gesamt') return true;
	const start = e.date ?? '0000-01-01';
	const end = e.date_end ?? e.date ?? start;
	return start <= `${zeitraum}-12-31` && end >= `${zeitraum}-01-01`;
}

export function buildReport(
	seed: KpiSeed,
	records: readonly KpiRecord[],
	stichtag: string,
	zeitraum: Zeitraum,
	generiert: string
): ReportModel {
	const evaluations = targetsFor(seed.targets, zeitraum).map((t) =>
		evaluate(t, seed.events, seed.pilots, records, stichtag)
	);
	const all = seed.targets.map((t) => evaluate(t, seed.events, seed.pilots, records, stichtag));
	const events = [...seed.events.map((e) => ({ ...e, eigen: false })), ...recordEvents(records)]
		.filter((e) => inPeriod(e, zeitraum))
		.sort((a, b) => (a.date ?? a.date_end ?? '').localeCompare(b.date ?? b.date_end ?? ''));
	const agTargets = all.filter((e) => e.target.measure === 'ag_sitzung');
	return {
		title: 'Bericht über die Arbeit des Thüringer Aktionsbündnisses „Innenstädte mit Zukunft“',
		zeitraum,
		zeitraumLabel: ZEITRAUM_LABEL[zeitraum],
		stichtag,
		generiert,
		evaluations,
		deadlines: evaluations
			.filter((e) => e.target.comparator === 'deadline')
			.sort((a, b) => (a.target.target_date ?? '').localeCompare(b.target.target_date ?? '')),
		events,
		agMeetings: agTargets.map((e) => ({
			key: e.target.period,
			label: `AG-Sitzungen ${e.target.period}`,
			value: e.value
		})),
		agCap: agTargets[0]?.target.target_value ?? null,
		pilotSlots: seed.pilots.map((p) => ({
			ag: p.ag,
			slot: p.slot,
			title: p.title,
			status: p.status
		})),
		seed,
		records: [...records],
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

/** Row sources of the seed, for the list of sources (each row names its own). */
export function rowSources(seed: KpiSeed): string[] {
	const all = [
		...seed.targets.map((t) => t.source),
		...seed.events.map((e) => e.source),
		...seed.pilots.map((p) => p.source),
		...seed.ziele.map((z) => z.source),
		...seed.meilensteine.map((m) => m.source),
		...seed.fakten.map((f) => f.source)
	];
	return [...new Set(all)].sort();
}
