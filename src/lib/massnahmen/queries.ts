import { sql } from '$lib/db/sql';

export interface MassnahmeRow {
	id: string;
	title: string;
	ag: string;
	rubric: string | null;
	approach: string | null;
	description: string;
	examples: string | null;
	ags: string | null;
	ort: string | null;
	size_classes: string | null;
	fundable: string;
	status: string;
	source: string;
	link: string | null;
	gemeinde: string | null;
	lon: number | null;
	lat: number | null;
}

export interface FacetCount {
	facet: 'ag' | 'rubric' | 'approach' | 'size' | 'fundable';
	value: string;
	n: number;
	total: number;
}

/** Search term, then one `|`-joined list per facet ('' = no filter; `~` = "no value"). */
export type CatalogParams = [
	q: string,
	ag: string,
	rubric: string,
	approach: string,
	size: string,
	fundable: string
];

/** German folding: case, umlauts (ä = ae = a), ß = ss, punctuation to spaces. Same on both sides. */
const fold = (x: string) =>
	`trim(regexp_replace(replace(replace(replace(replace(strip_accents(lower(${x})), 'ß', 'ss'), 'ae', 'a'), 'oe', 'o'), 'ue', 'u'), '[^a-z0-9]+', ' ', 'g'))`;

const COLUMNS = `m.id, m.title, m.ag, m.rubric, m.approach, m.description, m.examples, m.ags, m.ort,
	m.size_classes, m.fundable, m.status, m.source, m.link, g.name AS gemeinde, g.lon, g.lat`;

// One boolean per filter, so the facet counts can leave out their own facet (disjunctive facets).
const MATCHED = `
WITH p AS (
	SELECT list_filter(string_split(${fold('$1')}, ' '), t -> t <> '') AS terms,
	       list_filter(string_split($2, '|'), x -> x <> '') AS f_ag,
	       list_filter(string_split($3, '|'), x -> x <> '') AS f_rubric,
	       list_filter(string_split($4, '|'), x -> x <> '') AS f_approach,
	       list_filter(string_split($5, '|'), x -> x <> '') AS f_size,
	       list_filter(string_split($6, '|'), x -> x <> '') AS f_fundable
), b AS (
	SELECT m.*, g.name AS gemeinde, g.lon, g.lat,
	       string_split(coalesce(m.approach, '~'), '|') AS approaches,
	       string_split(coalesce(m.size_classes, '~'), '|') AS sizes,
	       ${fold(`concat_ws(' ', m.title, m.ag, m.rubric, replace(m.approach, '|', ' '), m.description, m.examples, m.ort, g.name, m.status, m.source)`)} AS hay
	  FROM massnahmen m LEFT JOIN gemeinden g ON g.ags = m.ags
), f AS (
	SELECT b.*,
	       len(list_filter(p.terms, t -> NOT contains(b.hay, t))) = 0 AS m_q,
	       (len(p.f_ag) = 0 OR list_contains(p.f_ag, b.ag)) AS m_ag,
	       (len(p.f_rubric) = 0 OR list_contains(p.f_rubric, coalesce(b.rubric, '~'))) AS m_rubric,
	       (len(p.f_approach) = 0 OR list_has_any(p.f_approach, b.approaches)) AS m_approach,
	       (len(p.f_size) = 0 OR list_has_any(p.f_size, b.sizes)
	         OR (list_contains(b.sizes, 'alle') AND len(list_filter(p.f_size, s -> s <> '~')) > 0)) AS m_size,
	       (len(p.f_fundable) = 0 OR list_contains(p.f_fundable, b.fundable)) AS m_fundable
	  FROM b, p
)`;

export const massnahmenQueries = {
	/** Entries matching the search text and all facet filters, with the Gemeinde's label point. */
	massnahmenSearch: sql<MassnahmeRow, CatalogParams>(
		['massnahmen', 'gemeinden'],
		`${MATCHED}
		SELECT id, title, ag, rubric, approach, description, examples, ags, ort, size_classes, fundable,
		       status, source, link, gemeinde, lon, lat
		  FROM f
		 WHERE m_q AND m_ag AND m_rubric AND m_approach AND m_size AND m_fundable
		 ORDER BY CASE ag WHEN 'Leerstand' THEN 1 WHEN 'Klima' THEN 2 WHEN 'WULIS' THEN 3 ELSE 4 END, strip_accents(lower(title))`
	),
	/**
	 * Counts per facet value under the search and the other facets' filters (`n`), and over all entries (`total`).
	 * Size: a value counts entries made for it or for `alle`.
	 */
	massnahmenFacets: sql<FacetCount, CatalogParams>(
		['massnahmen', 'gemeinden'],
		`${MATCHED}
		SELECT 'ag' AS facet, ag AS value,
		       count(*) FILTER (WHERE m_q AND m_rubric AND m_approach AND m_size AND m_fundable) AS n,
		       count(*) AS total
		  FROM f GROUP BY ag
		UNION ALL
		SELECT 'rubric', coalesce(rubric, '~'),
		       count(*) FILTER (WHERE m_q AND m_ag AND m_approach AND m_size AND m_fundable), count(*)
		  FROM f GROUP BY coalesce(rubric, '~')
		UNION ALL
		SELECT 'approach', a,
		       count(*) FILTER (WHERE m_q AND m_ag AND m_rubric AND m_size AND m_fundable), count(*)
		  FROM (SELECT unnest(approaches) AS a, * FROM f) GROUP BY a
		UNION ALL
		SELECT 'size', s,
		       count(*) FILTER (WHERE m_q AND m_ag AND m_rubric AND m_approach AND m_fundable
		                        AND (list_contains(sizes, s) OR (s <> '~' AND list_contains(sizes, 'alle')))),
		       count(*) FILTER (WHERE list_contains(sizes, s) OR (s <> '~' AND list_contains(sizes, 'alle')))
		  FROM f, (SELECT unnest(['landgemeinde', 'kleinstadt', 'mittelstadt', 'grossstadt', '~']) AS s) GROUP BY s
		UNION ALL
		SELECT 'fundable', fundable,
		       count(*) FILTER (WHERE m_q AND m_ag AND m_rubric AND m_approach AND m_size), count(*)
		  FROM f GROUP BY fundable`
	),
	massnahmeById: sql<MassnahmeRow, [string]>(
		['massnahmen', 'gemeinden'],
		`SELECT ${COLUMNS} FROM massnahmen m LEFT JOIN gemeinden g ON g.ags = m.ags WHERE m.id = $1`
	),
	/** Entries located in one Gemeinde (town profile). */
	massnahmenByAgs: sql<MassnahmeRow, [string]>(
		['massnahmen', 'gemeinden'],
		`SELECT ${COLUMNS} FROM massnahmen m LEFT JOIN gemeinden g ON g.ags = m.ags
		  WHERE m.ags = $1 ORDER BY strip_accents(lower(m.title))`
	)
};

type MassnahmenQueries = typeof massnahmenQueries;
declare module '$lib/db/registry' {
	interface Registry extends MassnahmenQueries {}
}
