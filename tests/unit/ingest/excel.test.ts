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

	it('another sheet is read when chosen; a sheet with only a header is refused by name', () => {
		const wb = xlsx.utils.book_new();
		const a1 = [
			['Ort', 'Anzahl'],
			['Gera', 3]
		];
		const b1 = [
			['Kreis', 'Leerstand'],
			['Greiz', 11.4],
			['Sonneberg', 9.4]
		];
		xlsx.utils.book_append_sheet(wb, xlsx.utils.aoa_to_sheet(a1), 'Erstes');
		xlsx.utils.book_append_sheet(wb, xlsx.utils.aoa_to_sheet(b1), 'Zweites');
		const bytes = new Uint8Array(xlsx.write(wb, { type: 'array', bookType: 'xlsx' }));
		const a = analyseExcel('zwei.xlsx', bytes, xlsx, { sheet: 'Zweites' });
		if (!a.ok) throw new Error(a.message);
		expect(a.source.sheet).toEqual({ name: 'Zweites', names: ['Erstes', 'Zweites'] });
		expect(a.source.parsed.headers).toEqual(b1[0]);
		expect(a.source.parsed.rows.map((r) => r.values[0])).toEqual(['Greiz', 'Sonneberg']);

		const h = analyseExcel('termine-umlaute.xlsx', fixture('termine-umlaute.xlsx'), xlsx, {
			sheet: 'Hinweise'
		});
		expect(h.ok).toBe(false);
		if (!h.ok) expect(h.message).toContain('Das Blatt „Hinweise“ in „termine-umlaute.xlsx“');
	});

	it('a legacy .xls workbook (BIFF8) reads like .xlsx: umlauts, dates, decimals', () => {
		const ws = xlsx.utils.aoa_to_sheet([
			['Ort', 'Datum', 'Betrag'],
			// a date cell as Excel stores it: the day at local midnight
			['Gößnitz', new Date(2025, 2, 12), 1234.5]
		]);
		const wb = xlsx.utils.book_new();
		xlsx.utils.book_append_sheet(wb, ws, 'Blatt1');
		const bytes = new Uint8Array(xlsx.write(wb, { type: 'array', bookType: 'biff8' }));
		const a = analyseExcel('alt.xls', bytes, xlsx);
		if (!a.ok) throw new Error(a.message);
		expect(a.source.parsed.headers).toEqual(['Ort', 'Datum', 'Betrag']);
		expect(a.source.parsed.rows[0].values).toEqual(['Gößnitz', '2025-03-12', '1234,5']);
	});
});
