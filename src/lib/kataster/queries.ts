import { KATASTER_JAHRE } from './schema';
import { pick, quoteIdent, sql, type Bound, type Param } from '$lib/db/sql';

/**
 * Leerstandskataster. `kataster` holds one row per object (schema: src/lib/kataster/schema.ts), filled
 * from the Beispieldaten or a partner import. After every load, `katasterPrepare` derives
 * `kataster_jahr`: one row per object and year 2019–2025 in which it was in the stock on 31.12.
 * (vacant by then and not re-let before 01.01.), with the status and duration on that date and the
 * bins of duration and floor area. It is sorted by year, so a year filter skips row groups; all
 * crossfilter queries read it (the Mosaic idea: pay once after load, then every filter is one scan).
 */

export const KATASTER_DIMS = [
	'nutzung',
	'zustand',
	'status',
	'size_class',
	'kreis_ags',
	'dauer_klasse',
	'flaeche_klasse',
	'ags'
] as const;
export type KatasterDim = (typeof KATASTER_DIMS)[number];

export interface KatasterFilter {
	jahr: number;
	nutzung: string[];
	zustand: string[];
	status: string[];
	size_class: string[];
	kreis_ags: string[];
	dauer_klasse: string[];
	flaeche_klasse: string[];
	ags: string[];
}

export const emptyKatasterFilter = (jahr: number = KATASTER_JAHRE.at(-1)!): KatasterFilter => ({
	jahr,
	nutzung: [],
	zustand: [],
	status: [],
	size_class: [],
	kreis_ags: [],
	dauer_klasse: [],
	flaeche_klasse: [],
	ags: []
});

/**
 * WHERE clause of the filter; `omit` drops dimensions (a chart ignores its own selection). `coded`: the
 * table holds the dimensions as integer codes of `kataster_codes` (the cubes), so values are looked up there.
 */
export function katasterWhere(
	f: KatasterFilter,
	omit: readonly (KatasterDim | 'jahr')[] = [],
	params: Param[] = [],
	alias = '',
	coded = false
): { sql: string; params: Param[] } {
	const parts: string[] = [];
	const col = (c: string) => (alias ? `${alias}.` : '') + quoteIdent(c);
	if (!omit.includes('jahr')) {
		params.push(f.jahr);
		parts.push(`${col('jahr')} = CAST($${params.length} AS SMALLINT)`);
	}
	for (const dim of KATASTER_DIMS) {
		const values = f[pick(dim, KATASTER_DIMS)];
		if (omit.includes(dim) || values.length === 0) continue;
		const holes = values.map((v) => (params.push(v), `$${params.length}`));
		if (!coded) parts.push(`${col(dim)} IN (${holes.join(', ')})`);
		else {
			params.push(dim);
			parts.push(
				`${col(dim)} IN (SELECT code FROM kataster_codes WHERE dim = $${params.length} AND value IN (${holes.join(', ')}))`
			);
		}
	}
	return { sql: parts.length ? parts.join(' AND ') : 'true', params };
}

export interface KatasterCount {
	key: string;
	n: number;
}
export interface KatasterFacetRow extends KatasterCount {
	dim: KatasterDim;
}
export interface KatasterTrendRow {
	jahr: number;
	size_class: string;
	n: number;
}
export interface KatasterTotal {
	n: number;
	flaeche: number | null;
}
export interface KatasterDichteRow {
	ags: string;
	name: string;
	population: number;
	n: number;
	je_1000: number;
}
export interface KatasterObjekt {
	id: string;
	ags: string;
	gemeinde: string;
	bezeichnung: string | null;
	nutzung: string;
	zustand: string;
	status: string;
	flaeche_m2: number;
	leer_seit: string;
	dauer: number;
	geprueft_am: string | null;
	lage_ungefaehr: boolean;
	datenstatus: string;
}
export interface KatasterPunkt {
	lon: number;
	lat: number;
}
export interface KatasterWarnung {
	ags: string;
	name: string;
	kreis_name: string;
	population: number;
	n_vorher: number;
	n_jetzt: number;
	anstieg_je_1000: number;
}
export interface KatasterHerkunft {
	n: number;
	beispiel: number;
}

