import { describe, expect, it } from 'vitest';
import { fmtDate, fmtInt, fmtNum, fmtPct, todayIso } from '../../src/lib/format';

describe('German formats', () => {
	it('groups thousands with a dot', () => {
		expect(fmtInt(2100277)).toBe('2.100.277');
		expect(fmtInt(5000)).toBe('5.000');
	});
	it('uses a decimal comma', () => {
		expect(fmtNum(1234.56, 1)).toBe('1.234,6');
		expect(fmtPct(7.66)).toBe('7,7\u00a0%');
		expect(fmtNum(-3.5, 1)).toBe('-3,5');
	});
	it('formats calendar dates without time-zone drift', () => {
		expect(fmtDate('2022-11-29')).toBe('29.11.2022');
		expect(todayIso(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
	});
	it('shows a dash for missing values', () => {
		expect(fmtInt(null)).toBe('–');
		expect(fmtPct(undefined)).toBe('–');
	});
});
