import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/ingest/decode';
import { normaliseLines, sniff } from '../../../src/lib/ingest/sniff';

const sniffDelimiter = (text: string) => sniff(normaliseLines(text)).delimiter;
import { parseCsv } from '../../../src/lib/ingest/parse';
import { analyseCsv } from '../../../src/lib/ingest/importer';
import {
	parseAgs,
	parseArs,
	parseBool,
	parseDate,
	parseInteger,
	parseNumber,
	parsePlz
} from '../../../src/lib/ingest/values';
import { fixture } from './helpers';

describe('decoding', () => {
	it('falls back to Windows-1252 for invalid UTF-8 and keeps € and umlauts', () => {
		const d = decodeBytes(fixture('kataster-windows1252.csv'));
		expect(d.encoding).toBe('windows-1252');
		expect(d.text).toContain('Löbderstraße');
		expect(d.text).toContain('Miete (€/m²)');
		expect(d.text).toContain('„Schaufenster“ – gut sichtbar');
	});
	it('strips a UTF-8 BOM', () => {
		const d = decodeBytes(fixture('kataster-utf8-bom-ohne-id-koordinaten.csv'));
		expect(d).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(d.text.startsWith('Gemeinde;')).toBe(true);
	});
	it('reads UTF-8 without BOM and UTF-16 with BOM', () => {
		expect(decodeBytes(new TextEncoder().encode('a;ä')).text).toBe('a;ä');
		const u16 = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x3b, 0, 0xe4, 0]);
		expect(decodeBytes(u16)).toMatchObject({ encoding: 'utf-16le', text: 'a;ä' });
	});
});

describe('delimiter sniffing from the header line', () => {
	it('finds ; in a 2-column file with decimal commas', () => {
		const text = new TextDecoder().decode(fixture('zwei-spalten.csv'));
		expect(sniffDelimiter(text)).toBe(';');
		const p = parseCsv(text, ';');
		expect(p.headers).toEqual(['AGS', 'Quote']);
		expect(p.rows[0].values).toEqual(['16053000', '7,5']);
	});
	it('finds , tab and |, ignores delimiters inside quotes and leading empty lines', () => {
		expect(sniffDelimiter('id,Datum,Titel\n1,2,3')).toBe(',');
		expect(sniffDelimiter('a\tb\tc')).toBe('\t');
		expect(sniffDelimiter('Ort|PLZ')).toBe('|');
		expect(sniffDelimiter('"a;b;c",d,e\n')).toBe(',');
		expect(sniffDelimiter('\n\nx;y\n')).toBe(';');
		expect(sniffDelimiter('nur eine Spalte')).toBe(';');
	});
});

describe('parsing', () => {
	it('keeps Excel row numbers across quoted newlines and empty lines, drops a trailing delimiter', () => {
		const r = analyseCsv('k.csv', fixture('kataster-windows1252.csv'));
		if (!r.ok) throw new Error(r.message);
		const p = r.source.parsed;
		expect(p.headers).toHaveLength(9);
		expect(p.headers.at(-1)).toBe('Bemerkung');
		expect(p.rows.map((x) => x.row)).toEqual([2, 3, 5, 7]);
		expect(p.rows[1].values[8]).toBe('Küche vorhanden;\r\nzweite Zeile der Bemerkung');
		expect(p.emptyLines).toBe(2);
		expect(p.issues).toEqual([]);
	});
	it('reports a row with too many or too few fields with row and column', () => {
		const p = parseCsv('a;b\n1;2;3\n4\n', ';');
		expect(p.issues).toEqual([
			expect.objectContaining({ row: 2, column: 'Spalte 3', value: '3' }),
			expect.objectContaining({ row: 3, column: 'b' })
		]);
	});
	it('names empty and duplicate headers', () => {
		expect(parseCsv('a;;a\n1;2;3', ';').headers).toEqual(['a', 'Spalte 2', 'a (2)']);
	});
	it('refuses an empty file with a German message', () => {
		expect(analyseCsv('leer.csv', new Uint8Array())).toEqual({
			ok: false,
			message: 'Die Datei „leer.csv“ ist leer.'
		});
	});
});

