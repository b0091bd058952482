import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { registry } from '../../../src/lib/db/registry';
import { analyseCsv, decide, validateSource } from '../../../src/lib/ingest/importer';
import {
	bulkSpec,
	loadBulk,
	prepareBulk,
	stageBulk,
	validateBulk
} from '../../../src/lib/ingest/bulk';
import { suggestMapping } from '../../../src/lib/ingest/mapping';
import { toArrowIpc } from '../../../src/lib/ingest/arrow';
import { knownTargets } from '../../../src/lib/ingest/targets';
import type { Target } from '../../../src/lib/ingest/types';
import type { StoreLike } from '../../../src/lib/ingest/load';
import type { TableData } from '../../../src/lib/store/types';
import { testDb } from '../db/helpers';
import { reference } from './helpers';

const ref = reference();
const target = (table: string) => knownTargets().find((t) => t.table === table)!;
const KATASTER = target('kataster');
const AGS = [...ref.ags].slice(0, 5);
const OLD_AGS = [...ref.successors.keys()][0];

const enc = new TextEncoder();
const utf8 = (text: string, bom = false) => enc.encode((bom ? '\uFEFF' : '') + text);
function cp1252(text: string): Uint8Array {
	const map: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
	return Uint8Array.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}
function utf16(text: string): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out.set([0xff, 0xfe]);
	for (let i = 0; i < text.length; i++) {
		out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
		out[3 + 2 * i] = text.charCodeAt(i) >> 8;
	}
	return out;
}

interface Outcome {
	problems: unknown[];
	rejected: unknown[];
	valid: number;
	hash: { hash: string; n: number } | null;
}

async function viaJs(name: string, bytes: Uint8Array, t: Target): Promise<Outcome> {
	const db = await testDb();
	const a = analyseCsv(name, bytes);
	if (!a.ok) throw new Error(a.message);
	const mapping = suggestMapping(a.source.parsed.headers, t);
	const v = await validateSource(a.source, { target: t, mapping }, ref);
	const d = decide(t, v, 'valid_only', [], { ref, fileName: name });
	let hash = null;
	if (d.ok) {
		await db.replaceTable(t.table, d.ipc);
		hash = (await db.rows(registry.ingestTableHash(t.table)))[0];
	}
	return { problems: v.problems, rejected: v.rejected, valid: v.records.length, hash };
}

const stored: TableData[] = [];
const store: StoreLike = {
	async put(_name, data) {
		stored.push(data);
		return 'saved';
	},
	async remove() {
		return 'saved';
	},
	get: () => undefined
};

async function viaBulk(name: string, bytes: Uint8Array, t: Target): Promise<Outcome | string> {
	const db = await testDb();
	const p = prepareBulk(name, bytes);
	if (!p) return 'JS: Datei';
	if (!(await stageBulk(db, p.source, p.utf8))) return 'JS: DuckDB';
	const choice = { target: t, mapping: suggestMapping(p.source.parsed.headers, t) };
	const spec = bulkSpec(p.source, choice, ref, 'replace');
	if (!spec) return 'JS: Auswahl';
	const v = await validateBulk(db, p.source, choice, ref, spec);
	if (!v) return 'JS: Prüfung';
	const r = await loadBulk(db, store, p.source, t, v, 'valid_only');
	const hash = r.ok ? (await db.rows(registry.ingestTableHash(t.table)))[0] : null;
	return { problems: v.problems, rejected: v.rejected, valid: v.bulk!.valid, hash };
}

async function same(name: string, bytes: Uint8Array, t = KATASTER) {
	const bulk = await viaBulk(name, bytes, t);
	const js = await viaJs(name, bytes, t);
	expect(bulk).toEqual(js);
	return js;
}

const HEAD = 'Objekt-ID;AGS;Nutzung;Fläche (m²);leer seit;Zustand;Länge;Breite;Status;Bemerkung';

