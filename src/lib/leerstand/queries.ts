import { pick, quoteIdent, sql, type Bound } from '$lib/db/sql';

/** The filter of /leerstand; '' = no restriction. */
export interface LeerstandFilter {
	/** size class key (klein_5_10 …) or size group key (kleinstadt …) */
	klasse: string;
	/** 'ja' | 'nein' | '' */
	stadt: string;
	kreis: string;
	region: string;
	/** zentraler_ort text, 'kein' for none */
	zo: string;
}

export const NO_FILTER: LeerstandFilter = { klasse: '', stadt: '', kreis: '', region: '', zo: '' };

export interface LeerstandGemeinde {
	ags: string;
	name: string;
	kreis_ags: string;
	kreis_name: string;
	planungsregion: string;
	size_class: string;
	size_group: string;
	is_stadt: boolean;
	zentraler_ort: string | null;
	population: number;
	wohnungen: number | null;
	leer: number | null;
	quote: number | null;
	/** indicative / rough / unreliable (estimate) or official */
	reliability: string | null;
	/** 'schaetzung' | 'amtlich' */
	datenstatus: string;
	is_split: boolean;
}

export interface LeerstandPool {
	key: string;
	label: string;
	gemeinden: number;
	belastbar: number;
	wohnungen: number;
	leer: number;
	/** Σ leer / Σ Wohnungen × 100, never a mean of rates */
	quote: number | null;
	datenstatus: string;
}

export interface MappingRow {
	ars_2022: string;
	ags_2022: string;
	name_2022: string;
	ags_2025: string;
	is_split: boolean;
}

export const POOL_DIMENSIONS = ['size_class', 'size_group', 'kreis_ags', 'planungsregion'] as const;
export type PoolDimension = (typeof POOL_DIMENSIONS)[number] | 'land';

const LABEL: Record<(typeof POOL_DIMENSIONS)[number], string> = {
	size_class: 'size_class',
	size_group: 'size_group',
	kreis_ags: 'kreis_name',
	planungsregion: 'planungsregion'
};

/*
 * One source for every view: an imported official table (leerstand_amtlich, created empty by
 * leerstandInit) replaces the estimate as a whole as soon as it has rows.
 */
const SOURCE = `
WITH amtlich AS (SELECT ags, wohnungen, leer, is_split FROM leerstand_amtlich),
src AS (
	SELECT ags, wohnungen::DOUBLE AS wohnungen, leer::DOUBLE AS leer, 'official' AS reliability,
	       'amtlich' AS datenstatus, coalesce(is_split, false) AS is_split
	  FROM amtlich
	UNION ALL
	SELECT ags, wohnungen_gitter::DOUBLE, leer_gitter::DOUBLE, reliability, 'schaetzung', false
	  FROM leerstand_schaetzung WHERE NOT EXISTS (SELECT 1 FROM amtlich)
),
g AS (
	SELECT g.ags, g.name, g.kreis_ags, g.kreis_name, g.planungsregion, g.size_class, g.size_group,
	       g.is_stadt, g.zentraler_ort, g.population, s.wohnungen, s.leer,
	       CASE WHEN s.wohnungen > 0 THEN round(100 * s.leer / s.wohnungen, 2) END AS quote,
	       s.reliability,
	       CASE WHEN EXISTS (SELECT 1 FROM amtlich) THEN 'amtlich' ELSE 'schaetzung' END AS datenstatus,
	       coalesce(s.is_split, false) AS is_split
	  FROM gemeinden g LEFT JOIN src s USING (ags)
)`;

const WHERE = `
WHERE ($1 = '' OR size_class = $1 OR size_group = $1)
  AND ($2 = '' OR is_stadt = ($2 = 'ja'))
  AND ($3 = '' OR kreis_ags = $3)
  AND ($4 = '' OR planungsregion = $4)
  AND ($5 = '' OR coalesce(zentraler_ort, 'kein') = $5)`;

const TABLES = ['gemeinden', 'leerstand_schaetzung'];

function params(f: LeerstandFilter) {
	return [f.klasse, f.stadt, f.kreis, f.region, f.zo] as const;
}

type FilterParams = [string, string, string, string, string];

export const leerstandQueries = {
	/** Creates the (empty) official table unless an import already provided it. */
	leerstandInit: sql<never>(
		[],
		`CREATE TABLE IF NOT EXISTS leerstand_amtlich (
			ags VARCHAR, wohnungen DOUBLE, leer DOUBLE, quote DOUBLE, is_split BOOLEAN, teile VARCHAR)`
	),
	leerstandGemeinden: sql<LeerstandGemeinde, FilterParams>(
		TABLES,
		`${SOURCE} SELECT * FROM g ${WHERE} ORDER BY name, ags`
	),
	leerstandGitter: sql<{ lon: number; lat: number; quote: number }>(
		['zensus_gitter_1km'],
		`SELECT lon, lat, quote FROM zensus_gitter_1km WHERE quote IS NOT NULL`
	),
	leerstandMapping: sql<MappingRow>(
		['gemeinden_2022_2025'],
		`SELECT ars_2022, ags_2022, name_2022, ags_2025, is_split
		   FROM gemeinden_2022_2025 ORDER BY ars_2022`
	),
	leerstandGemeinde: sql<LeerstandGemeinde, [string]>(
		TABLES,
		`${SOURCE} SELECT * FROM g WHERE ags = $1`
	),
	/** Pooled figures per group of `dim` (one row for 'land') for the Gemeinden matching `f`. */
	leerstandPool(dim: PoolDimension, f: LeerstandFilter): Bound<LeerstandPool> {
		const d = pick(dim, [...POOL_DIMENSIONS, 'land'] as const);
		const head =
			d === 'land'
				? `'16' AS key, 'Thüringen' AS label`
				: `${quoteIdent(d)} AS key, any_value(${quoteIdent(LABEL[d])}) AS label`;
		const tail = d === 'land' ? '' : `GROUP BY ${quoteIdent(d)} ORDER BY ${quoteIdent(d)}`;
		return {
			sql: `${SOURCE}
SELECT ${head}, count(*) AS gemeinden,
       count(*) FILTER (WHERE reliability IN ('indicative', 'rough', 'official')) AS belastbar,
       coalesce(sum(wohnungen), 0) AS wohnungen, coalesce(sum(leer), 0) AS leer,
       CASE WHEN sum(wohnungen) > 0 THEN 100 * sum(leer) / sum(wohnungen) END AS quote,
       coalesce(any_value(datenstatus), 'schaetzung') AS datenstatus
  FROM g ${WHERE}
${tail}`,
			params: params(f),
			tables: TABLES
		};
	}
};

type LeerstandQueries = typeof leerstandQueries;
declare module '$lib/db/registry' {
	interface Registry extends LeerstandQueries {}
}
