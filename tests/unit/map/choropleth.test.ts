import { describe, expect, it } from 'vitest';
import {
	classify,
	colorsById,
	legendItems,
	NO_DATA_COLOR,
	quantileBreaks,
	rangeLabels,
	schemeColors,
	type Choropleth
} from '../../../src/lib/map/choropleth';
import { fmtInt } from '../../../src/lib/format';

const rows = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v, i) => ({ id: `g${i}`, value: v }));
const base: Choropleth = {
	level: 'gemeinde',
	rows: [...rows, { id: 'leer', value: null }],
	title: 'Testwert',
	unit: 'EW',
	format: fmtInt,
	classification: { type: 'breaks', breaks: [1000, 5000] },
	datasets: ['gemeinden']
};

describe('classification', () => {
	it('quantile breaks split the values into equal-sized classes', () => {
		const b = quantileBreaks(
			rows.map((r) => r.value),
			5
		);
		[2.8, 4.6, 6.4, 8.2].forEach((x, i) => expect(b[i]).toBeCloseTo(x, 9));
		const k = classify(rows, { type: 'quantile', classes: 5 });
		const counts = [0, 0, 0, 0, 0];
		for (const r of rows) counts[k.classOf(r.value)]++;
		expect(counts).toEqual([2, 2, 2, 2, 2]);
	});

	it('drops duplicate quantiles and ignores missing values', () => {
		const same = [1, 1, 1, 1, 1, 1, 2].map((v, i) => ({ id: String(i), value: v }));
		expect(quantileBreaks([...same.map((r) => r.value), NaN], 4)).toEqual([]);
		expect(
			classify([{ id: 'x', value: null }], { type: 'quantile', classes: 4 }).classOf(null)
		).toBe(-1);
	});

	it('fixed breaks: a value equal to a break belongs to the upper class', () => {
		const k = classify([], { type: 'breaks', breaks: [5000, 1000] });
		expect(k.breaks).toEqual([1000, 5000]);
		expect([999, 1000, 4999, 5000, 1e6].map((v) => k.classOf(v))).toEqual([0, 1, 1, 2, 2]);
		expect(k.colors).toHaveLength(3);
	});

	it('categorical: own colours win, unknown values have no class', () => {
		const k = classify([], {
			type: 'categorical',
			categories: [
				{ value: 0, label: 'A', color: '#111111' },
				{ value: 1, label: 'B' }
			]
		});
		expect(k.colors[0]).toBe('#111111');
		expect(k.classOf(1)).toBe(1);
		expect(k.classOf(7)).toBe(-1);
	});

	it('scheme colours come from d3-scale-chromatic', () => {
		expect(schemeColors('YlGnBu', 3)).toEqual(['#edf8b1', '#7fcdbb', '#2c7fb8']);
		expect(schemeColors('PuBu', 12)).toHaveLength(12);
		expect(new Set(schemeColors('PuBu', 12)).size).toBe(12);
	});
});

describe('legend', () => {
	it('labels ranges in German with counts and a "keine Daten" class', () => {
		const items = legendItems({ ...base, rows: [...base.rows, { id: 'gross', value: 12000 }] });
		expect(items.map((i) => i.label)).toEqual([
			'unter 1.000',
			'1.000 bis unter 5.000',
			'5.000 und mehr',
			'keine Daten'
		]);
		expect(items.map((i) => i.count)).toEqual([10, 0, 1, 1]);
		expect(items[3].color).toBe(NO_DATA_COLOR);
	});

	it('uses decimal commas by default and category labels when categorical', () => {
		expect(rangeLabels([2.5], (n) => n.toString())).toEqual(['unter 2.5', '2.5 und mehr']);
		const q = legendItems({
			...base,
			format: undefined,
			classification: { type: 'breaks', breaks: [2.5] }
		});
		expect(q[0].label).toBe('unter 2,5');
		const c = legendItems({
			...base,
			classification: { type: 'categorical', categories: [{ value: 1, label: 'eins' }] }
		});
		expect(c.map((i) => [i.label, i.count])).toEqual([
			['eins', 1],
			['keine Daten', 10]
		]);
	});

	it('colours every row, missing ones neutrally', () => {
		const k = classify(base.rows, base.classification);
		const colors = colorsById(base, k);
		expect(colors.get('leer')).toBe(NO_DATA_COLOR);
		expect(colors.get('g0')).toBe(k.colors[0]);
	});
});
