import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pq from 'parquet-wasm/node';
import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray
} from 'apache-arrow';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { registry } from '../../../src/lib/db/registry';
import { decide, suggest, validateSource } from '../../../src/lib/ingest/importer';
import { knownTargets } from '../../../src/lib/ingest/targets';
import { freeTarget } from '../../../src/lib/ingest/free';
import { analyseParquet } from '../../../src/lib/ingest/parquet';
import { analyseGeoJson } from '../../../src/lib/ingest/geojson';
import { analyseFile, detectFormat, sizeProblem } from '../../../src/lib/ingest/formats';
import { testDb } from '../db/helpers';
import { reference } from '../ingest/helpers';

const land = JSON.parse(
	readFileSync(join(process.cwd(), 'data/geo_land.geojson'), 'utf8')
) as FeatureCollection<Polygon | MultiPolygon>;
const readers = { parquet: async () => pq, land: async () => land };

const original = {
	ags: ['16053000', '16051000', null],
	name: ['Jena', 'Erfurt – Domplatz „Süd“', 'Gößnitz'],
	einwohner: [111_343, 213_692, 3_401],
	quote: [2.5, -0.125, null],
	seit: [Date.UTC(2024, 0, 31), Date.UTC(1999, 11, 1), null],
	aktiv: [true, false, null]
};

function parquetFile(): Uint8Array {
	const t = new Table({
		ags: vectorFromArray(original.ags, new Utf8()),
		name: vectorFromArray(original.name, new Utf8()),
		einwohner: vectorFromArray(original.einwohner, new Int32()),
		quote: vectorFromArray(original.quote, new Float64()),
		seit: vectorFromArray(
			original.seit.map((d) => (d === null ? null : new Date(d))),
			new DateDay()
		),
		aktiv: vectorFromArray(original.aktiv, new Bool())
	});
	const table = pq.Table.fromIPCStream(tableToIPC(t, 'stream'));
	return pq.writeParquet(table);
}

describe('Parquet import', () => {
	it('round trip: written with parquet-wasm, read back and loaded into DuckDB equal', async () => {
		const bytes = parquetFile();
		expect(detectFormat('x.bin', bytes)).toBe('parquet');
		const a = await analyseFile('gemeinden.parquet', bytes, readers);
		if (!a.ok) throw new Error(a.message);
		expect(a.source.format).toBe('parquet');
		expect(a.source.parsed.headers).toEqual(Object.keys(original));
		expect(a.source.parsed.rows[0].values).toEqual([
			'16053000',
			'Jena',
			'111343',
			'2,5',
			'2024-01-31',
			'ja'
		]);
		expect(a.source.parsed.rows[2].values).toEqual(['', 'Gößnitz', '3401', '', '', '']);

		const choice = suggest(a.source, knownTargets());
		const v = await validateSource(a.source, choice, reference());
		expect(v.problems.filter((p) => p.severity === 'fehler')).toEqual([]);
		const d = decide(choice.target, v, 'strict');
		if (!d.ok) throw new Error(d.message);
		const db = await testDb();
		await db.replaceTable('import_pq_test', d.ipc);
		const rows = await db.rows(registry.ingestTableRows('import_pq_test', 10));
		const byName = new Map(rows.map((r) => [r.name, r]));
		original.name.forEach((name, i) => {
			const r = byName.get(name)!;
			expect(r.ags ?? null).toBe(original.ags[i]);
			expect(r.einwohner).toBe(original.einwohner[i]);
			expect(r.quote ?? null).toBe(original.quote[i]);
			const seit = original.seit[i];
			expect(r.seit ?? null).toBe(seit === null ? null : new Date(seit).toISOString().slice(0, 10));
			// a free table infers no ja/nein type: Booleans arrive as text
			const aktiv = original.aktiv[i];
			expect(r.aktiv ?? null).toBe(aktiv === null ? null : aktiv ? 'ja' : 'nein');
		});
	});

	it('a damaged file gives a German message, no exception', () => {
		const bytes = parquetFile().slice();
		bytes.fill(0, 8, bytes.length - 8);
		const a = analyseParquet('kaputt.parquet', bytes, pq);
		expect(a.ok).toBe(false);
		if (!a.ok) expect(a.message).toMatch(/Parquet-Datei „kaputt\.parquet“ konnte nicht gelesen/);
		const b = analyseParquet('leer.parquet', new Uint8Array(3), pq);
		expect(!b.ok && b.message).toMatch(/keine Parquet-Datei/);
	});
});

const point = (id: string | undefined, name: string | undefined, lon: number, lat: number) => ({
	type: 'Feature',
	properties: { id, name, art: 'Leerstand', flaeche_m2: 120.5 },
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));

