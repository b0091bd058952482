import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { tableFromIPC } from 'apache-arrow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../../src/lib/db/registry';
import { FREE } from '../../../src/lib/ingest';
import { testDb } from '../db/helpers';
import { fixture } from './helpers';
import { nodeSession, runImport } from './session';

const utf8 = (s: string) => new TextEncoder().encode(s);
const embeddedRows = (name: string) =>
	tableFromIPC(readFileSync(join(process.cwd(), 'data', `${name}.arrow`))).numRows;
const hash = async (table: string) =>
	(await (await testDb()).rows(registry.ingestTableHash(table)))[0];

describe('consent before a built-in table changes', () => {
	it('a file with an id column goes to a new free table; Termine change only when chosen, and come back', async () => {
		const { session: s } = await nodeSession();
		const before = await hash('events');
		await s.readBytes('termine.csv', fixture('events-gemischte-daten.csv'));
		expect(s.targetId).toBe(FREE);
		expect(s.target?.table).toBe('import_termine');
		expect(s.suggested?.table).toBe('events');
		await s.check();
		expect(s.loadLabel).toBe('Neue Tabelle „import_termine“ anlegen: 3 Zeilen laden');
		await s.confirm('strict');
		expect(s.done).toContain('Gelesen: 3 Zeilen = 3 geladen + 0 abgelehnt');
		expect(await hash('events')).toEqual(before);

		// the same name again: another new table, the first import stays
		await s.readBytes('termine.csv', fixture('events-gemischte-daten.csv'));
		await s.setTarget(FREE);
		expect(s.target?.table).toBe('import_termine_2');

		// the explicit choice: the button says what happens
		await s.setTarget('events');
		await s.check();
		const n = embeddedRows('events');
		expect(s.loadLabel).toBe(
			`Termine ersetzen: ${n} eingebettete Zeilen → 3 neue`.replace('Termine', s.target!.title)
		);
		await s.confirm('strict');
		expect((await hash('events')).n).toBe(3);
		expect(s.lastLoaded).toMatchObject({ table: 'events', embedded: true });
		await s.restore();
		expect(s.done).toContain('wieder die eingebetteten Daten');
		expect(await hash('events')).toEqual(before);
	});
});

describe('structure and accounting', () => {
	it('title lines above the header are skipped and named; mixed line ends keep every row', async () => {
		const { session: s } = await nodeSession();
		await s.readBytes(
			'titel.csv',
			utf8('Statistik 2024, Stand März\n# Kommentar\na,b,c\n1,2,3\r\n4,5,6\n7,8,9\r')
		);
		expect(s.source?.parsed.headers).toEqual(['a', 'b', 'c']);
		expect(s.source?.parsed.skipped).toBe(2);
		expect(s.account?.read).toBe(3);
		await s.reread({ skip: 0 });
		expect(s.source?.parsed.headers[0]).toBe('Statistik 2024');
	});

	it('a stray quote that swallows lines is refused with its line; without quotes every row loads', async () => {
		const { session: s } = await nodeSession();
		const text = 'ns\ttitle\n0\t!\n0\t"Hallo\n0\tWelt\n0\tx\n';
		const r = await runImport(s, 'zitat.tsv', utf8(text));
		expect(r.status).toBe('refused');
		expect(r.message).toContain('Zeile 3');
		expect(r.message).toContain('„title“');
		expect(s.offer).toBe('noQuotes');
		await s.reread({ noQuotes: true });
		expect(s.account?.read).toBe(4);
		await s.check();
		expect(s.validated!.records.length + s.validated!.rejected.length).toBe(4);
	});

	it('header only, gzip, binary and NDJSON', async () => {
		const { session: s } = await nodeSession();
		await s.readBytes('kopf.csv', utf8('a;b;c\n'));
		expect(s.error).toContain('nur eine Kopfzeile, keine Daten');
		expect(s.source).toBeUndefined();
		await s.readBytes('daten.csv.gz', gzipSync(utf8('a;b\n1;2\n3;4\n')));
		expect(s.source?.packed).toBe('daten.csv.gz');
		expect(s.account?.read).toBe(2);
		await s.readBytes('x.csv.zst', Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]));
		expect(s.error).toContain('Zstandard');
		await s.readBytes('zeilen.json', utf8('{"a":1,"b":"x"}\n{"a":2,"c":true}\nkaputt\n'));
		expect(s.source?.format).toBe('ndjson');
		expect(s.source?.parsed.headers).toEqual(['a', 'b', 'c']);
		await s.check();
		expect(s.validated!.rejected.map((r) => r.row)).toEqual([3]);
	});

	it('Shift-JIS is refused instead of loaded as garbled Windows-1252', async () => {
		const { session: s } = await nodeSession();
		// „日本語,テスト\n1,2“ in Shift-JIS
		const sjis = Uint8Array.from([
			0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x2c, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a, 0x31,
			0x2c, 0x32, 0x0a
		]);
		await s.readBytes('sjis.csv', sjis);
		expect(s.source).toBeUndefined();
		expect(s.error).toContain('weder UTF-8 noch UTF-16');
	});

	it('a free column can be kept as text', async () => {
		const { session: s } = await nodeSession();
		await s.readBytes('plz.csv', utf8('Ort;PLZ\nJena;ABC\nGera;07545\n'));
		const plz = s.target!.fields.find((f) => f.label === 'PLZ')!;
		expect(plz.type).toBe('text');
		await s.readBytes('zahl.csv', utf8('Ort;Wert\nJena;1\nGera;2\n'));
		expect(s.target!.fields[1].type).toBe('int');
		s.setType(s.target!.fields[1].name, 'text');
		expect(s.target!.fields[1].type).toBe('text');
	});
});
