import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import type { Bound } from '../../../src/lib/db/sql';
import { KATASTER_DIMS, type KatasterFilter } from '../../../src/lib/kataster/queries';
import type { BulkSpec } from '../../../src/lib/ingest/types';

function sources(dir: string, match: (f: string) => boolean): [string, string][] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return sources(p, match);
		return match(f) ? [[p, readFileSync(p, 'utf8')] as [string, string]] : [];
	});
}

/** `NAME`, `NAME[0]`, `NAME.at(-1)! + 1`: a module constant, maybe indexed or shifted by a number */
const CONSTANT = /^[A-Z][A-Z0-9_]*(\[\d+\]|\.at\(-?\d+\)!?)?(\s*[+-]\s*\d+)?$/;

/**
 * Interpolations in the SQL text of static statements (`sql<…>([…], `…`)`) that are not a module constant
 * (UPPER_CASE): a static statement has no values, so anything else smuggles one in.
 */
export function staticInterpolations(source: string): string[] {
	const found: string[] = [];
	const call = /\bsql<[^(]*?>\(\s*\[[^\]]*\],\s*`((?:[^`\\]|\\.)*)`/gs;
	for (const m of source.matchAll(call))
		for (const [, expr] of m[1].matchAll(/\$\{([^}]*)\}/g))
			if (!CONSTANT.test(expr.trim())) found.push(expr);
	return found;
}

const S = 'zq7sentinel';
const N = 918273;

/** Where a sentinel value shows in the SQL text outside a quoted identifier ("…"), it was interpolated. */
function leaks(q: Bound<unknown>): string[] {
	const text = q.sql.replace(new RegExp(`"\\w*${S}\\w*"`, 'g'), '""');
	return [S, String(N), String(N + 1)].filter((v) => text.includes(v));
}

const filter: KatasterFilter = {
	jahr: N,
	...(Object.fromEntries(KATASTER_DIMS.map((d) => [d, [S, `${S}'x`]])) as Omit<
		KatasterFilter,
		'jahr'
	>)
};
const leerFilter = { klasse: S, stadt: S, kreis: S, region: `${S}'`, zo: S };
const spec: BulkSpec = {
	fields: [
		{ name: 'id', type: 'text', src: 0, required: true },
		{ name: 'nutzung', type: 'text', src: 1, required: false, values: [S] },
		{ name: 'flaeche', type: 'float', src: 2, required: false, min: N, max: N + 1 },
		{ name: 'n', type: 'int', src: 3, required: false, min: N, max: N + 1 },
		{ name: 'seit', type: 'date', src: 4, required: false, min: N, max: N + 1 },
		{ name: 'ags', type: 'ags', src: 5, required: true },
		{ name: 'ars', type: 'ars', src: 6, required: false },
		{ name: 'ok', type: 'bool', src: 7, required: false },
		{ name: 'plz', type: 'plz', src: 8, required: false }
	],
	key: 'id',
	generateKey: true,
	extra: { column: 'extra', cells: [{ src: 9, header: S }] },
	complete: 'kataster'
};
const t = `import_${S}`;

/** Every builder of the registry, called with sentinel values wherever a value can go. */
const builders: Record<string, () => Bound<unknown>> = {
	bulkStage: () => registry.bulkStage(t, `${t}.csv`, ';', 10),
	bulkStageCount: () => registry.bulkStageCount(t),
	bulkColumnValues: () => registry.bulkColumnValues(t, 0),
	bulkCheck: () => registry.bulkCheck(t, t, spec, 10),
	bulkSlowRows: () => registry.bulkSlowRows(t, t, 10, S),
	bulkDateStats: () => registry.bulkDateStats(t, t, spec, S),
	bulkBuild: () => registry.bulkBuild(t, t, t, t, spec, ['id', S], S),
	bulkDrop: () => registry.bulkDrop(t),
	ingestTableRows: () => registry.ingestTableRows(t, N),
	ingestTableCount: () => registry.ingestTableCount(t),
	ingestDropTable: () => registry.ingestDropTable(t),
	ingestTableHash: () => registry.ingestTableHash(t),
	katasterFacets: () => registry.katasterFacets(KATASTER_DIMS, filter),
	katasterTrend: () => registry.katasterTrend(filter),
	katasterTotal: () => registry.katasterTotal(filter),
	katasterUebersicht: () => registry.katasterUebersicht(KATASTER_DIMS, filter),
	katasterDichte: () => registry.katasterDichte(filter),
	katasterObjekte: () => registry.katasterObjekte(filter, 'gemeinde', N, N + 1),
	katasterPunkte: () => registry.katasterPunkte(filter, N, N + 1),
	katasterFruehwarnung: () => registry.katasterFruehwarnung(filter, N, N + 1),
	leerstandPool: () => registry.leerstandPool('kreis_ags', leerFilter)
};

describe('query registry', () => {
	// this file names every builder in its sentinel table: it does not count as running them
	const tests = [
		...sources('tests/unit', (f) => f.endsWith('.test.ts') && f !== 'registry.test.ts'),
		...sources('tests/corpus', (f) => f.endsWith('.test.ts'))
	]
		.map(([, text]) => text)
		.join('\n');

	it.each(Object.keys(registry))('„%s“ is run by a unit test', (key) => {
		expect(tests.includes(`registry.${key}`), `no unit test uses registry.${key}`).toBe(true);
	});

	it('static statements interpolate nothing but module constants', () => {
		const files = sources('src/lib', (f) => f === 'queries.ts');
		expect(files.length).toBeGreaterThanOrEqual(10);
		for (const [path, text] of files) expect(staticInterpolations(text), path).toEqual([]);
		// the check itself can fail
		expect(staticInterpolations("sql<R>(['t'], `SELECT * FROM t WHERE a = '${evil}'`)")).toEqual([
			'evil'
		]);
	});

	it('every builder is checked with sentinel values', () => {
		const fns = Object.entries(registry).filter(([, q]) => typeof q === 'function');
		expect(fns.map(([k]) => k).sort()).toEqual(Object.keys(builders).sort());
	});

	it.each(Object.keys(builders))(
		'„%s“ binds every value (sentinels only in $n parameters)',
		(k) => {
			const q = builders[k]();
			expect(leaks(q), q.sql).toEqual([]);
		}
	);

	it('the sentinel check can fail', () => {
		expect(leaks({ sql: `SELECT * FROM "${S}" WHERE a = '${S}'`, params: [], tables: [] })).toEqual(
			[S]
		);
	});
});