describe('bulk import (DuckDB + SQL) equals the JS import', () => {
	it('a valid file: same table, no problems', async () => {
		const rows = Array.from(
			{ length: 50 },
			(_, i) =>
				`B-${i};${AGS[i % 5]};Einzelhandel;${40 + i},5;0${1 + (i % 9)}.0${1 + (i % 9)}.2015;mittel;${i % 2 ? '11,5' : ''};${i % 3 ? '50,9' : ''};${i % 4 ? 'leer' : ''};${i % 5 ? '' : 'Eckladen'}`
		);
		const r = await same('gut.csv', utf8([HEAD, ...rows].join('\r\n') + '\r\n', true));
		expect(r.valid).toBe(50);
		expect(r.problems).toEqual([]);
		expect(r.hash?.n).toBe(50);
	});

	it('bad numbers, dates, unknown and old AGS, duplicates, missing required values', async () => {
		const rows = [
			`B-1;${AGS[0]};Einzelhandel;abc;01.01.2015;mittel;;;;`,
			`B-2;${AGS[0]};Einzelhandel;1.234,5;31.02.2024;gut;;;;x\\y`,
			`B-3;16999999;Gastronomie;12;2024-05-01;;;;;`,
			`B-4;${OLD_AGS};Büro;12;01.01.1900;;;;;`,
			`B-1;${AGS[1]};einzelhandel;12;01.01.2015; mittel ;;;;`,
			`;${AGS[1]};Kino;0;1.1.2015;k.A.;;;;`,
			`z7;${AGS[2]};;-;01.01.2015;;;;;`,
			`;Erfurt;Sonstiges;12;01.01.2015;;12,1;;wieder vermietet;`,
			` B-9;${AGS[3]};Sonstiges;12;01.01.2015;;;;;`,
			`B-9;${AGS[3]};Sonstiges;12;01.01.2015;;;;;`,
			`B-10;1605100;Sonstiges;12;01.01.2015;;;;;`,
			`B-11;${AGS[4]};Sonstiges;12;01.01.2015;schlecht;200;99;;a "b"`.replace(/"/g, '*')
		];
		const r = await same('schlecht.csv', utf8([HEAD, ...rows].join('\n')));
		expect(r.problems.length).toBeGreaterThan(8);
	});

	it('mixed date formats keep the order of first appearance', async () => {
		const rows = [
			`A;${AGS[0]};Büro;12;2015-01-01;;;;;`,
			`B;${AGS[0]};Büro;12;01.01.2015;;;;;`,
			`C;${AGS[0]};Büro;12;2015;;;;;`
		];
		const r = await same('daten.csv', utf8([HEAD, ...rows].join('\n')));
		expect(JSON.stringify(r.problems)).toContain('1× JJJJ-MM-TT, 1× TT.MM.JJJJ, 1× JJJJ');
	});

	it('cells DuckDB could read differently: comment signs, backslashes, tabs, NUL', async () => {
		const rows = [
			`#B-1;${AGS[0]};Büro;12;01.01.2015;;;;;#x`,
			`B-2\\;${AGS[0]};Büro;12;01.01.2015;;;;;a\tb`,
			`B-3;${AGS[0]};Büro;12;01.01.2015;;;;;'x'`
		];
		const r = await same('zeichen.csv', utf8([HEAD, ...rows].join('\n')));
		expect(r.valid).toBe(3);
		const nul = utf8([HEAD, `B-1;${AGS[0]};Büro;12;01.01.2015;;;;;a\u0000b`].join('\n'));
		expect(await viaBulk('nul.csv', nul, KATASTER)).toBe('JS: Datei');
	});

	it('Windows-1252 and UTF-16 files', async () => {
		const text = [
			HEAD,
			`B-1;${AGS[0]};Büro;12;01.01.2015;;;;;Miete 5 € „günstig“ – ab sofort`,
			`B-2;${AGS[1]};Gastronomie;13,5;02.01.2016;gut;;;;`
		].join('\r\n');
		const a = await same('ansi.csv', cp1252(text));
		expect(a.valid).toBe(2);
		const b = await same('unicode.csv', utf16(text));
		expect(b.hash).toEqual(a.hash);
	});

	it('other field types (int, bool, allowed values, dates) on another target', async () => {
		const events = target('events');
		const head = 'id;title;date;kind;status;anzahl;sammelangabe;ags';
		const rows = [
			`e1;Treffen;01.02.2024;netzwerktreffen;geplant;12;ja;${AGS[0]}`,
			`e2;Treffen;2024-02-01;Netzwerktreffen;geplant;1.200;Nein;`,
			`e3;;01.02.2024;party;geplant;-5;vielleicht;16999999`,
			`e4;Treffen;01.02.2024;netzwerktreffen;unbekannt;007;0;${AGS[1]}`,
			`e4;Treffen;;ag_sitzung;;;;`
		];
		await same('events.csv', utf8([head, ...rows].join('\n')), events);
	});

	it('files DuckDB cannot read exactly like papaparse take the JS path', async () => {
		const good = Array.from({ length: 2100 }, (_, i) => `B-${i};${AGS[0]};Büro;12;01.01.2015;;;;;`);
		const ragged = utf8([HEAD, ...good, `X;${AGS[0]};Büro;12;01.01.2015`].join('\n'));
		expect(await viaBulk('kurz.csv', ragged, KATASTER)).toBe('JS: DuckDB');
		const tooLong = utf8([HEAD, ...good, `X;${AGS[0]};Büro;12;01.01.2015;;;;;;x`].join('\n'));
		expect(await viaBulk('lang.csv', tooLong, KATASTER)).toBe('JS: DuckDB');
		// a trailing delimiter: papaparse and DuckDB both ignore the empty last field
		await same(
			'semikolon.csv',
			utf8([HEAD, ...good, `X;${AGS[0]};Büro;12;01.01.2015;;;;;;`].join('\n'))
		);
		const early = utf8(`${HEAD}\nB-1;${AGS[0]};Büro;12;01.01.2015\n`);
		expect(await viaBulk('frueh.csv', early, KATASTER)).toBe('JS: Datei');
		const blankRow = utf8(`${HEAD}\nB-1;${AGS[0]};Büro;12;01.01.2015;;;;;\n;;;;;;;;;\n`);
		expect(await viaBulk('leer.csv', blankRow, KATASTER)).toBe('JS: Prüfung');
		const quoted = utf8(`${HEAD}\n"B-1";${AGS[0]};Büro;12;01.01.2015;;;;;\n`);
		expect(await viaBulk('quote.csv', quoted, KATASTER)).toBe('JS: Datei');
		const blankLine = utf8(`${HEAD}\n\nB-1;${AGS[0]};Büro;12;01.01.2015;;;;;\n`);
		expect(await viaBulk('zeile.csv', blankLine, KATASTER)).toBe('JS: Datei');
	});

	it('strict refuses like decide, and nothing changes', async () => {
		const db = await testDb();
		const text = [HEAD, `B-1;${AGS[0]};Büro;12;01.01.2015;;;;;`, `B-2;16999999;Büro;12;x;;;;;`];
		const bytes = utf8(text.join('\n'));
		const a = analyseCsv('streng.csv', bytes);
		if (!a.ok) throw new Error(a.message);
		const choice = { target: KATASTER, mapping: suggestMapping(a.source.parsed.headers, KATASTER) };
		const d = decide(KATASTER, await validateSource(a.source, choice, ref), 'strict');
		const before = (await db.rows(registry.ingestTableHash('kataster')))[0];
		const p = prepareBulk('streng.csv', bytes)!;
		expect(await stageBulk(db, p.source, p.utf8)).toBe(true);
		const v = (await validateBulk(
			db,
			p.source,
			choice,
			ref,
			bulkSpec(p.source, choice, ref, 'replace')!
		))!;
		const r = await loadBulk(db, store, p.source, KATASTER, v, 'strict');
		expect(r).toEqual({ ok: false, message: (d as { message: string }).message });
		expect((await db.rows(registry.ingestTableHash('kataster')))[0]).toEqual(before);
	});

	it('the store gets the whole table as Arrow IPC', async () => {
		const db = await testDb();
		stored.length = 0;
		const rows = Array.from({ length: 20 }, (_, i) => `B-${i};${AGS[0]};Büro;12;01.01.2015;;;;;`);
		const r = await viaBulk('store.csv', utf8([HEAD, ...rows].join('\n')), KATASTER);
		expect(typeof r).toBe('object');
		const data = stored.at(-1)!;
		expect(data.kind).toBe('arrow');
		await db.replaceTable('kataster_kopie', (data as { ipc: Uint8Array }).ipc);
		expect((await db.rows(registry.ingestTableHash('kataster_kopie')))[0]).toEqual(
			(r as Outcome).hash
		);
	});

	it('the registry statements, step by step', async () => {
		const db = await testDb();
		const text = `${HEAD}\nB-1;${AGS[0]};Büro;12;01.01.2015;;;;;x\nB-1;x;;;;;;;;`;
		const p = prepareBulk('schritt.csv', utf8(text))!;
		const cells = text
			.split('\n')
			.slice(1)
			.map((l) => l.split(';'));
		const distinct = (i: number) => [...new Set(cells.map((c) => c[i]).filter(Boolean))];
		await db.registerFile('import_schritt.csv', p.utf8);
		await db.rows(registry.bulkStage('t_zellen', 'import_schritt.csv', ';', 10));
		await db.dropFile('import_schritt.csv');
		expect(await db.rows(registry.bulkStageCount('t_zellen'))).toEqual([{ n: 2 }]);
		// a free table's type reads every distinct filled cell of the staged column
		const names = await db.rows(registry.bulkColumnValues('t_zellen', 0));
		expect(names.map((r) => r.v)).toEqual(distinct(0));
		const art = await db.rows(registry.bulkColumnValues('t_zellen', 2));
		expect(art.map((r) => r.v)).toEqual(distinct(2));
		const choice = { target: KATASTER, mapping: suggestMapping(p.source.parsed.headers, KATASTER) };
		const spec = bulkSpec(p.source, choice, ref, 'replace')!;
		await db.rows(registry.bulkCheck('t_zellen', 't_pruefung', spec, 10));
		const slow = await db.rows(registry.bulkSlowRows('t_zellen', 't_pruefung', 10, ''));
		expect(slow.map((r) => r.__row)).toEqual([2, 3]);
		const none = await db.rows(registry.bulkDateStats('t_zellen', 't_pruefung', spec, ''));
		expect(none[0].n).toBe(0);
		await db.stageTable('t_js', toArrowIpc(KATASTER, []));
		const columns = [...KATASTER.fields, ...KATASTER.derived!].map((f) => f.name);
		await db.rows(registry.bulkBuild('t_neu', 't_zellen', 't_pruefung', 't_js', spec, columns, ''));
		await db.swapTable('t_fertig', 't_neu');
		expect((await db.rows(registry.ingestTableCount('t_fertig')))[0].n).toBe(0);
		expect((await db.tableIpc('t_fertig')).length).toBeGreaterThan(0);
		for (const t of ['t_zellen', 't_pruefung', 't_js', 't_fertig'])
			await db.rows(registry.bulkDrop(t));
		expect(() => registry.bulkStage('t', '../x.csv', ';', 2)).toThrow();
		expect(() => registry.bulkStage('t', 'import_x.csv', "'", 2)).toThrow();
	});

	it('random files: same problems and table (property test)', async () => {
		const cells = {
			id: fc.constantFrom(
				'A',
				'B',
				'C',
				'',
				' A',
				'z2',
				'z3',
				'k.A.',
				'-',
				'NA',
				'\u212Aa',
				'A\ufeff'
			),
			ags: fc.constantFrom(AGS[0], AGS[1], OLD_AGS, '16999999', '1605100', 'Erfurt', ''),
			nutzung: fc.constantFrom('Büro', 'büro', 'Kino', '', ' Büro', '\u00a0Büro'),
			flaeche: fc.constantFrom('12', '12,5', '1.234,5', '0', '-3', 'x', '', '2.5', '1E3'),
			datum: fc.constantFrom(
				'01.01.2015',
				'1.1.2015',
				'2015-01-01',
				'2015',
				'31.02.2015',
				'01.01.1900',
				''
			),
			zustand: fc.constantFrom('gut', 'Gut', '', 'na', 'schlecht'),
			lon: fc.constantFrom('', '11,1', '20'),
			lat: fc.constantFrom('', '50,9'),
			status: fc.constantFrom('', 'leer', 'zwischengenutzt'),
			extra: fc.constantFrom('', 'x', ' y', 'a\\b', 'k. a.', 'x\u2003', '\u0085x', '\u3000', 'ä\tö')
		};
		const row = fc.tuple(...Object.values(cells)).map((c) => c.join(';'));
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
				const bulk = await viaBulk('zufall.csv', utf8([HEAD, ...rows].join('\n')), KATASTER);
				const js = await viaJs('zufall.csv', utf8([HEAD, ...rows].join('\n')), KATASTER);
				if (typeof bulk === 'string') expect(bulk).toBe('JS: Prüfung');
				else expect(bulk).toEqual(js);
			}),
			{ numRuns: 100, seed: 13 }
		);
	});
});
