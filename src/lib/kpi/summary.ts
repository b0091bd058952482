/** What the report's first page and its „Was fehlt“ list say, derived from the one model (report.ts). */
import { fmtDate, fmtInt, plural as anzahl, pluralWord } from '$lib/format';
import type { ReportBasis as ReportModel } from './report';
import { faellig, STATUS_GRUPPEN, type KpiEvaluation, type StatusKey } from './status';

export interface StatusGruppe {
	key: string;
	label: string;
	/** the status whose colour the group takes */
	badge: StatusKey;
	items: KpiEvaluation[];
}

/** Targets by status; without a record and not yet due → „noch nicht fällig“ (last group). */
export function statusGruppen(
	evaluations: readonly KpiEvaluation[],
	stichtag: string
): StatusGruppe[] {
	const due = (e: KpiEvaluation) => e.key !== 'keine_angabe' || faellig(e.target, stichtag);
	return [
		...STATUS_GRUPPEN.map((g) => ({
			key: g.key,
			label: g.label,
			badge: g.keys[0],
			items: evaluations.filter((e) => g.keys.includes(e.key) && due(e))
		})),
		{
			key: 'nicht_faellig',
			label: 'noch nicht fällig',
			badge: 'keine_angabe' as const,
			items: evaluations.filter((e) => !due(e))
		}
	];
}

/** Targets due at the Stichtag without any record. */
const ohneNachweis = (m: ReportModel) =>
	m.evaluations.filter((e) => e.key === 'keine_angabe' && faellig(e.target, m.stichtag));

const COUNT_LABEL: Record<string, [string, string]> = {
	buendnistreffen: ['Bündnistreffen', 'Bündnistreffen'],
	ag_sitzung: ['AG-Sitzung', 'AG-Sitzungen'],
	ag_leitung: ['Sitzung der AG-Leitungen', 'Sitzungen der AG-Leitungen'],
	veranstaltung: ['öffentliche Veranstaltung', 'öffentliche Veranstaltungen'],
	partnerveranstaltung: ['Partnerveranstaltung', 'Partnerveranstaltungen']
};

/** Three to five sentences that answer „where do we stand?“, every figure from the model. */
export function kernaussagen(m: ReportModel): string[] {
	const out: string[] = [];
	const ev = m.evaluations;
	const dueTargets = ev.filter((e) => faellig(e.target, m.stichtag) || e.key !== 'keine_angabe');
	const ohne = ohneNachweis(m).length;
	out.push(
		ohne
			? `Für ${fmtInt(ohne)} von ${anzahl(dueTargets.length, 'fälligen Ziel', 'fälligen Zielen')} liegt zum Stichtag kein Nachweis vor.`
			: `Für alle ${anzahl(dueTargets.length, 'fälligen Ziel', 'fälligen Ziele')} liegt zum Stichtag ein Nachweis vor.`
	);
	const counts = ev.filter(
		(e) => e.value !== null && e.target.measure && COUNT_LABEL[e.target.measure]
	);
	for (const e of counts.slice(0, 2)) {
		const [one, other] = COUNT_LABEL[e.target.measure!];
		const cap = e.target.comparator === 'cap' ? 'höchstens ' : '';
		out.push(
			`${fmtInt(e.value)} von ${cap}${anzahl(e.target.target_value ?? 0, one, other)} ${e.target.period} durchgeführt (${e.label}).`
		);
	}
	const pilot = ev.find((e) => e.target.measure === 'pilot');
	if (pilot && pilot.value !== null)
		out.push(
			`${fmtInt(pilot.value)} von ${anzahl(pilot.target.target_value ?? 0, 'Pilotprojekt', 'Pilotprojekten')} benannt oder begonnen.`
		);
	const held = m.bisStichtag.filter((e) => e.stand === 'stattgefunden' || e.stand === 'belegt');
	const missing = m.bisStichtag.filter((e) => e.stand === 'ohne_nachweis');
	out.push(
		`Bis zum Stichtag ${pluralWord(held.length, 'ist', 'sind')} ${anzahl(held.length, 'Eintrag', 'Einträge')} zu Terminen belegt` +
			(missing.length
				? `; ${anzahl(missing.length, 'geplanter Termin ist', 'geplante Termine sind')} ohne Nachweis.`
				: '.')
	);
	const due = m.deadlines.filter((d) => (d.target.target_date ?? '') <= m.stichtag);
	const dueOpen = due.filter((d) => d.key !== 'erledigt');
	if (due.length)
		out.push(
			dueOpen.length
				? `Von ${anzahl(due.length, 'abgelaufenen Frist', 'abgelaufenen Fristen')} ist für ${fmtInt(dueOpen.length)} keine Lieferung belegt (${dueOpen.map((d) => `${d.target.kpi}, ${fmtDate(d.target.target_date)}`).join('; ')}).`
				: `Alle ${anzahl(due.length, 'abgelaufene Frist', 'abgelaufenen Fristen')} sind erledigt.`
		);
	return out.slice(0, 5);
}