describe('GeoJSON import', () => {
	it('points: properties, lon/lat; problems as in the Klima import reject only their rows', async () => {
		const fc = {
			type: 'FeatureCollection',
			features: [
				point('a1', 'Markt 1', 11.03, 50.98),
				point('a2', 'Außen', 13.4, 52.5),
				point('a1', 'Doppelt', 11.5, 50.9),
				point('a3', undefined, 11.6, 50.9),
				{
					type: 'Feature',
					properties: { id: 'l', name: 'Linie' },
					geometry: { type: 'LineString', coordinates: [] }
				}
			]
		};
		const a = analyseGeoJson('objekte.geojson', enc(fc), land);
		if (!a.ok) throw new Error(a.message);
		expect(a.source.parsed.headers).toEqual(['id', 'name', 'art', 'flaeche_m2', 'lon', 'lat']);
		expect(a.source.parsed.rows[0].values).toEqual([
			'a1',
			'Markt 1',
			'Leerstand',
			'120,5',
			'11,03',
			'50,98'
		]);
		const issues = a.source.parsed.issues.map((i) => `${i.row}|${i.column}|${i.message}`);
		expect(issues).toEqual([
			expect.stringMatching(/^2\|geometry\|objekte\.geojson, Objekt 2 .*außerhalb Thüringens/),
			expect.stringMatching(/^3\|id\|.*id „a1“ kommt mehrfach vor/),
			expect.stringMatching(/^4\|name\|.*Name fehlt/),
			expect.stringMatching(/^5\|geometry\|.*Geometrie ist LineString, erwartet wird ein Punkt/)
		]);
		const choice = freeTarget(a.source.parsed, 'import_objekte');
		const v = await validateSource(a.source, choice, reference());
		expect(v.records.length).toBe(1);
		expect(v.rejected.map((r) => r.row)).toEqual([2, 3, 4, 5]);
	});

	it('polygons: geometry kept as GeoJSON text, a label point inside Thuringia', async () => {
		const square = (x: number, y: number) => [
			[
				[x, y],
				[x + 0.01, y],
				[x + 0.01, y + 0.01],
				[x, y + 0.01],
				[x, y]
			]
		];
		const fc = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'q1',
					properties: { name: 'Quartier' },
					geometry: { type: 'Polygon', coordinates: square(11.0, 50.97) }
				},
				{
					type: 'Feature',
					id: 'q2',
					properties: { name: 'Punkt' },
					geometry: { type: 'Point', coordinates: [11, 50.9] }
				}
			]
		};
		const a = await analyseFile('quartiere.json', enc(fc), readers);
		if (!a.ok) throw new Error(a.message);
		expect(a.source.parsed.headers).toEqual(['id', 'name', 'lon', 'lat', 'geometry']);
		const [r] = a.source.parsed.rows;
		expect(JSON.parse(r.values[4]).type).toBe('Polygon');
		expect(a.source.parsed.issues).toEqual([
			expect.objectContaining({
				row: 2,
				column: 'geometry',
				message: expect.stringMatching(/erwartet wird Polygon oder MultiPolygon/)
			})
		]);
	});

	it('not JSON or not a FeatureCollection: a German message', () => {
		const a = analyseGeoJson('x.geojson', new TextEncoder().encode('{"type":'), land);
		expect(!a.ok && a.message).toMatch(/kein gültiges JSON/);
		const b = analyseGeoJson('y.geojson', enc({ type: 'Feature' }), land);
		expect(!b.ok && b.message).toMatch(/keine GeoJSON-FeatureCollection/);
	});
});

describe('size guard', () => {
	it('refuses a file over the limit, naming the limit', () => {
		expect(sizeProblem({ name: 'a.csv', size: 1000 }, 2000)).toBeUndefined();
		expect(sizeProblem({ name: 'gross.csv', size: 300 * 1024 * 1024 }, 100 * 1024 * 1024)).toBe(
			'„gross.csv“ ist 300,0 MB groß – zu groß für den Speicher des Browsers. Importiert werden Dateien bis 100 MB. Bitte teilen Sie die Datei auf oder filtern Sie sie vorher (z. B. nur Thüringen, nur benötigte Spalten).'
		);
	});
	it('Parquet has its own, lower limit (it is compressed)', () => {
		expect(sizeProblem({ name: 'a.parquet', size: 30 * 1024 * 1024 })).toMatch(
			/ist 30,0 MB groß .* Importiert werden Parquet-Dateien bis 25 MB\./
		);
		expect(sizeProblem({ name: 'a.csv', size: 30 * 1024 * 1024 })).toBeUndefined();
	});
	it('CSV stays CSV', () => {
		expect(detectFormat('a.csv', new TextEncoder().encode('\uFEFFags;name\n'))).toBe('csv');
		expect(detectFormat('a.txt', new TextEncoder().encode('  {"type":"FeatureCollection"}'))).toBe(
			'geojson'
		);
	});
});
