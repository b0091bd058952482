import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { analyseCsv, decide, suggest } from '../../../src/lib/ingest/importer';
import { suggestMapping, suggestTarget } from '../../../src/lib/ingest/mapping';
import { knownTargets, targetFor, ZENSUS_AMTLICH } from '../../../src/lib/ingest/targets';
import { KATASTER } from '../../../src/lib/ingest/kataster-target';
import { validate } from '../../../src/lib/ingest/validate';
import { parseCsv } from '../../../src/lib/ingest/parse';
import { problemsCsv, rejectedCsv } from '../../../src/lib/ingest/csv';
import { freeTarget } from '../../../src/lib/ingest/free';
import { changes, fixture, reference } from './helpers';

const ref = reference();
const source = (name: string) => {
	const r = analyseCsv(name, fixture(name));
	if (!r.ok) throw new Error(r.message);
	return r.source;
};
const run = (csv: string, target = KATASTER, existing?: Set<string>) => {
	const p = parseCsv(csv, ';');
	return validate(p, target, suggestMapping(p.headers, target), ref, existing);
};
const HEAD = 'Objekt-ID;AGS;Nutzung;Fläche;leer seit';

describe('mapping suggestions', () => {
	it('maps German and English headers onto the Kataster schema', () => {
		const m = suggestMapping(
			[
				'Objekt-Nr',
				'Gemeindeschlüssel',
				'Straße',
				'Nutzungsart',
				'Fläche (m²)',
				'Leerstand seit',
				'Longitude',
				'Latitude'
			],
			KATASTER
		);
		expect(m).toMatchObject({
			id: 'Objekt-Nr',
			ags: 'Gemeindeschlüssel',
			adresse: 'Straße',
			nutzung: 'Nutzungsart',
			flaeche_m2: 'Fläche (m²)',
			leer_seit: 'Leerstand seit',
			lon: 'Longitude',
			lat: 'Latitude'
		});
		const en = suggestMapping(['municipality', 'use', 'area', 'vacant since'], KATASTER);
		expect(en).toMatchObject({
			ags: 'municipality',
			nutzung: 'use',
			flaeche_m2: 'area',
			leer_seit: 'vacant since'
		});
	});
	it('suggests the target table from the headers, else a free table', () => {
		const targets = knownTargets();
		expect(suggestTarget(source('kataster-windows1252.csv').parsed.headers, targets)?.table).toBe(
			'kataster'
		);
		expect(suggestTarget(source('zensus-regionaltabelle.csv').parsed.headers, targets)?.table).toBe(
			ZENSUS_AMTLICH.table
		);
		expect(suggestTarget(source('events-gemischte-daten.csv').parsed.headers, targets)?.table).toBe(
			'events'
		);
		expect(suggest(source('zwei-spalten.csv'), targets).target.table).toBe('import_zwei_spalten');
	});
	it('derives manifest targets (events, pilots, stationen) with types, keys and allowed values', () => {
		const ev = targetFor('events')!;
		expect(ev.key).toBe('id');
		expect(ev.fields.find((f) => f.name === 'date')?.type).toBe('date');
		expect(ev.fields.find((f) => f.name === 'date_end')?.type).toBe('date');
		expect(ev.fields.find((f) => f.name === 'date_precision')?.type).toBe('text');
		expect(
			targetFor('stationen')
				?.fields.filter((f) => f.type === 'date')
				.map((f) => f.name)
		).toEqual(['von', 'bis']);
		expect(targetFor('pilots')?.fields.find((f) => f.name === 'target_date')?.type).toBe('date');
		expect(ev.fields.find((f) => f.name === 'ags')?.type).toBe('ags');
		expect(ev.fields.find((f) => f.name === 'status')?.values).toContain('geplant');
		expect(targetFor('pilots')?.fields.find((f) => f.name === 'lon')).toMatchObject({
			min: 9.8,
			max: 12.7
		});
	});
});

