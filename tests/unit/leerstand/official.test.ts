import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { NO_FILTER } from '../../../src/lib/leerstand/queries';
import {
	aggregateOfficial,
	OFFICIAL_TABLE,
	officialTableData,
	OfficialImportError,
	parseCount,
	type OfficialColumns,
	type OfficialResult,
	type RawRow
} from '../../../src/lib/leerstand/official';
import { computeLeerstand, leerstandDb, loadBase } from '../../../src/lib/leerstand/source';
import type { Db } from '../../../src/lib/db/types';
import { toIpc } from '../../../src/lib/store/arrow';
import { testDb } from '../db/helpers';

/**
 * Imports an official Regionaltabelle (rows as read from the file) into leerstand_amtlich.
 * On any error nothing is replaced. Persisting it (local store) is the caller's business:
 * `store.put(OFFICIAL_TABLE, officialTableData(result), { flag: 'user', source: file })`.
 */
async function importOfficial(
	raw: Db,
	rows: RawRow[],
	opts: { file?: string; columns?: Partial<OfficialColumns> } = {}
): Promise<OfficialResult> {
	const db = await leerstandDb(raw);
	const mapping = await db.rows(registry.leerstandMapping);
	const result = aggregateOfficial(rows, mapping, opts);
	await db.replaceTable(OFFICIAL_TABLE, toIpc(officialTableData(result)));
	return result;
}

async function mapping() {
	const db = await leerstandDb(await testDb());
	return db.rows(registry.leerstandMapping);
}

/** A Regionaltabelle-shaped fixture: one row per 2022 Gemeinde plus Land and Kreis rows. */
async function fixture() {
	const m = await mapping();
	const rows: Record<string, unknown>[] = [
		{ _RS: '16', Name: 'Thüringen', Wohnungen: '1.200.000', Leerstehend: '90.000', LEQ: '7,5' },
		{ _RS: '16061', Name: 'Eichsfeld', Wohnungen: '50000', Leerstehend: '3000', LEQ: '6' }
	];
	m.forEach((r, i) =>
		rows.push({
			_RS: r.ars_2022,
			Name: r.name_2022,
			Wohnungen: 1000 + i,
			Leerstehend: 10 + (i % 50),
			LEQ: ''
		})
	);
	return { m, rows };
}

describe('official Regionaltabelle loader', () => {
	it('registry.leerstandMapping: merges are summed, splits flagged and left out', async () => {
		const { m, rows } = await fixture();
		const res = aggregateOfficial(rows, m, { file: 'regionaltabelle.csv' });
		expect(res.read).toBe(m.length);
		const byAgs = new Map(res.rows.map((r) => [r.ags, r]));
		// merge: the new Uder (16061119) = sum of its 2022 parts
		const parts = m.map((r, i) => ({ r, i })).filter(({ r }) => r.ags_2025 === '16061119');
		expect(parts.length).toBeGreaterThan(1);
		const uder = byAgs.get('16061119')!;
		expect(uder.wohnungen).toBe(parts.reduce((a, { i }) => a + 1000 + i, 0));
		expect(uder.leer).toBe(parts.reduce((a, { i }) => a + 10 + (i % 50), 0));
		expect(uder.quote).toBeCloseTo((100 * uder.leer!) / uder.wohnungen!, 2);
		expect(uder.is_split).toBe(false);
		// split: Dünwald, Rodeberg, Anrode → Unstruttal etc. flagged, their counts not added
		const unstruttal = byAgs.get('16064071')!;
		expect(unstruttal.is_split).toBe(true);
		expect(unstruttal.teile).toContain('Anrode');
		const own = m.map((r, i) => ({ r, i })).filter(({ r }) => r.ags_2025 === '16064071');
		expect(unstruttal.wohnungen).toBe(own.reduce((a, { i }) => a + 1000 + i, 0));
		expect(res.notes.join(' ')).toMatch(/aufgeteilt/);
		// 605 Gemeinden of 2025 (the three split Gemeinden have no unit of their own)
		expect(res.rows).toHaveLength(605);
	});

	it('derives vacant dwellings from LEQ when the count is missing; secrecy marks give null', () => {
		const m = [
			{
				ars_2022: '160510000000',
				ags_2022: '16051000',
				name_2022: 'Erfurt',
				ags_2025: '16051000',
				is_split: false
			},
			{
				ars_2022: '160520000000',
				ags_2022: '16052000',
				name_2022: 'Gera',
				ags_2025: '16052000',
				is_split: false
			}
		];
		const res = aggregateOfficial(
			[
				{ _RS: '160510000000', WOHNUNGEN: '120.000', LEQ: '5,5' },
				{ _RS: '160520000000', WOHNUNGEN: '–', LEQ: '12,1' }
			],
			m
		);
		expect(res.rows[0]).toMatchObject({ ags: '16051000', leer: 6600, quote: 5.5 });
		expect(res.rows[1]).toMatchObject({ ags: '16052000', wohnungen: null, quote: null });
		expect(parseCount('-3,5'.slice(1), 'x')).toBe(3.5);
	});

	it('bad input gives a German message naming file, row and column', () => {
		const m = [
			{
				ars_2022: '160510000000',
				ags_2022: '16051000',
				name_2022: 'Erfurt',
				ags_2025: '16051000',
				is_split: false
			}
		];
		expect(() =>
			aggregateOfficial([{ Name: 'x', Wohnungen: 1, LEQ: 1 }], m, { file: 'a.csv' })
		).toThrow(/a\.csv: Die Schlüsselspalte „_RS“/);
		expect(() =>
			aggregateOfficial([{ _RS: '160510000000', Wohnungen: 'viele', LEQ: '1' }], m, {
				file: 'a.csv'
			})
		).toThrow(
			new OfficialImportError('a.csv, Zeile 2, Spalte „Wohnungen“: „viele“ ist keine Zahl.')
		);
	});

	it('registry.leerstandInit + import switch every view to „amtlich“', async () => {
		const raw = await testDb();
		const { rows } = await fixture();
		const before = computeLeerstand(await loadBase(raw), NO_FILTER);
		expect(before.datenstatus).toBe('schaetzung');
		await expect(
			importOfficial(raw, [{ _RS: '16', X: 1 }], { file: 'kaputt.csv' })
		).rejects.toThrow(/kaputt\.csv/);
		expect(computeLeerstand(await loadBase(raw), NO_FILTER).datenstatus).toBe('schaetzung');
		await importOfficial(raw, rows, { file: 'regionaltabelle.csv' });
		const after = computeLeerstand(await loadBase(raw), NO_FILTER);
		expect(after.datenstatus).toBe('amtlich');
		expect(after.gemeinden.every((g) => g.datenstatus === 'amtlich')).toBe(true);
		expect(after.gemeinden.find((g) => g.ags === '16064071')!.is_split).toBe(true);
		const w = after.gemeinden.reduce((a, g) => a + (g.wohnungen ?? 0), 0);
		expect(after.land.wohnungen).toBe(w);
	});
});