export const KATASTER_SORT = ['leer_seit', 'flaeche_m2', 'gemeinde', 'nutzung', 'dauer'] as const;

/** Rows per year in kataster_top: the first objects by vacancy start (the table's default order). */
export const KATASTER_TOP = 2000;

/**
 * Counting source: the cube (kataster_cube, one row per year × class × Kreis × use × condition × status ×
 * bins, ~6× fewer rows than kataster_jahr at 1M objects) unless a Gemeinde filter or dimension needs `ags`;
 * then the same cube per Gemeinde (kataster_cube_ags, ~3×). Cube sizes are bounded by the product of the
 * dimensions' values, not by the number of objects. Both hold the dimensions as SMALLINT codes
 * (kataster_codes): grouping and filtering integers is several times faster than text in DuckDB-wasm.
 */
function source(
	f: KatasterFilter,
	omit: readonly (KatasterDim | 'jahr')[],
	dims: readonly string[] = []
): string {
	const needsAgs = dims.includes('ags') || (f.ags.length > 0 && !omit.includes('ags'));
	return needsAgs ? 'kataster_cube_ags' : 'kataster_cube';
}

const bound = <Row>(text: string, params: Param[], tables: string[] = []): Bound<Row> => ({
	sql: text,
	params,
	tables
});

function facetsSql(
	dims: readonly KatasterDim[],
	f: KatasterFilter,
	params: Param[],
	ordered = true
): string {
	const parts: string[] = [];
	// Dimensions without a selection of their own share the full filter: one scan, grouping sets.
	const free = dims.filter((d) => f[pick(d, KATASTER_DIMS)].length === 0);
	if (free.length) {
		const cols = free.map((d) => quoteIdent(pick(d, KATASTER_DIMS)));
		const src = source(f, [], free);
		const w = katasterWhere(f, [], params, '', true);
		const dim = free.map(
			(d, i) => (params.push(d), `WHEN grouping(${cols[i]}) = 0 THEN $${params.length}`)
		);
		const code = cols.map((c) => `WHEN grouping(${c}) = 0 THEN ${c}`);
		parts.push(`SELECT CASE ${dim.join(' ')} END AS dim, CASE ${code.join(' ')} END AS code, CAST(sum(n) AS BIGINT) AS n
		              FROM ${src} WHERE ${w.sql}
		             GROUP BY GROUPING SETS (${cols.map((c) => `(${c})`).join(', ')})`);
	}
	for (const dim of dims.filter((d) => !free.includes(d))) {
		const c = quoteIdent(pick(dim, KATASTER_DIMS));
		const src = source(f, [dim], [dim]);
		const w = katasterWhere(f, [dim], params, '', true);
		params.push(dim);
		parts.push(`SELECT $${params.length} AS dim, ${c} AS code, CAST(sum(n) AS BIGINT) AS n
		          FROM ${src} WHERE ${w.sql} GROUP BY ${c}`);
	}
	return `SELECT x.dim, c.value AS key, x.n FROM (${parts.join(' UNION ALL ')}) x
	          LEFT JOIN kataster_codes c ON c.dim = x.dim AND c.code = x.code
	         ${ordered ? 'ORDER BY x.dim, key' : ''}`;
}

function trendSql(f: KatasterFilter, params: Param[], ordered = true): string {
	const w = katasterWhere(f, ['jahr', 'size_class'], params, '', true);
	const src = source(f, ['jahr', 'size_class']);
	return `SELECT x.jahr, c.value AS size_class, x.n
	          FROM (SELECT jahr, size_class, CAST(sum(n) AS BIGINT) AS n FROM ${src} WHERE ${w.sql} GROUP BY ALL) x
	          LEFT JOIN kataster_codes c ON c.dim = 'size_class' AND c.code = x.size_class
	         ${ordered ? 'ORDER BY x.jahr, size_class' : ''}`;
}

