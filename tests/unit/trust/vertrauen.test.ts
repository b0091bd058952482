import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../../src/lib/leerstand/queries';
import { townOptions } from '../../../src/lib/domain/gemeinde';
import { exportFileName, exportTitle, slug } from '../../../src/lib/export/context';
import { toGermanCsv } from '../../../src/lib/export/csv';
import { compareDe, plural, todayIso } from '../../../src/lib/format';
import { stationStatus, typedIn } from '../../../src/lib/klima/status';
import { defaultView, filterWords } from '../../../src/lib/leerstand/filters';
import { computeLeerstand, loadBase } from '../../../src/lib/leerstand/source';
import {
	classify,
	legendItems,
	outsideItem,
	valueText,
	type Choropleth
} from '../../../src/lib/map/choropleth';
import { valueRows, type Names } from '../../../src/lib/map/data';
import { openingDate } from '../../../src/routes/klima/timeline';
import { leerstandCsv } from '../../../src/routes/leerstand/table';
import { dataset } from '../../e2e/data';
import { testDb } from '../db/helpers';

const gemeinden = dataset<{ ags: string; name: string; kreis_name: string; kreis_ags: string }>(
	'gemeinden'
);

describe('plural and collation', () => {
	it('picks the form through Intl.PluralRules("de")', () => {
		expect(plural(1, 'Termin', 'Termine')).toBe('1 Termin');
		expect(plural(0, 'Termin', 'Termine')).toBe('0 Termine');
		expect(plural(1234, 'Objekt', 'Objekte')).toBe('1.234 Objekte');
		expect(plural(1, 'Pilotprojekt', 'Pilotprojekte')).toBe('1 Pilotprojekt');
	});
	it('sorts German names: Bösleben before Buttstädt', () => {
		expect(['Buttstädt', 'Bösleben-Wüllersleben', 'Berlstedt'].sort(compareDe)).toEqual([
			'Berlstedt',
			'Bösleben-Wüllersleben',
			'Buttstädt'
		]);
	});
	it('town pickers are in German order and name the Kreis where a name occurs twice', () => {
		const opts = townOptions(gemeinden);
		expect(opts).toHaveLength(gemeinden.length);
		const labels = opts.map((o) => o.label);
		expect([...labels].sort(compareDe)).toEqual(labels);
		const twice = [...new Set(gemeinden.map((g) => g.name))].filter(
			(n) => gemeinden.filter((g) => g.name === n).length > 1
		);
		expect(twice.length).toBeGreaterThan(0);
		for (const name of twice) {
			const mine = opts.filter((o) => o.name === name);
			expect(new Set(mine.map((o) => o.label)).size).toBe(mine.length);
			for (const o of mine) expect(o.label).toBe(`${name} (${o.kreis_name})`);
		}
		expect(new Set(labels).size).toBe(labels.length);
	});
});

describe('export context', () => {
	it('file names: what, filter, today; umlauts written out', () => {
		expect(slug('Kyffhäuserkreis')).toBe('kyffhaeuserkreis');
		expect(slug('Großstädte')).toBe('grossstaedte');
		expect(
			exportFileName('leerstand', ['Kleinstadt', 'Kyffhäuserkreis'], 'csv', '2026-12-03')
		).toBe('leerstand_kleinstadt_kyffhaeuserkreis_2026-12-03.csv');
		expect(exportFileName('leerstand', [], 'csv')).toBe(`leerstand_${todayIso()}.csv`);
		expect(
			exportTitle('Leerstandsquote nach Größenklasse', ['Kyffhäuserkreis', 'Kleinstädte'])
		).toBe('Leerstandsquote nach Größenklasse – Kyffhäuserkreis, Kleinstädte');
	});
	it('the Leerstand filter in words: place first in titles, class first in file names', () => {
		const f = { ...NO_FILTER, klasse: 'kleinstadt', kreis: '16065' };
		expect(filterWords(f, 'Kyffhäuserkreis')).toEqual({
			title: ['Kyffhäuserkreis', 'Kleinstädte'],
			file: ['kleinstadt', 'Kyffhäuserkreis']
		});
		expect(filterWords(NO_FILTER, '')).toEqual({ title: [], file: [] });
	});
	it('CSV preamble: context lines, an empty line, then the header', () => {
		const text = toGermanCsv([{ a: 1.5 }], [{ key: 'a', label: 'Wert' }], {
			preamble: ['Titel – Kyffhäuserkreis', '[Schätzung] Stand: 15.05.2022']
		});
		expect(text.slice(1).split('\r\n')).toEqual([
			'Titel – Kyffhäuserkreis',
			'[Schätzung] Stand: 15.05.2022',
			'',
			'Wert',
			'1,5',
			''
		]);
	});
	it('the Leerstand CSV: file name, title, Thüringen and the selection as comparison rows', async () => {
		const base = await loadBase(await testDb());
		const kyf = gemeinden.find((g) => g.kreis_name === 'Kyffhäuserkreis')!;
		const view = {
			...defaultView(),
			filter: { ...NO_FILTER, klasse: 'kleinstadt', kreis: kyf.kreis_ags }
		};
		const data = computeLeerstand(base, view.filter);
		const c = leerstandCsv(data, view, 'Kyffhäuserkreis');
		expect(c.filename).toBe(`leerstand_kleinstadt_kyffhaeuserkreis_${todayIso()}.csv`);
		expect(c.preamble[0]).toBe('Leerstandsquote je Gemeinde – Kyffhäuserkreis, Kleinstädte');
		expect(c.preamble[1]).toMatch(/^\[Schätzung\] .*Stand: 15\.05\.2022/);
		const csv = toGermanCsv(c.rows, c.columns, { preamble: c.preamble }).slice(1).split('\r\n');
		expect(csv[3].split(';')[1]).toBe('Gemeinde');
		const land = csv[4].split(';');
		expect(land[1]).toBe('Thüringen (gepoolt, zum Vergleich)');
		expect(land[7]).toBe(data.land.quote!.toFixed(2).replace('.', ','));
		expect(csv[5].split(';')[1]).toBe('Auswahl: Kyffhäuserkreis, Kleinstädte (gepoolt)');
		expect(csv.slice(6, -1)).toHaveLength(data.gemeinden.length);
	}, 120_000);
});

