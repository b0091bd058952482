import { describe, expect, it } from 'vitest';
import {
	capStatus,
	certainYear,
	seedEventsInYear,
	deadlineStatus,
	evaluate,
	parseStichtag,
	parseZeitraum,
	planStatus,
	targetsFor
} from '../../../src/lib/kpi/status';
import type { EventRow, KpiRecord, KpiTarget } from '../../../src/lib/kpi/types';
import { dataset } from '../../e2e/data';

const events = dataset<EventRow>('events');
const targets = dataset<KpiTarget>('kpi_targets');
const countSeed = (kind: string, year: number, stichtag: string) =>
	seedEventsInYear(events, kind, year, stichtag).reduce((s, e) => s + e.anzahl, 0);
const target = (id: string) => targets.find((t) => t.id === id)!;

const rec = (r: Partial<KpiRecord>): KpiRecord => ({
	id: Math.random().toString(36),
	typ: 'termin',
	datum: '2023-06-01',
	kind: null,
	kpi_id: null,
	titel: null,
	ort: null,
	ags: null,
	anzahl: null,
	stunden: null,
	ergebnis: null,
	erfasst: '2026-01-01T00:00:00Z',
	...r
});

describe('cap („bis zu“)', () => {
	it('below, on and one over the cap', () => {
		expect(capStatus(29, 30)).toBe('im_rahmen');
		expect(capStatus(30, 30)).toBe('ausgeschoepft');
		expect(capStatus(31, 30)).toBe('ueberschritten');
		expect(capStatus(0, 4)).toBe('im_rahmen');
	});
	it('nothing recorded → keine Angabe', () => {
		expect(capStatus(null, 30)).toBe('keine_angabe');
	});
});

describe('plan', () => {
	it('one short, on target, one over', () => {
		expect(planStatus(1, 2)).toBe('offen');
		expect(planStatus(2, 2)).toBe('erreicht');
		expect(planStatus(3, 2)).toBe('erreicht');
	});
	it('nothing recorded → keine Angabe', () => {
		expect(planStatus(null, 2)).toBe('keine_angabe');
	});
});

describe('deadline', () => {
	const due = '2023-10-31';
	it('no record → keine Angabe, before and after the deadline', () => {
		expect(deadlineStatus(null, due, '2023-10-01').key).toBe('keine_angabe');
		expect(deadlineStatus(null, due, '2024-05-01').key).toBe('keine_angabe');
	});
	it('„nicht geliefert“: deadline day itself is offen, the day after überfällig', () => {
		const d = { ergebnis: 'nicht_geliefert' as const, datum: '2023-10-15' };
		expect(deadlineStatus(d, due, '2023-10-30')).toEqual({ key: 'offen', daysLeft: 1 });
		expect(deadlineStatus(d, due, '2023-10-31')).toEqual({ key: 'offen', daysLeft: 0 });
		expect(deadlineStatus(d, due, '2023-11-01')).toEqual({ key: 'ueberfaellig', daysLeft: -1 });
	});
	it('„geliefert“ → erledigt', () => {
		const d = { ergebnis: 'geliefert' as const, datum: '2023-10-31' };
		expect(deadlineStatus(d, due, '2023-11-01').key).toBe('erledigt');
	});
	it('a record after the Stichtag does not count yet', () => {
		const r = [
			rec({
				typ: 'lieferung',
				kpi_id: 'bericht-2023',
				ergebnis: 'nicht_geliefert',
				datum: '2023-11-05'
			})
		];
		expect(evaluate(target('bericht-2023'), events, [], r, '2023-11-04').key).toBe('keine_angabe');
		expect(evaluate(target('bericht-2023'), events, [], r, '2023-11-05').key).toBe('ueberfaellig');
	});
});