export interface Fehlt {
	id: string;
	text: string;
}

/** What the office must still record for the Stichtag, as a checklist. */
export function wasFehlt(m: ReportModel): Fehlt[] {
	const out: Fehlt[] = [];
	for (const e of ohneNachweis(m)) {
		const t = e.target;
		const when = t.target_date
			? `Frist ${fmtDate(t.target_date)}`
			: `${zeitraumText(t.period)}; ${e.comparatorText}`;
		const what =
			t.measure === 'lieferung'
				? `Lieferung erfassen (geliefert oder nicht geliefert): ${t.kpi}`
				: t.measure === 'teaser'
					? `Anzahl der veröffentlichten Teasertexte erfassen`
					: t.measure?.endsWith('_stunden')
						? `Geleistete Stunden erfassen: ${t.kpi}`
						: t.measure === 'pilot'
							? `Stand der Pilotprojekte erfassen`
							: `Termine erfassen: ${t.kpi}`;
		out.push({ id: `ziel-${t.id}`, text: `${what} (${when})` });
	}
	for (const e of m.bisStichtag.filter((x) => x.stand === 'ohne_nachweis'))
		out.push({
			id: `termin-${e.id}`,
			text: `Nachweis für den geplanten Termin erfassen: ${e.title} (${e.date_end && e.date_end !== e.date ? `${fmtDate(e.date)} – ${fmtDate(e.date_end)}` : fmtDate(e.date)})`
		});
	for (const p of m.pilotSlots.filter((x) => x.status === 'ohne_nachweis' || !x.title))
		out.push({
			id: `pilot-${p.ag}-${p.slot}`,
			text:
				p.status === 'ohne_nachweis'
					? `Stand des Pilotprojekts ${p.slot} der AG ${p.ag} erfassen (Zieldatum überschritten)`
					: `Pilotprojekt ${p.slot} der AG ${p.ag} benennen`
		});
	for (const z of m.ziele.filter((x) => x.ohneNachweis))
		out.push({
			id: `agziel-${z.id}`,
			text: `Nachweis erfassen: ${z.ziel} (AG ${z.ag}, Frist ${fmtDate(z.frist)})`
		});
	return out;
}

export const zeitraumText = (period: string) =>
	period === 'vertrag' ? 'Vertragslaufzeit' : /^\d{4}$/.test(period) ? `Jahr ${period}` : period;

/** The sources of everything the report shows, numbered in order of first use (endnotes). */
export function endnoten(m: ReportModel): string[] {
	const list = [
		...m.evaluations.map((e) => e.target.source),
		...m.bisStichtag.filter((e) => !e.eigen).map((e) => e.source),
		...m.pilotSlots.map((p) => p.source),
		...m.ziele.map((z) => z.source),
		...m.meilensteine.map((x) => x.source),
		...m.fakten.map((f) => f.source),
		...m.massnahmen.map((x) => x.source),
		...m.sources.map((s) => s.source)
	];
	return [...new Set(list)];
}