describe('validation rules (each names row, column, value, German message)', () => {
	it('a clean German Excel file loads completely, derived Kataster columns filled', () => {
		const s = source('kataster-windows1252.csv');
		const c = suggest(s, knownTargets());
		const v = validate(s.parsed, c.target, c.mapping, ref);
		expect(v.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
		expect(v.records).toHaveLength(4);
		const [a, b, , d] = v.records;
		expect(a).toMatchObject({
			id: 'JN-001',
			ags: '16053000',
			flaeche_m2: 85.5,
			leer_seit: '2021-03-01',
			miete_eur_m2: 12.5,
			adresse: 'Löbderstraße 3',
			kreis_ags: '16053',
			size_class: 'gross',
			status: 'leer',
			datenstatus: 'importiert',
			lage_ungefaehr: true
		});
		expect(JSON.parse(String(a.extra))).toEqual({
			PLZ: '07743',
			Bemerkung: '„Schaufenster“ – gut sichtbar'
		});
		expect(b).toMatchObject({ flaeche_m2: 1250, leer_seit: '2019-06-15' });
		expect(d).toMatchObject({ leer_seit: '2020-01-01', miete_eur_m2: null });
		const mixed = v.problems.find((p) => p.message.startsWith('Gemischte Datumsformate'));
		expect(mixed).toMatchObject({ row: 1, column: 'leer seit', severity: 'hinweis' });
	});
	it('file without id and coordinates: ids generated, Gemeinde label point used; bad rows named', () => {
		const s = source('kataster-utf8-bom-ohne-id-koordinaten.csv');
		const c = suggest(s, knownTargets());
		expect(c.target.table).toBe('kataster');
		const v = validate(s.parsed, c.target, c.mapping, ref);
		expect(v.records).toHaveLength(1);
		expect(v.records[0]).toMatchObject({
			id: 'z2',
			ags: '16053000',
			lage_ungefaehr: true,
			lon: ref.gemeinden.get('16053000')!.lon
		});
		const merged = changes().find((r) => r.ags_2022 === '16061039')!;
		expect(merged.change_type).toBe('merged_into');
		const byRow = Object.fromEntries(
			v.problems.filter((p) => p.severity === 'fehler').map((p) => [p.row, p])
		);
		expect(byRow[3]).toMatchObject({
			column: 'Gemeinde',
			value: '16061039',
			suggestion: merged.ags_2025
		});
		expect(byRow[3].message).toContain(merged.name_2025);
		expect(byRow[4]).toMatchObject({
			column: 'Gemeinde',
			value: '1605300',
			suggestion: '01605300'
		});
		expect(byRow[5]).toMatchObject({ column: 'Nutzung', value: 'Kiosk' });
		expect(byRow[5].message).toContain('kein zulässiger Wert');
		expect(v.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
		const six = v.problems.filter((p) => p.row === 6).map((p) => p.column);
		expect(six).toEqual(['Fläche', 'Leerstand seit']);
	});
	it('required field empty', () => {
		const v = run(`${HEAD}\n;16053000;;40;01.01.2024`);
		expect(v.problems).toEqual([
			expect.objectContaining({
				row: 2,
				column: 'Nutzung',
				value: '',
				message: 'Pflichtfeld „Nutzung“ ist leer.'
			})
		]);
	});
	it('required column missing in the file → row 1, nothing valid', () => {
		const v = run('AGS;Nutzung\n16053000;Büro');
		expect(v.problems.map((p) => [p.row, p.column])).toEqual([
			[1, 'flaeche_m2'],
			[1, 'leer_seit']
		]);
		expect(v.records).toEqual([]);
	});
	it('type, range and plausible date', () => {
		const v = run(
			`${HEAD}\na;16053000;Büro;viel;01.01.2024\nb;16053000;Büro;-5;01.01.2024\nc;16053000;Büro;40;01.01.1850\nd;16053000;Büro;40;2024-13-01`
		);
		expect(v.problems.map((p) => [p.row, p.column, p.value])).toEqual([
			[2, 'Fläche', 'viel'],
			[3, 'Fläche', '-5'],
			[4, 'leer seit', '01.01.1850'],
			[5, 'leer seit', '2024-13-01']
		]);
		expect(v.problems[1].message).toContain('außerhalb');
		expect(v.problems[2].message).toContain('nicht plausibel');
	});
	it('AGS unknown, AGS by unique Gemeinde name', () => {
		const v = run(`${HEAD}\na;16999999;Büro;40;2024\nb;Jena;Büro;40;2024`);
		expect(v.problems[0]).toMatchObject({
			row: 2,
			column: 'AGS',
			message: expect.stringContaining('keine Thüringer Gemeinde')
		});
		expect(v.records[0]).toMatchObject({ id: 'b', ags: '16053000' });
	});
	it('duplicates within the file and against the table when appending', () => {
		const v = run(
			`${HEAD}\na;16053000;Büro;40;2024\na;16053000;Büro;41;2024\nx;16053000;Büro;41;2024`,
			KATASTER,
			new Set(['x'])
		);
		expect(v.problems.map((p) => [p.row, p.column, p.message])).toEqual([
			[3, 'Objekt-ID', 'Doppelter Schlüssel „a“ (schon in Zeile 2).'],
			[4, 'Objekt-ID', 'Schlüssel „x“ gibt es in der Tabelle schon (Anfügen).']
		]);
	});
	it('Zensus Regionaltabelle: only Gemeinde rows of 2022 pass, official flag', () => {
		const s = source('zensus-regionaltabelle.csv');
		const c = suggest(s, knownTargets());
		expect(c.mapping).toMatchObject({
			ars_2022: '_RS',
			name: '_GEN',
			leq: 'LEQ',
			wohnungen: 'Wohnungen',
			leer: 'Leerstehende Wohnungen'
		});
		const v = validate(s.parsed, c.target, c.mapping, ref);
		expect(v.records.map((r) => [r.ars_2022, r.wohnungen, r.leq])).toEqual([
			['160530000000', 58716, 2.4],
			['160615009039', 110, 8.2],
			['160510000000', 117234, 3.6]
		]);
		expect(v.rejected.map((r) => r.row)).toEqual([2, 3]);
		expect(c.target.flag).toBe('official');
		const d = decide(c.target, v, 'valid_only', [], { ref, fileName: s.fileName });
		if (!d.ok) throw new Error(d.message);
		const rows = tableFromIPC(d.ipc)
			.toArray()
			.map((r) => r.toJSON());
		expect(c.target.table).toBe('leerstand_amtlich');
		expect(rows.find((r) => r.ags === '16053000')).toMatchObject({
			wohnungen: 58716,
			leer: 1423,
			quote: 2.42
		});
		const heiligenstadt = ref.successors.get('16061039')!.ags;
		expect(rows.find((r) => r.ags === heiligenstadt)).toMatchObject({ wohnungen: 110, leer: 9 });
		expect(d.notes.join(' ')).toContain('fehlen in der Datei');
		expect(decide(c.target, v, 'strict')).toMatchObject({ ok: false });
	});
	it('free table: types inferred, PLZ keeps / regains its leading zero', () => {
		const s = source('plz-ohne-null.csv');
		expect(s.delimiter).toBe('|');
		const c = freeTarget(s.parsed, 'import_plz');
		expect(c.target.fields.map((f) => [f.name, f.type])).toEqual([
			['ort', 'text'],
			['plz', 'plz'],
			['einwohner', 'int']
		]);
		const v = validate(s.parsed, c.target, c.mapping, ref);
		expect(v.records.map((r) => r.plz)).toEqual(['07743', '07545', '99084']);
		expect(v.problems.filter((p) => p.severity === 'hinweis')).toHaveLength(2);
		expect(v.records[0].einwohner).toBe(109725);
	});
	it('strict refuses a file with errors; valid_only builds the valid rows', () => {
		const s = source('kataster-utf8-bom-ohne-id-koordinaten.csv');
		const c = suggest(s, knownTargets());
		const v = validate(s.parsed, c.target, c.mapping, ref);
		expect(decide(c.target, v, 'strict')).toMatchObject({
			ok: false,
			message: expect.stringContaining('nichts geändert')
		});
		expect(decide(c.target, v, 'valid_only')).toMatchObject({ ok: true, rows: 1 });
	});
	it('problem list and rejected rows download as German Excel CSV', () => {
		const s = source('kataster-utf8-bom-ohne-id-koordinaten.csv');
		const c = suggest(s, knownTargets());
		const v = validate(s.parsed, c.target, c.mapping, ref);
		const csv = problemsCsv(s.fileName, v.problems);
		expect(csv.startsWith('\uFEFFDatei;Zeile;Spalte;Wert;Art;Problem;Vorschlag\r\n')).toBe(true);
		expect(csv).toContain('kataster-utf8-bom-ohne-id-koordinaten.csv;3;Gemeinde;16061039;fehler;');
		const rej = rejectedCsv(s.parsed.headers, v.rejected);
		expect(rej.split('\r\n')[1]).toBe('3;16061039;Einzelhandel;55;01.02.2023;Dorfstraße 2');
	});
});