function totalSql(f: KatasterFilter, params: Param[]): string {
	const w = katasterWhere(f, [], params, '', true);
	const src = source(f, []);
	return `SELECT coalesce(CAST(sum(n) AS BIGINT), 0) AS n, sum(flaeche) AS flaeche FROM ${src} WHERE ${w.sql}`;
}

export interface KatasterUebersichtRow {
	teil: 'facet' | 'trend' | 'total';
	dim: KatasterDim | null;
	key: string | null;
	jahr: number | null;
	n: number;
	flaeche: number | null;
}

/** Splits the rows of katasterUebersicht into the results of katasterFacets, katasterTrend and katasterTotal. */
export function splitUebersicht(rows: readonly KatasterUebersichtRow[]) {
	const facets: Partial<Record<KatasterDim, KatasterCount[]>> = {};
	const trend: KatasterTrendRow[] = [];
	let total: KatasterTotal = { n: 0, flaeche: null };
	for (const r of rows) {
		if (r.teil === 'facet') (facets[r.dim!] ??= []).push({ key: r.key!, n: r.n });
		else if (r.teil === 'trend') trend.push({ jahr: r.jahr!, size_class: r.key!, n: r.n });
		else total = { n: r.n, flaeche: r.flaeche };
	}
	return { facets, trend, total };
}

