import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rowsToIpc } from '../../../src/lib/data/arrow';
import {
	diffRows,
	ipcRows,
	katasterCounts,
	KATASTER_COUNTS_TABLE,
	readDatenstand,
	writeDatenstand,
	type DatenstandInfo
} from '../../../src/lib/project/datenstand';
import { layerMap } from '../../../src/lib/store/layer-map';
import type { StoredTable } from '../../../src/lib/store/types';
import { toIpc } from '../../../src/lib/store/arrow';
import { main } from '../../../scripts/datenstand/cli';
import { beispielDatenstand, BEISPIEL_PATH } from '../../../scripts/datenstand/beispiel';

const meta = (name: string, flag: StoredTable['meta']['flag'] = 'user') => ({
	name,
	flag,
	source: 'Test',
	updated: '2025-01-01T00:00:00.000Z',
	version: 1
});
const events = (rows: { id: string; title: string }[]): StoredTable => ({
	meta: meta('events'),
	data: {
		kind: 'arrow',
		ipc: rowsToIpc(
			[
				{ name: 'id', type: 'text' },
				{ name: 'title', type: 'text' }
			],
			rows
		)
	}
});
const kataster: StoredTable = {
	meta: meta('kataster'),
	data: {
		kind: 'rows',
		columns: [
			{ name: 'id', type: 'text' },
			{ name: 'ags', type: 'text' },
			{ name: 'adresse', type: 'text' },
			{ name: 'eigentuemer_typ', type: 'text' },
			{ name: 'status', type: 'text' },
			{ name: 'flaeche_m2', type: 'float' }
		],
		rows: [
			{
				id: 'o1',
				ags: '16051000',
				adresse: 'Anger 1',
				eigentuemer_typ: 'privat',
				status: 'leer',
				flaeche_m2: 120
			},
			{
				id: 'o2',
				ags: '16051000',
				adresse: 'Anger 2',
				eigentuemer_typ: 'privat',
				status: 'wieder vermietet',
				flaeche_m2: 80
			},
			{
				id: 'o3',
				ags: '16055000',
				adresse: 'Markt 3',
				eigentuemer_typ: 'kommunal',
				status: 'leer',
				flaeche_m2: 50.5
			}
		]
	}
};
const info: DatenstandInfo = {
	publisher: 'Geschäftsstelle',
	date: '2025-02-03',
	note: 'Test',
	objektdaten: false
};