describe('German values', () => {
	it('numbers: decimal comma, thousands dot, units', () => {
		expect(parseNumber('1.234,5')).toMatchObject({ ok: true, value: 1234.5 });
		expect(parseNumber('85,5')).toMatchObject({ value: 85.5 });
		expect(parseNumber('1.250')).toMatchObject({ value: 1250 });
		expect(parseNumber('2.5')).toMatchObject({ value: 2.5 });
		expect(parseNumber('12,5 %')).toMatchObject({ value: 12.5 });
		expect(parseNumber('−3')).toMatchObject({ value: -3 });
		expect(parseNumber('1.2.3').ok).toBe(false);
		expect(parseNumber('abc')).toMatchObject({
			ok: false,
			message: expect.stringContaining('keine Zahl')
		});
		expect(parseNumber('1,6E+07')).toMatchObject({
			ok: false,
			message: expect.stringContaining('wissenschaftlicher')
		});
		expect(parseInteger('1,5').ok).toBe(false);
	});
	it('dates: dd.mm.yyyy, ISO, year only; invalid calendar dates rejected', () => {
		expect(parseDate('01.03.2021')).toMatchObject({
			ok: true,
			value: { iso: '2021-03-01', format: 'TT.MM.JJJJ' }
		});
		expect(parseDate('1.3.2021')).toMatchObject({ value: { iso: '2021-03-01' } });
		expect(parseDate('2019-06-15')).toMatchObject({
			value: { iso: '2019-06-15', format: 'JJJJ-MM-TT' }
		});
		expect(parseDate('15.11.2022 00:00')).toMatchObject({ value: { iso: '2022-11-15' } });
		expect(parseDate('2020')).toMatchObject({ value: { iso: '2020-01-01', format: 'JJJJ' } });
		expect(parseDate('31.02.2023')).toMatchObject({
			ok: false,
			message: expect.stringContaining('Kalenderdatum')
		});
		expect(parseDate('03/01/2021').ok).toBe(false);
	});
	it('AGS/ARS/PLZ stay text with leading zeros', () => {
		expect(parseAgs('16053000')).toMatchObject({ ok: true, value: '16053000' });
		expect(parseAgs('160530000000')).toMatchObject({ ok: true, value: '16053000' });
		expect(parseAgs('1605300')).toMatchObject({ ok: false, suggestion: '01605300' });
		expect(parseArs('160615009039')).toMatchObject({ ok: true, value: '160615009039' });
		expect(parseArs('16053').ok).toBe(false);
		expect(parsePlz('07743')).toMatchObject({ ok: true, value: '07743' });
		expect(parsePlz('7743')).toMatchObject({
			ok: true,
			value: '07743',
			note: expect.stringContaining('führende Null')
		});
		expect(parsePlz('777').ok).toBe(false);
		expect(parseBool('ja')).toMatchObject({ value: true });
		expect(parseBool('vielleicht').ok).toBe(false);
	});
});

describe('Arrow columns without eval (CSP)', () => {
	it('round-trips text (€, umlauts, emoji), numbers, booleans and nulls', async () => {
		const { column } = await import('../../../src/lib/ingest/arrow');
		const { Table, tableFromIPC, tableToIPC } = await import('apache-arrow');
		const text = ['a', null, '€ „ä“ – 🏠', '', 'ß'];
		const t = tableFromIPC(
			tableToIPC(
				new Table({
					t: column('text', text),
					i: column('int', [1, null, -3, 0, 7]),
					f: column('float', [1.5, 2, null, 0, -0.25]),
					b: column('bool', [true, false, null, true, false])
				}),
				'stream'
			)
		);
		expect(t.getChild('t')!.toArray()).toEqual(text);
		expect([...t.getChild('i')!]).toEqual([1, null, -3, 0, 7]);
		expect([...t.getChild('f')!]).toEqual([1.5, 2, null, 0, -0.25]);
		expect([...t.getChild('b')!]).toEqual([true, false, null, true, false]);
	});
});
