import { describe, expect, it } from 'vitest';
import * as xlsx from '@e965/xlsx';
import { analyseExcel } from '../../../src/lib/ingest/excel';
import { fixture } from './helpers';

describe('Excel (.xlsx) as a Source', () => {
	it('skips the title row, keeps umlauts, reads dates as dates and decimals with a comma', () => {
		const a = analyseExcel('termine-umlaute.xlsx', fixture('termine-umlaute.xlsx'), xlsx);
		if (!a.ok) throw new Error(a.message);
		const { parsed, sheet } = a.source;
		expect(sheet).toEqual({ name: 'Termine', names: ['Termine', 'Hinweise'] });
		expect(parsed.skipped).toBe(1);
		expect(parsed.headers).toEqual(['Ort', 'Datum', 'Betrag (€)', 'Bemerkung']);
		expect(parsed.rows.map((r) => r.row)).toEqual([3, 4, 5]);
		expect(parsed.rows[0].values).toEqual(['Gößnitz', '2025-03-12', '1234,5', 'Bürgerversammlung']);
		expect(parsed.rows[1].values[3]).toBe('Straßenfest „Größer“');
	});

	it('a damaged workbook is refused in German', () => {
		const bytes = fixture('termine-umlaute.xlsx').slice(0, 200);
		const a = analyseExcel('kaputt.xlsx', bytes, xlsx);
		expect(a.ok).toBe(false);
		if (!a.ok) expect(a.message).toContain('„kaputt.xlsx“');
	});
});
