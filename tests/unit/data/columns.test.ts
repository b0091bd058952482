import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '../../../src/lib/data/columns';
import { readDataset } from '../../../src/lib/server/datasets';

describe('rows carried column-wise on prerendered pages', () => {
	it('gives back every Gemeinde row unchanged, with the repeated texts carried once', () => {
		const rows = readDataset<Record<string, unknown>>('gemeinden');
		const cols = toColumns(rows);
		expect(fromColumns(cols)).toEqual(rows);
		const kreise = new Set(rows.map((r) => r.kreis_ags)).size;
		expect(cols.kreis_ags).toEqual({
			values: expect.arrayContaining([rows[0].kreis_ags]),
			index: expect.any(Array)
		});
		expect((cols.kreis_ags as { values: unknown[] }).values).toHaveLength(kreise);
		// keys differ per town: carried as they are
		expect(Array.isArray(cols.ags)).toBe(true);
		expect(JSON.stringify(cols).length).toBeLessThan(JSON.stringify(rows).length / 2);
	});

	it('keeps nulls, flags and numbers; no rows, no columns', () => {
		const rows = Array.from({ length: 40 }, (_, i) => ({
			n: i,
			flag: i % 2 === 0,
			note: i % 3 === 0 ? null : 'x'
		}));
		expect(fromColumns(toColumns(rows))).toEqual(rows);
		expect(fromColumns(toColumns([]))).toEqual([]);
	});
});
