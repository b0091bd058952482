import { describe, expect, it } from 'vitest';
import {
	eventStand,
	faktBekannt,
	meilensteinStand,
	pilotStand,
	standAm,
	zielStand
} from '../../../src/lib/kpi/asof';
import { buildReport } from '../../../src/lib/kpi/report';
import type {
	EventRow,
	FaktRow,
	KpiRecord,
	KpiTarget,
	MeilensteinRow,
	PilotRow,
	ZielRow
} from '../../../src/lib/kpi/types';
import { dataset } from '../../e2e/data';

const events = dataset<EventRow>('events');
const seed = {
	targets: dataset<KpiTarget>('kpi_targets'),
	events,
	pilots: dataset<PilotRow>('pilots'),
	ziele: dataset<ZielRow>('ag_ziele'),
	meilensteine: dataset<MeilensteinRow>('meilensteine'),
	fakten: dataset<FaktRow>('buendnis_fakten'),
	massnahmen: [],
	places: []
};
const end = (e: EventRow) => (e.date_end ?? e.date)!;

describe('Stichtag rule', () => {
	it('held by the day → stattgefunden; a day later or a running total → nach dem Stichtag', () => {
		expect(standAm({ start: '2024-11-26', end: null, held: true }, '2024-11-26')).toBe(
			'stattgefunden'
		);
		expect(standAm({ start: '2024-11-26', end: null, held: true }, '2024-11-25')).toBe(
			'nach_stichtag'
		);
		expect(standAm({ start: '2024-01-01', end: '2024-12-31', held: true }, '2024-06-30')).toBe(
			'nach_stichtag'
		);
	});
	it('planned: date passed without record → ohne Nachweis; with a record of the kind → belegt', () => {
		const planned = events.find((e) => e.status === 'geplant' && e.kind === 'buendnistreffen')!;
		const after = end(planned);
		expect(eventStand(planned, '2023-10-31')).toBe('ohne_nachweis');
		expect(eventStand(planned, '2023-05-15')).toBe('nach_stichtag');
		const rec = {
			typ: 'termin',
			kind: 'buendnistreffen',
			datum: planned.date!
		} as KpiRecord;
		expect(eventStand(planned, after, [rec])).toBe('belegt');
		expect(eventStand(planned, after, [{ ...rec, kind: 'ag_sitzung' }])).toBe('ohne_nachweis');
	});
	it('facts from their Stand, AG goals from theirs; planned goals past their deadline', () => {
		const f = seed.fakten.find((x) => x.stand)!;
		expect(faktBekannt(f, f.stand!)).toBe(true);
		expect(faktBekannt(f, '2000-01-01')).toBe(false);
		const z = seed.ziele.find((x) => x.status === 'geplant' && x.frist)!;
		expect(zielStand(z, z.frist!).label).toBe('ohne Nachweis');
		expect(zielStand(z, z.stand).label).toBe('geplant');
		expect(zielStand(z, '2000-01-01').bekannt).toBe(false);
		const p = seed.pilots.find((x) => x.status === 'offen' && x.target_date)!;
		expect(pilotStand(p, p.target_date!).label).toBe('ohne Nachweis');
		const m = seed.meilensteine[0];
		expect(meilensteinStand(m, m.ende)).toBe('ohne_nachweis');
		expect(meilensteinStand(m, m.beginn)).toBe('angekuendigt');
	});
});

describe('the report model at a Stichtag', () => {
	for (const s of ['2023-10-31', '2024-06-30', '2026-12-03']) {
		it(`${s}: nothing later in the report, no fact with a later Stand, 3–5 key messages`, () => {
			const m = buildReport(seed, [], s, 'gesamt', s);
			expect(m.bisStichtag.every((e) => end(e) <= s)).toBe(true);
			expect(m.bisStichtag.map((e) => e.id).sort()).toEqual(
				events
					.filter((e) => end(e) <= s)
					.map((e) => e.id)
					.sort()
			);
			expect(m.fakten.every((f) => !f.stand || f.stand <= s)).toBe(true);
			expect(m.ziele.every((z) => z.stand <= s)).toBe(true);
			expect(m.kernaussagen.length).toBeGreaterThanOrEqual(3);
			expect(m.kernaussagen.length).toBeLessThanOrEqual(5);
			expect(m.gruppen.flatMap((g) => g.items)).toHaveLength(m.evaluations.length);
			expect(m.datenstand! <= s).toBe(true);
			for (const e of m.bisStichtag.filter((x) => !x.eigen)) expect(m.endnoten).toContain(e.source);
		});
	}
	it('a record after the Stichtag is not counted and not in the report', () => {
		const r: KpiRecord = {
			id: 'x',
			typ: 'termin',
			datum: '2024-07-01',
			kind: 'buendnistreffen',
			kpi_id: null,
			titel: 'Später',
			ort: null,
			ags: null,
			anzahl: 1,
			stunden: null,
			ergebnis: null,
			erfasst: '2024-07-01T10:00:00Z'
		};
		const m = buildReport(seed, [r], '2024-06-30', 'gesamt', '2024-06-30');
		expect(m.bisStichtag.some((e) => e.id === 'x')).toBe(false);
		expect(m.events.find((e) => e.id === 'x')?.stand).toBe('nach_stichtag');
		expect(m.records).toHaveLength(0);
	});
});