describe('Datenstand file', () => {
	it('round trip: publisher, date, note, tables with their rows and a SHA-256 each', async () => {
		const ev = events([{ id: 'e1', title: 'Treffen' }]);
		const bytes = await writeDatenstand([ev], info);
		const r = await readDatenstand('x.atlas', bytes);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.datenstand.info).toEqual(info);
		expect(r.datenstand.tables.map((t) => t.meta.name)).toEqual(['events']);
		expect(r.datenstand.tables[0].sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(ipcRows(r.datenstand.tables[0].ipc)).toEqual([{ id: 'e1', title: 'Treffen' }]);
	});

	it('a table whose bytes do not match its SHA-256 is refused as a whole, in German', async () => {
		const bytes = await writeDatenstand([events([{ id: 'e1', title: 'Treffen' }])], info);
		const files = unzipSync(bytes);
		const name = Object.keys(files).find((f) => f.startsWith('tabellen/'))!;
		const other = rowsToIpc(
			[
				{ name: 'id', type: 'text' },
				{ name: 'title', type: 'text' }
			],
			[{ id: 'e1', title: 'Treffen!' }]
		);
		const r = await readDatenstand('x.atlas', zipSync({ ...files, [name]: other }));
		expect(r).toEqual({
			ok: false,
			message: expect.stringContaining('Prüfsumme der Tabelle „events“ stimmt nicht')
		});
	});

	it('a changed meta.json (publisher) fails its checksum', async () => {
		const files = unzipSync(await writeDatenstand([events([])], info));
		const m = strFromU8(files['meta.json']).replace('Geschäftsstelle', 'Jemand anderes');
		const r = await readDatenstand('x.atlas', zipSync({ ...files, 'meta.json': strToU8(m) }));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toContain('Prüfsumme von „meta.json“');
	});

	it('every single flipped byte: refused, or read with exactly the same content (never half or silently changed)', async () => {
		const bytes = await writeDatenstand([events([{ id: 'e1', title: 'Treffen' }])], info);
		const good = await readDatenstand('x.atlas', bytes);
		if (!good.ok) throw new Error(good.message);
		const fingerprint = (d: typeof good.datenstand) =>
			JSON.stringify([d.info, d.tables.map((t) => [t.meta, t.sha256, ipcRows(t.ipc)])]);
		let refused = 0;
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes.slice();
			b[i] ^= 0x01;
			const r = await readDatenstand('x.atlas', b);
			if (r.ok) expect(fingerprint(r.datenstand)).toBe(fingerprint(good.datenstand));
			else refused++;
		}
		expect(refused).toBeGreaterThan(bytes.length / 2);
	});

	it('incompatible format and a plain project file are refused', async () => {
		const files = unzipSync(await writeDatenstand([events([])], info));
		const m = JSON.parse(strFromU8(files['meta.json']));
		delete m.datenstand;
		const noInfo = strToU8(JSON.stringify(m));
		const { sha256Hex } = await import('../../../src/lib/project/datenstand');
		const r1 = await readDatenstand(
			'x.atlas',
			zipSync({ ...files, 'meta.json': noInfo, 'meta.sha256': strToU8(await sha256Hex(noInfo)) })
		);
		expect(r1.ok ? '' : r1.message).toContain('kein veröffentlichter Datenstand');
		const m2 = strToU8(strFromU8(files['meta.json']).replace('"format": 1', '"format": 99'));
		const r2 = await readDatenstand(
			'x.atlas',
			zipSync({ ...files, 'meta.json': m2, 'meta.sha256': strToU8(await sha256Hex(m2)) })
		);
		expect(r2.ok ? '' : r2.message).toContain('Projektformat 99');
	});
});

describe('privacy default', () => {
	it('the Kataster goes out as counts per Gemeinde only: no addresses, no owners, no object rows', async () => {
		const counts = katasterCounts((kataster.data as { rows: Record<string, unknown>[] }).rows);
		expect(counts.rows).toEqual([
			{ ags: '16051000', objekte: 2, leer: 1, flaeche_leer_m2: 120 },
			{ ags: '16055000', objekte: 1, leer: 1, flaeche_leer_m2: 50.5 }
		]);
		const bytes = await writeDatenstand(
			[{ meta: meta(KATASTER_COUNTS_TABLE), data: counts }],
			info
		);
		const r = await readDatenstand('x.atlas', bytes);
		expect(r.ok).toBe(true);
		const text = Object.values(unzipSync(bytes))
			.map((b) => strFromU8(b, true))
			.join('');
		expect(text).not.toContain('Anger');
		expect(text).not.toContain('privat');
	});

	it('object rows in a file not flagged „Objektdaten“ are refused; flagged, they are accepted', async () => {
		const off = await readDatenstand('x.atlas', await writeDatenstand([kataster], info));
		expect(off.ok ? '' : off.message).toContain('enthält Objektdaten');
		const on = await readDatenstand(
			'x.atlas',
			await writeDatenstand([kataster], { ...info, objektdaten: true })
		);
		expect(on.ok).toBe(true);
	});
});