export const katasterQueries = {
	/** Puts the Beispieldaten into `kataster` unless an import already filled it. */
	katasterInit: sql<never>(
		['kataster_beispiel'],
		`CREATE TABLE IF NOT EXISTS kataster AS SELECT * FROM kataster_beispiel`
	),
	katasterPrepare: sql<never>(
		[],
		`CREATE OR REPLACE TABLE kataster_jahr AS
		 WITH base AS (
		   SELECT id, ags, kreis_ags, size_class, nutzung, coalesce(zustand, 'unbekannt') AS zustand,
		          coalesce(status, 'leer') AS status0, CAST(leer_seit AS DATE) AS ls,
		          TRY_CAST(status_seit AS DATE) AS ss, flaeche_m2, lon, lat, bezeichnung,
		          geprueft_am, lage_ungefaehr, datenstatus
		     FROM kataster
		 ), y AS (
		   SELECT CAST(r.range AS SMALLINT) AS jahr, make_date(CAST(r.range AS INTEGER), 12, 31) AS stichtag,
		          make_date(CAST(r.range AS INTEGER), 1, 1) AS anfang
		     FROM range(${KATASTER_JAHRE[0]}, ${KATASTER_JAHRE.at(-1)! + 1}) r
		 ), j AS (
		   SELECT y.jahr, b.*, CASE WHEN b.ss IS NOT NULL AND b.ss <= y.stichtag THEN b.status0 ELSE 'leer' END AS status,
		          date_diff('day', b.ls, CASE WHEN b.status0 = 'wieder vermietet' AND b.ss <= y.stichtag
		                                      THEN b.ss ELSE y.stichtag END) / 365.25 AS dauer
		     FROM base b JOIN y ON b.ls <= y.stichtag
		      AND NOT (b.status0 = 'wieder vermietet' AND b.ss IS NOT NULL AND b.ss < y.anfang)
		 )
		 SELECT jahr, id, ags, kreis_ags, size_class, nutzung, zustand, status, dauer, ls, flaeche_m2, lon, lat,
		        bezeichnung, geprueft_am, lage_ungefaehr, datenstatus,
		        CASE WHEN dauer < 1 THEN '0' WHEN dauer < 2 THEN '1' WHEN dauer < 3 THEN '2'
		             WHEN dauer < 5 THEN '3' WHEN dauer < 10 THEN '4' ELSE '5' END AS dauer_klasse,
		        CASE WHEN flaeche_m2 < 50 THEN '0' WHEN flaeche_m2 < 100 THEN '1' WHEN flaeche_m2 < 250 THEN '2'
		             WHEN flaeche_m2 < 500 THEN '3' ELSE '4' END AS flaeche_klasse,
		        CAST(hash(id) % 1000 AS SMALLINT) AS zufall
		   FROM j ORDER BY jahr, zufall`
	),
	katasterCube: sql<never>(
		[],
		`CREATE OR REPLACE TEMP TABLE kataster_cube_text AS
		 SELECT jahr, ags, size_class, kreis_ags, nutzung, zustand, status, dauer_klasse, flaeche_klasse,
		        count(*) AS n, sum(flaeche_m2) AS flaeche
		   FROM kataster_jahr GROUP BY ALL;
		 CREATE OR REPLACE TABLE kataster_codes AS
		 SELECT dim, value, CAST(row_number() OVER (PARTITION BY dim ORDER BY value) AS SMALLINT) AS code
		   FROM (SELECT DISTINCT 'ags' AS dim, ags AS value FROM kataster_cube_text
		         UNION SELECT DISTINCT 'size_class', size_class FROM kataster_cube_text
		         UNION SELECT DISTINCT 'kreis_ags', kreis_ags FROM kataster_cube_text
		         UNION SELECT DISTINCT 'nutzung', nutzung FROM kataster_cube_text
		         UNION SELECT DISTINCT 'zustand', zustand FROM kataster_cube_text
		         UNION SELECT DISTINCT 'status', status FROM kataster_cube_text
		         UNION SELECT DISTINCT 'dauer_klasse', dauer_klasse FROM kataster_cube_text
		         UNION SELECT DISTINCT 'flaeche_klasse', flaeche_klasse FROM kataster_cube_text)
		  WHERE value IS NOT NULL;
		 CREATE OR REPLACE TABLE kataster_cube_ags AS
		 WITH l AS (SELECT list(value ORDER BY code) FILTER (WHERE dim = 'size_class') AS size_class,
		                list(value ORDER BY code) FILTER (WHERE dim = 'kreis_ags') AS kreis_ags,
		                list(value ORDER BY code) FILTER (WHERE dim = 'nutzung') AS nutzung,
		                list(value ORDER BY code) FILTER (WHERE dim = 'zustand') AS zustand,
		                list(value ORDER BY code) FILTER (WHERE dim = 'status') AS status,
		                list(value ORDER BY code) FILTER (WHERE dim = 'dauer_klasse') AS dauer_klasse,
		                list(value ORDER BY code) FILTER (WHERE dim = 'flaeche_klasse') AS flaeche_klasse
		              FROM kataster_codes)
		 SELECT t.jahr, a.code AS ags,
		        CAST(list_position(l.size_class, t.size_class) AS SMALLINT) AS size_class,
		        CAST(list_position(l.kreis_ags, t.kreis_ags) AS SMALLINT) AS kreis_ags,
		        CAST(list_position(l.nutzung, t.nutzung) AS SMALLINT) AS nutzung,
		        CAST(list_position(l.zustand, t.zustand) AS SMALLINT) AS zustand,
		        CAST(list_position(l.status, t.status) AS SMALLINT) AS status,
		        CAST(list_position(l.dauer_klasse, t.dauer_klasse) AS SMALLINT) AS dauer_klasse,
		        CAST(list_position(l.flaeche_klasse, t.flaeche_klasse) AS SMALLINT) AS flaeche_klasse,
		        t.n, t.flaeche
		   FROM kataster_cube_text t CROSS JOIN l
		   LEFT JOIN kataster_codes a ON a.dim = 'ags' AND a.value = t.ags
		  ORDER BY t.jahr;
		 CREATE OR REPLACE TABLE kataster_top AS
		 ${KATASTER_JAHRE.map((j) => `(SELECT * FROM kataster_jahr WHERE jahr = ${j} ORDER BY ls, id LIMIT ${KATASTER_TOP})`).join(' UNION ALL ')}
		  ORDER BY jahr, ls, id;
		 CREATE OR REPLACE TABLE kataster_cube AS
		 SELECT jahr, size_class, kreis_ags, nutzung, zustand, status, dauer_klasse, flaeche_klasse,
		        sum(n) AS n, sum(flaeche) AS flaeche
		   FROM kataster_cube_ags GROUP BY ALL ORDER BY jahr;
		 DROP TABLE kataster_cube_text`
	),
	katasterHerkunft: sql<KatasterHerkunft>(
		[],
		`SELECT count(*) AS n, count(*) FILTER (WHERE datenstatus = 'Beispieldaten') AS beispiel FROM kataster`
	),
	katasterOrtTrend: sql<{ jahr: number; status: string; n: number }, [string]>(
		[],
		`SELECT jahr, status, CAST(count(*) AS BIGINT) AS n FROM kataster_jahr
		  WHERE ags = $1 GROUP BY ALL ORDER BY jahr, status`
	),
	/** Counts per value of each dimension under all other filters (one statement, one round trip). */
	katasterFacets(dims: readonly KatasterDim[], f: KatasterFilter): Bound<KatasterFacetRow> {
		const params: Param[] = [];
		return bound(facetsSql(dims, f, params), params);
	},
	katasterTrend(f: KatasterFilter): Bound<KatasterTrendRow> {
		const params: Param[] = [];
		return bound(trendSql(f, params), params);
	},
	katasterTotal(f: KatasterFilter): Bound<KatasterTotal> {
		const params: Param[] = [];
		return bound(totalSql(f, params), params);
	},
	/** Facets, trend and total in one statement (one worker round trip); split with splitUebersicht. */
	katasterUebersicht(
		dims: readonly KatasterDim[],
		f: KatasterFilter
	): Bound<KatasterUebersichtRow> {
		const params: Param[] = [];
		const facets = facetsSql(dims, f, params, false);
		const trend = trendSql(f, params, false);
		const total = totalSql(f, params);
		return bound(
			`SELECT 'facet' AS teil, dim, key, CAST(NULL AS SMALLINT) AS jahr, n, CAST(NULL AS DOUBLE) AS flaeche
			   FROM (${facets})
			 UNION ALL SELECT 'trend', NULL, size_class, jahr, n, NULL FROM (${trend})
			 UNION ALL SELECT 'total', NULL, NULL, NULL, n, flaeche FROM (${total})
			 ORDER BY teil, dim, jahr, key`,
			params
		);
	},
	/** Objects per 1.000 EW per Gemeinde (all Gemeinden, 0 where none); ignores the Gemeinde filter. */
	katasterDichte(f: KatasterFilter): Bound<KatasterDichteRow> {
		const w = katasterWhere(f, ['ags'], [], '', true);
		return bound(
			`WITH x AS (SELECT ags, CAST(sum(n) AS BIGINT) AS n FROM kataster_cube_ags WHERE ${w.sql} GROUP BY ags),
			 c AS (SELECT k.value AS ags, x.n FROM x JOIN kataster_codes k ON k.dim = 'ags' AND k.code = x.ags)
			 SELECT g.ags, g.name, g.population, coalesce(c.n, 0) AS n,
			        1000.0 * coalesce(c.n, 0) / g.population AS je_1000
			   FROM gemeinden g LEFT JOIN c USING (ags) ORDER BY g.ags`,
			w.params,
			['gemeinden']
		);
	},
	/**
	 * The object table's page. `vorab`: read kataster_top instead (sort leer_seit only); a full page from it
	 * is exact, because every object outside it starts later (see objektSeite in src/lib/kataster/load.ts).
	 */
	katasterObjekte(
		f: KatasterFilter,
		sort: string,
		limit: number,
		offset = 0,
		vorab = false
	): Bound<KatasterObjekt> {
		const key = pick(sort, KATASTER_SORT);
		const byName = key === 'gemeinde';
		const col = quoteIdent(byName ? 'name' : key === 'leer_seit' ? 'ls' : key);
		const desc = key === 'flaeche_m2' || key === 'dauer' ? ' DESC' : '';
		const w = katasterWhere(f, [], [], 'j');
		w.params.push(limit, offset);
		return bound(
			`WITH top AS (
			   SELECT j.id, j.ags, j.nutzung, j.zustand, j.status, j.flaeche_m2, j.ls, j.dauer, j.bezeichnung,
			          j.geprueft_am, j.lage_ungefaehr, j.datenstatus
			     FROM ${vorab && key === 'leer_seit' ? 'kataster_top' : 'kataster_jahr'} j
			          ${byName ? 'JOIN gemeinden g ON g.ags = j.ags' : ''}
			    WHERE ${w.sql}
			    ORDER BY ${byName ? 'g' : 'j'}.${col}${desc}, j.id
			    LIMIT $${w.params.length - 1} OFFSET $${w.params.length}
			 )
			 SELECT top.id, top.ags, g.name AS gemeinde, top.nutzung, top.zustand, top.status, top.flaeche_m2,
			        strftime(top.ls, '%Y-%m-%d') AS leer_seit, top.dauer, top.bezeichnung, top.geprueft_am,
			        top.lage_ungefaehr, top.datenstatus
			   FROM top JOIN gemeinden g ON g.ags = top.ags
			  ORDER BY ${byName ? 'g' : 'top'}.${col}${desc}, top.id`,
			w.params,
			['gemeinden']
		);
	},
	/**
	 * A uniform, reproducible thinning to about `max` points (hash of the id), for the map. kataster_jahr is
	 * sorted by year and that hash, so the scan stops at the first row groups.
	 */
	katasterPunkte(f: KatasterFilter, total: number, max: number): Bound<KatasterPunkt> {
		const w = katasterWhere(f);
		w.params.push(total <= max ? 1000 : Math.max(1, Math.floor((1000 * max) / total)));
		return bound(
			`SELECT lon, lat FROM kataster_jahr
			  WHERE ${w.sql} AND zufall < CAST($${w.params.length} AS SMALLINT)`,
			w.params
		);
	},
	/**
	 * Gemeinden whose active vacancy (leer + zwischengenutzt) per 1.000 EW rose by at least `schwelle`
	 * between 31.12. of `jahr - jahre` and of `jahr`, steepest first. Ignores status, year and Gemeinde filters.
	 */
	katasterFruehwarnung(f: KatasterFilter, jahre: number, schwelle: number): Bound<KatasterWarnung> {
		const params: Param[] = [f.jahr, f.jahr - jahre, schwelle];
		const w = katasterWhere(f, ['jahr', 'status', 'ags'], params, '', true);
		return bound(
			`WITH x AS (
			   SELECT ags, CAST(coalesce(sum(n) FILTER (WHERE jahr = CAST($1 AS SMALLINT)), 0) AS BIGINT) AS n_jetzt,
			          CAST(coalesce(sum(n) FILTER (WHERE jahr = CAST($2 AS SMALLINT)), 0) AS BIGINT) AS n_vorher
			     FROM kataster_cube_ags
			    WHERE jahr IN (CAST($1 AS SMALLINT), CAST($2 AS SMALLINT)) AND ${w.sql}
			      AND status IN (SELECT code FROM kataster_codes
			                      WHERE dim = 'status' AND value IN ('leer', 'zwischengenutzt'))
			    GROUP BY ags
			 ), c AS (SELECT k.value AS ags, x.n_jetzt, x.n_vorher
			            FROM x JOIN kataster_codes k ON k.dim = 'ags' AND k.code = x.ags)
			 SELECT g.ags, g.name, g.kreis_name, g.population, c.n_vorher, c.n_jetzt,
			        1000.0 * (c.n_jetzt - c.n_vorher) / g.population AS anstieg_je_1000
			   FROM c JOIN gemeinden g USING (ags)
			  WHERE 1000.0 * (c.n_jetzt - c.n_vorher) / g.population >= $3
			  ORDER BY anstieg_je_1000 DESC, g.ags`,
			w.params,
			['gemeinden']
		);
	}
};

type KatasterQueries = typeof katasterQueries;
declare module '$lib/db/registry' {
	interface Registry extends KatasterQueries {}
}
