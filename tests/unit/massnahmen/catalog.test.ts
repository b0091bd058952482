import { describe, expect, it } from 'vitest';
import {
	CSV_COLUMNS,
	EMPTY,
	parseState,
	sizeText,
	sortValues,
	toParams,
	toSearch,
	valueLabel
} from '../../../src/routes/massnahmen/catalog';
import { toGermanCsv } from '../../../src/lib/export/csv';

describe('catalogue URL state', () => {
	it('round-trips search, facets, view and detail id', () => {
		const sp = new URLSearchParams(
			'q=Stra%C3%9Fe&ag=Leerstand&ag=Klima&ansatz=Zwischennutzung&groesse=kleinstadt&foerderfaehig=unbekannt&rubrik=~&ansicht=tabelle&id=blank-jena'
		);
		const s = parseState(sp);
		expect(s.q).toBe('Straße');
		expect(s.filters.ag).toEqual(['Leerstand', 'Klima']);
		expect(s.filters.rubric).toEqual(['~']);
		expect(s.view).toBe('tabelle');
		expect(s.id).toBe('blank-jena');
		expect(parseState(new URLSearchParams(toSearch(s)))).toEqual(s);
		expect(toParams(s)).toEqual([
			'Straße',
			'Leerstand|Klima',
			'~',
			'Zwischennutzung',
			'kleinstadt',
			'unbekannt'
		]);
	});

	it('drops empty, duplicate and separator-carrying values; unknown view falls back to cards', () => {
		const s = parseState(new URLSearchParams('ag=&ag=WULIS&ag=WULIS&ansatz=a|b&ansicht=x'));
		expect(s.filters.ag).toEqual(['WULIS']);
		expect(s.filters.approach).toEqual([]);
		expect(s.view).toBe('karten');
		expect(toSearch(EMPTY)).toBe('');
	});
});

describe('labels', () => {
	it('names facet values in German, "~" as no statement', () => {
		expect(valueLabel('ag', 'alle')).toBe('AG-übergreifend');
		expect(valueLabel('size', 'kleinstadt')).toMatch(/^Kleinstadt/);
		expect(valueLabel('size', '~')).toBe('keine Angabe');
		expect(valueLabel('rubric', '~')).toBe('ohne Zuordnung');
		expect(sizeText(null)).toBe('keine Angabe');
		expect(sizeText('alle')).toMatch(/alle Größen/);
	});

	it('orders values: fixed for AG and size, alphabetical otherwise, "~" last', () => {
		expect(sortValues('ag', ['alle', 'WULIS', 'Leerstand'])).toEqual([
			'Leerstand',
			'WULIS',
			'alle'
		]);
		expect(sortValues('approach', ['~', 'Zwischennutzung', 'Dürre'])).toEqual([
			'Dürre',
			'Zwischennutzung',
			'~'
		]);
	});

	it('CSV export carries the source of every row', () => {
		const csv = toGermanCsv(
			[
				{
					id: 'x',
					title: 'T',
					ag: 'Klima',
					rubric: null,
					approach: 'Hitze|Dürre',
					description: 'd',
					examples: null,
					ags: null,
					ort: null,
					size_classes: 'alle',
					fundable: 'unbekannt',
					status: 'geplant',
					source: 'Folie 10',
					link: null,
					gemeinde: null,
					lon: null,
					lat: null
				}
			],
			CSV_COLUMNS
		);
		const [head, row] = csv.replace('\uFEFF', '').trim().split('\r\n');
		expect(head.split(';')).toContain('Quelle');
		expect(row).toContain('Folie 10');
		expect(row).toContain('AG Klima');
	});
});