describe('diff per table', () => {
	it('counts rows added, changed and removed by id', () => {
		const before = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 2 },
			{ id: 'c', v: 3 }
		];
		const after = [
			{ id: 'a', v: 1 },
			{ id: 'b', v: 20 },
			{ id: 'd', v: 4 },
			{ id: 'e', v: 5 }
		];
		expect(diffRows('t', before, after)).toEqual({
			name: 't',
			added: 2,
			changed: 1,
			removed: 1,
			status: 'geändert'
		});
		expect(diffRows('t', undefined, after)).toMatchObject({ added: 4, status: 'neu' });
		expect(diffRows('t', before, undefined)).toMatchObject({ removed: 3, status: 'entfällt' });
		expect(diffRows('t', before, before)).toMatchObject({
			added: 0,
			changed: 0,
			removed: 0,
			status: 'unverändert'
		});
	});

	it('without a key column rows are compared by content (duplicates count)', () => {
		expect(diffRows('t', [{ x: 1 }, { x: 1 }], [{ x: 1 }, { x: 2 }])).toMatchObject({
			added: 1,
			removed: 1,
			changed: 0
		});
	});
});

describe('layers', () => {
	it('published < local: equal local copies stay „veröffentlicht“, changed ones are drafts', async () => {
		const pub = events([{ id: 'e1', title: 'Treffen' }]);
		const base = {
			info: { publisher: 'G', date: '2025-01-01', note: '' },
			tables: new Map([['events', pub]])
		};
		expect(layerMap([], { layer: base, toIpc }).get('events')).toEqual({
			layer: 'published',
			flag: 'user'
		});
		expect(
			layerMap([events([{ id: 'e1', title: 'Treffen' }])], { layer: base, toIpc }).get('events')
				?.layer
		).toBe('published');
		expect(
			layerMap([events([{ id: 'e1', title: 'Anders' }])], { layer: base, toIpc }).get('events')
				?.layer
		).toBe('draft');
		expect(layerMap([kataster], { layer: base, toIpc }).get('kataster')?.layer).toBe('draft');
		expect(layerMap([kataster], null).get('kataster')?.layer).toBe('local');
	});
});

describe('CLI npm run datenstand', () => {
	const run = async (...args: string[]) => {
		const out: string[] = [];
		const code = await main(args, (s) => out.push(s));
		return { code, text: out.join('\n') };
	};

	it('pruefen: the committed example is in order (exit 0) and is what the script writes', async () => {
		const r = await run('pruefen', BEISPIEL_PATH);
		expect(r.code).toBe(0);
		expect(r.text).toContain('ist in Ordnung');
		expect(r.text).toMatch(/kpi_erfassungen: 6 Zeilen, Beispieldaten/);
		expect(r.text).toMatch(/Objektdaten des Leerstandskatasters: nein/);
		// the same entries byte for byte (zip headers carry a local-time timestamp, so not the archive bytes)
		const entries = (b: Uint8Array) =>
			Object.fromEntries(
				Object.entries(unzipSync(b)).map(([k, v]) => [k, Buffer.from(v).toString('hex')])
			);
		expect(entries(await beispielDatenstand())).toEqual(entries(readFileSync(BEISPIEL_PATH)));
	});

	it('exit 1 for a damaged file, 2 for a missing file or a wrong call', async () => {
		const bad = readFileSync(BEISPIEL_PATH);
		bad[Math.floor(bad.length / 2)] ^= 0xff;
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const dir = mkdtempSync('/tmp/datenstand-');
		writeFileSync(`${dir}/kaputt.atlas`, bad);
		const r = await run('pruefen', `${dir}/kaputt.atlas`);
		expect(r.code).toBe(1);
		expect(r.text).toMatch(/^FEHLER: „kaputt\.atlas“ ist kein gültiger Datenstand/);
		expect((await run('pruefen', `${dir}/fehlt.atlas`)).code).toBe(2);
		expect((await run('pruefen')).code).toBe(2);
		expect((await run('irgendwas')).code).toBe(2);
	});

	it('the real process: npm run datenstand -- pruefen exits with the code', () => {
		const cli = (file: string) =>
			spawnSync('node_modules/.bin/tsx', ['scripts/datenstand/cli.ts', 'pruefen', file], {
				encoding: 'utf8'
			});
		const ok = cli(BEISPIEL_PATH);
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('ist in Ordnung');
		expect(cli('package.json').status).toBe(1);
	});
});