describe('map: filter, notes and the zero class', () => {
	const names: Names = {
		gemeinde: new Map([
			['1', { name: 'A', kreis_ags: 'k' }],
			['2', { name: 'B', kreis_ags: 'k' }],
			['3', { name: 'C', kreis_ags: 'k' }],
			['4', { name: 'D', kreis_ags: 'k' }]
		]),
		kreis: new Map([['k', 'Kreis K']])
	};
	const c: Choropleth = {
		level: 'gemeinde',
		rows: [
			{ id: '1', value: 12.5 },
			{ id: '2', value: null, note: 'ausgeblendet – unsichere Schätzung' },
			{ id: '3', value: null }
		],
		title: 'Quote',
		unit: '%',
		classification: { type: 'breaks', breaks: [10] },
		datasets: [],
		outside: 'nicht im Filter'
	};
	it('towns outside the filter read "nicht im Filter", hidden ones say why, never "keine Daten" for data', () => {
		const rows = valueRows(c, names);
		expect(rows.map((r) => [r.name, r.text, r.inside])).toEqual([
			['A', '12,5', true],
			['B', 'ausgeblendet – unsichere Schätzung', true],
			['C', 'keine Daten', true],
			['D', 'nicht im Filter', false]
		]);
		expect(valueText(c, c.rows[0], true)).toBe('12,5 %');
	});
	it('the legend counts them apart', () => {
		const items = [...legendItems(c), ...outsideItem(c, 4)];
		expect(items.map((i) => [i.label, i.count])).toEqual([
			['unter 10', 0],
			['10 und mehr', 1],
			['keine Daten', 1],
			['ausgeblendet – unsichere Schätzung', 1],
			['nicht im Filter', 1]
		]);
	});
	it('zero gets its own class: no "unter 0,00"', () => {
		const z: Choropleth = {
			...c,
			rows: [
				{ id: '1', value: 0 },
				{ id: '2', value: 0 },
				{ id: '3', value: 0.4 },
				{ id: '4', value: 2 }
			],
			format: (n) => n.toFixed(2).replace('.', ','),
			classification: { type: 'breaks', breaks: [0.5, 1], zero: 'kein Objekt' }
		};
		const k = classify(z.rows, z.classification);
		expect([0, 0.4, 0.7, 2].map((v) => k.classOf(v))).toEqual([0, 1, 2, 3]);
		const labels = legendItems(z).map((i) => `${i.label} (${i.count})`);
		expect(labels).toEqual([
			'kein Objekt (2)',
			'über 0 bis unter 0,50 (1)',
			'0,50 bis unter 1,00 (0)',
			'1,00 und mehr (1)'
		]);
		expect(labels.join()).not.toMatch(/unter 0,00/);
	});
});

describe('Wanderbaumallee as of today', () => {
	const st = (von: string, bis: string, status = 'geplant') => ({
		id: von,
		reihenfolge: 1,
		name: 'S',
		ags: '16051000',
		lon: 11,
		lat: 51,
		von,
		bis,
		baeume: 10,
		status,
		notiz: null
	});
	it('a station whose last day has passed is "vorbei", not "geplant"', () => {
		expect(stationStatus(st('2026-04-20', '2026-05-10'), '2026-06-01')).toBe('vorbei');
		expect(stationStatus(st('2026-04-20', '2026-05-10'), '2026-05-10')).toBe('geplant');
		expect(stationStatus(st('2026-04-20', '2026-05-10', 'abgeschlossen'), '2026-06-01')).toBe(
			'abgeschlossen'
		);
	});
	it('the timeline opens on today when today lies in the season', () => {
		const season = [st('2026-04-20', '2026-05-10'), st('2026-05-15', '2026-06-30')];
		expect(openingDate(season, '2026-05-12')).toBe('2026-05-12');
		expect(openingDate(season, '2026-12-03')).toBe('2026-04-20');
		expect(openingDate(season, '2026-05-12', '2026-06-01')).toBe('2026-06-01');
		expect(openingDate(season, '2026-05-12', '1923-13-45')).toBe('2026-05-12');
	});
	it('typed-in tables are told apart from imports', () => {
		expect(typedIn('Eingabe im Planungsmodus')).toBe(true);
		expect(typedIn('stationen.csv')).toBe(false);
	});
});
