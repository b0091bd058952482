import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import {
	baseline,
	baselineRows,
	rowObjects,
	sameGroups,
	type Columns
} from '../../src/lib/bench/baseline';
import { registry } from '../../src/lib/db/registry';
import { openNodeDb } from '../../src/lib/db/node';
import { sql } from '../../src/lib/db/sql';

describe('benchmark baseline', () => {
	it('gives exactly what DuckDB gives on the Beispieldaten', async () => {
		const bytes = new Uint8Array(readFileSync('data/kataster_beispiel.arrow'));
		const db = await openNodeDb({ tables: { kataster: bytes } });
		const t = tableFromIPC(bytes);
		const col = (n: string) => [...t.getChild(n)!] as never;
		const cols: Columns = {
			nutzung: col('nutzung'),
			size_class: col('size_class'),
			zustand: col('zustand'),
			ags: col('ags'),
			flaeche_m2: col('flaeche_m2')
		};
		const [{ n }] = await db.rows(registry.benchCount);
		expect(n).toBe(t.numRows);
		expect(sameGroups(await db.rows(registry.benchNutzung), baseline.nutzung(cols))).toBe(true);
		expect(
			sameGroups(await db.rows(registry.benchKlasseZustand), baseline.klasseZustand(cols))
		).toBe(true);
		const eh = await db.rows(registry.benchGemeindeEinzelhandel, ['Einzelhandel']);
		expect(eh.length).toBeGreaterThan(10);
		expect(sameGroups(eh, baseline.gemeindeEinzelhandel(cols, 'Einzelhandel'))).toBe(true);
		expect(sameGroups(eh, baseline.gemeindeEinzelhandel(cols, 'Büro'))).toBe(false);
		await db.rows(registry.katasterPrepare);
		const jahr = await db.rows(registry.benchJahr);
		const [{ n: jahrRows }] = await db.rows(
			sql<{ n: number }>([], 'SELECT count(*) AS n FROM kataster_jahr')
		);
		expect(jahr.length).toBe(jahrRows);
		expect(Object.keys(jahr[0]).sort()).toEqual([
			'ags',
			'dauer_klasse',
			'flaeche_klasse',
			'flaeche_m2',
			'jahr',
			'kreis_ags',
			'nutzung',
			'size_class',
			'status',
			'zustand'
		]);
		const rows = rowObjects(cols);
		expect(baselineRows.nutzung(rows)).toEqual(baseline.nutzung(cols));
		expect(baselineRows.klasseZustand(rows)).toEqual(baseline.klasseZustand(cols));
		expect(baselineRows.gemeindeEinzelhandel(rows, 'Einzelhandel')).toEqual(
			baseline.gemeindeEinzelhandel(cols, 'Einzelhandel')
		);
	}, 120_000);
});
