import { describe, expect, it } from 'vitest';
import { manifest } from '../../../src/lib/data/files';
import { fmtDateTime } from '../../../src/lib/format';
import { analyseCsv, decide, suggest } from '../../../src/lib/ingest/importer';
import { knownTargets } from '../../../src/lib/ingest/targets';
import { validate } from '../../../src/lib/ingest/validate';
import type { StoredTable } from '../../../src/lib/store/types';
import { catalogue, latest } from '../../../src/routes/daten/catalogue';
import { fixture, reference } from './helpers';

function stored(
	name: string,
	file: string,
	updated: string,
	flag: 'user' | 'real' = 'user'
): StoredTable {
	const a = analyseCsv(file, fixture(file));
	if (!a.ok) throw new Error(a.message);
	const c = suggest(a.source, knownTargets());
	const v = validate(a.source.parsed, c.target, c.mapping, reference());
	const d = decide(c.target, v, 'valid_only', [], { ref: reference(), fileName: file });
	if (!d.ok) throw new Error(d.message);
	return {
		meta: { name, flag, source: file, updated, version: 1 },
		data: { kind: 'arrow', ipc: d.ipc }
	};
}

describe('catalogue of embedded and imported tables', () => {
	const kat = stored('kataster', 'kataster-windows1252.csv', '2026-11-24T20:00:00Z');
	const zensus = stored(
		'leerstand_amtlich',
		'zensus-regionaltabelle.csv',
		'2026-11-24T21:00:00Z',
		'real'
	);
	const ev = stored('events', 'events-gemischte-daten.csv', '2026-11-24T19:00:00Z');
	const all = catalogue(
		manifest.datasets.filter((d) => d.format === 'arrow'),
		[kat, zensus, ev]
	);

	it('lists every embedded table and adds imported ones with file, time, flag', () => {
		expect(all.filter((e) => e.embedded).length).toBe(
			manifest.datasets.filter((d) => d.format === 'arrow').length
		);
		expect(all.find((e) => e.name === 'kataster')).toMatchObject({
			rows: 4,
			flag: 'user',
			embedded: false,
			stored: { source: 'kataster-windows1252.csv' }
		});
		expect(all.find((e) => e.name === 'leerstand_amtlich')).toMatchObject({
			flag: 'official',
			columns: 6
		});
		const events = all.find((e) => e.name === 'events')!;
		expect(events).toMatchObject({
			rows: 3,
			embedded: true,
			flag: 'user',
			source: 'events-gemischte-daten.csv'
		});
	});
	it('previews the latest change', () => {
		const l = latest([kat, zensus, ev], 2)!;
		expect(l.meta.name).toBe('leerstand_amtlich');
		expect(l.rows).toHaveLength(2);
		expect(l.columns).toContain('quote');
	});
	it('formats the time of a change in Europe/Berlin', () => {
		expect(fmtDateTime('2026-11-24T20:05:00Z')).toBe('24.11.2026, 21:05');
		expect(fmtDateTime(undefined)).toBe('–');
	});
});