describe('per-year counts from the seed', () => {
	it('aggregates „bis 23.02.2023, Beginn unsicher“ are never in a year', () => {
		const agg = events.filter((e) => e.sammelangabe && !e.date);
		expect(agg.map((e) => e.anzahl).sort()).toEqual([23, 7]);
		for (const e of agg) expect(certainYear(e)).toBeNull();
		for (const y of [2021, 2022, 2023]) {
			expect(countSeed('ag_sitzung', y, '2026-01-01')).toBeLessThan(23);
			expect(countSeed('netzwerktreffen', y, '2026-01-01')).toBe(0);
		}
	});
	it('2024: annual sums count once (Suhl is inside the 3 Bündnistreffen)', () => {
		const sum = (id: string) => events.find((e) => e.id === id)!.anzahl;
		expect(countSeed('buendnistreffen', 2024, '2026-01-01')).toBe(sum('buendnistreffen-2024'));
		expect(countSeed('ag_sitzung', 2024, '2026-01-01')).toBe(sum('ag-sitzungen-2024'));
	});
	it('a Steuerungskreis is not an AG-lead meeting', () => {
		expect(evaluate(target('ag-leiter-2024'), events, [], [], '2026-01-01').key).toBe(
			'keine_angabe'
		);
	});
	it('AG meetings 2024 against the cap of 30', () => {
		const e = evaluate(target('ag-sitzungen-2024'), events, [], [], '2026-01-01');
		expect(e.key).toBe('im_rahmen');
		expect(e.basis).toBe('Quelle');
	});
	it('2023 without any record → keine Angabe; own records count and are flagged', () => {
		const t = target('buendnistreffen-2023');
		expect(evaluate(t, events, [], [], '2026-01-01').key).toBe('keine_angabe');
		const r = [1, 2, 3, 4, 5].map((i) => rec({ kind: 'buendnistreffen', datum: `2023-0${i}-10` }));
		expect(evaluate(t, events, [], r.slice(0, 4), '2026-01-01').key).toBe('ausgeschoepft');
		const over = evaluate(t, events, [], r, '2026-01-01');
		expect(over.key).toBe('ueberschritten');
		expect(over.basis).toBe('eigene Erfassung');
	});
});

describe('URL state', () => {
	it('period and Stichtag fall back safely', () => {
		expect(parseZeitraum('2024')).toBe('2024');
		expect(parseZeitraum('x')).toBe('gesamt');
		expect(parseStichtag('2023-10-31')).toBe('2023-10-31');
		expect(parseStichtag('kaputt', new Date('2025-03-01T10:00:00Z'))).toBe('2025-03-01');
	});
	it('targets per period', () => {
		expect(targetsFor(targets, 'gesamt')).toHaveLength(targets.length);
		expect(targetsFor(targets, '2023').every((t) => ['2023', 'vertrag'].includes(t.period))).toBe(
			true
		);
	});
});

describe('own records in the store (Arrow IPC, CSP-safe)', () => {
	it('round-trips, keeps empty fields empty, skips broken rows', async () => {
		const { recordsToIpc, ipcToRows, toRecords } = await import('../../../src/lib/kpi/records-ipc');
		const r = [
			rec({
				typ: 'lieferung',
				kpi_id: 'bericht-2023',
				ergebnis: 'nicht_geliefert',
				datum: '2023-11-01'
			}),
			rec({ typ: 'stunden', kpi_id: 'leg-stunden-pilot', stunden: 12.5 })
		];
		const back = toRecords(ipcToRows(recordsToIpc(r)));
		expect(back.records).toEqual(r);
		expect(
			toRecords([
				{ typ: 'termin', datum: 'gestern' },
				{ typ: 'x', datum: '2023-01-01' }
			]).skipped
		).toBe(2);
	});
});

describe('report model', () => {
	it('one evaluation per target for the whole contract; per-year periods keep their rows', async () => {
		const { buildReport, inPeriod } = await import('../../../src/lib/kpi/report');
		const seed = {
			targets,
			events,
			pilots: dataset<never>('pilots'),
			ziele: [],
			meilensteine: [],
			fakten: [],
			massnahmen: [],
			places: []
		};
		const all = buildReport(seed, [], '2026-01-01', 'gesamt', '2026-01-01');
		expect(all.evaluations).toHaveLength(targets.length);
		expect(all.agMeetings.find((m) => m.key === '2024')?.value).toBe(21);
		expect(all.agMeetings.find((m) => m.key === '2023')?.value).toBeNull();
		const y23 = buildReport(seed, [], '2026-01-01', '2023', '2026-01-01');
		expect(y23.evaluations.every((e) => ['2023', 'vertrag'].includes(e.target.period))).toBe(true);
		expect(inPeriod({ date: '2024-01-01', date_end: '2024-12-31' }, '2023')).toBe(false);
		expect(inPeriod({ date: null, date_end: '2023-02-23' }, '2023')).toBe(true);
	});
});
