import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
	allocate,
	columnsToIpc,
	columnsToRows,
	generateKataster,
	RATES,
	readInputs,
	sha256
} from '../../../scripts/data/kataster';
import { KATASTER_COLUMNS } from '../../../src/lib/kataster/schema';
import { validateKatasterRow } from './validate';

const inputs = readInputs(join(process.cwd(), 'data'));

describe('Kataster-Generator', () => {
	it('same seed → same bytes, other seed → other bytes', () => {
		const a = sha256(columnsToIpc(generateKataster({ ...inputs, rows: 400, seed: 7 })));
		const b = sha256(columnsToIpc(generateKataster({ ...inputs, rows: 400, seed: 7 })));
		const c = sha256(columnsToIpc(generateKataster({ ...inputs, rows: 400, seed: 8 })));
		expect(a).toBe(b);
		expect(c).not.toBe(a);
	});

	it('writes exactly the partner schema; every row is valid and lies in its Gemeinde', () => {
		const cols = generateKataster({ ...inputs, rows: 500, seed: 3 });
		expect(Object.keys(cols)).toEqual(KATASTER_COLUMNS.map((c) => c.name));
		const rows = columnsToRows(cols);
		expect(rows).toHaveLength(500);
		const poly = new Map(inputs.features.map((f) => [f.properties.ags, f]));
		for (const r of rows) {
			expect(validateKatasterRow(r), String(r.id)).toEqual([]);
			expect(r.datenstatus).toBe('Beispieldaten');
			if (!r.lage_ungefaehr)
				expect(
					booleanPointInPolygon([r.lon as number, r.lat as number], poly.get(r.ags as string)!)
				).toBe(true);
			if (r.status === 'wieder vermietet') expect(r.status_seit! >= '2019-01-01').toBe(true);
			if (r.status_seit) expect(r.status_seit >= (r.leer_seit as string)).toBe(true);
		}
		expect(new Set(rows.map((r) => r.id)).size).toBe(500);
	});

	it('default size follows the documented rates per 1.000 EW', () => {
		const expected = inputs.gemeinden.reduce(
			(s, g) => s + (g.population / 1000) * RATES[g.size_class],
			0
		);
		const counts = allocate(inputs.gemeinden);
		expect(counts.reduce((s, x) => s + x, 0)).toBe(Math.round(expected));
		expect(allocate(inputs.gemeinden, 1234).reduce((s, x) => s + x, 0)).toBe(1234);
	});

	it('validation names the column in German', () => {
		const errs = validateKatasterRow({ ags: 'x', nutzung: 'Kino', flaeche_m2: -1 });
		expect(errs.join('\n')).toMatch(/Nutzung.*nicht erlaubt/);
		expect(errs.join('\n')).toMatch(/leer seit.*fehlt/);
		expect(errs.join('\n')).toMatch(/Fläche.*größer als 0/);
	});
});
