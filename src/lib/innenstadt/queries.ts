import { sql } from '$lib/db/sql';

import { MIN_WOHNUNGEN, RADIUS_MAX, RADIUS_STEP } from './constants';

export { MIN_WOHNUNGEN, RADIUS_DEFAULT, RADIUS_MAX, RADIUS_MIN, RADIUS_STEP } from './constants';

/** the one band of all cells farther than RADIUS_MAX */
const BEYOND = RADIUS_MAX + RADIUS_STEP;

export interface OrtskernRow {
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
	lon: number;
	lat: number;
	kern_wohnungen: number;
	kern_leer: number;
	rest_wohnungen: number;
	rest_leer: number;
	/** % or null: too few dwellings in the zone */
	kern_quote: number | null;
	rest_quote: number | null;
	/** kern_quote − rest_quote in percentage points; null if either is null */
	differenz_pp: number | null;
	/** rank by difference among the Gemeinden of the same size class with a difference (1 = emptiest core) */
	rang_klasse: number | null;
	/** Gemeinden of the size class with a difference */
	n_klasse: number;
	/** grid dwellings / official dwellings (%); null where a split Gemeinde feeds in */
	abdeckung_pct: number | null;
	wohnungen_amtlich: number | null;
	teilung_offen: boolean;
}

export interface OrtskernZelle {
	gx: number;
	gy: number;
	wohnungen: number | null;
	leer: number | null;
	/** metres from the Ortsmitte for the Gemeinde's own cells, null for its neighbours' */
	abstand_m: number | null;
}

export interface KreisAmtlich {
	kreis_ags: string;
	name: string;
	wohnungen: number;
	leer: number;
	leq: number;
	/** Σ grid vacant / Σ grid dwellings of the Kreis's cells (%), the estimate */
	schaetzung_quote: number | null;
	/** schaetzung − leq, pp */
	abstand_pp: number | null;
	anteil_ab_12m: number;
	leer_ab_12m: number;
	grund_bezug_3m: number;
	grund_bau: number;
	grund_abriss: number;
	grund_verkauf: number;
	grund_eigennutzung: number;
	grund_sonstig: number;
}

export interface LandAmtlich {
	/** official Land row of the Regionaltabelle */
	wohnungen: number;
	/** Σ of the 22 Kreise (no official Land figure) */
	leer: number;
	wohnungen_kreise: number;
	leer_ab_12m: number;
	/**
	 * Land LEQ (%) on the base of the official Kreis quotas (Σ leer / Σ leer·100/LEQ): there is no
	 * official Land LEQ, and the LEQ's base is not `wohnungen`
	 */
	leq_land: number;
	/** share of vacant dwellings vacant ≥ 12 months (%) */
	anteil_ab_12m: number;
}

const ZONES = `
zonen AS (
	SELECT c.ags,
	       (c.gx * 100 + 50 - o.x_3035) ^ 2 + (c.gy * 100 + 50 - o.y_3035) ^ 2 <= $1::DOUBLE ^ 2 AS kern,
	       sum(coalesce(c.wohnungen, 0))::DOUBLE AS w, sum(coalesce(c.leer, 0))::DOUBLE AS l
	  FROM zensus_100m c JOIN ortsmitte o ON o.ags = c.ags
	 GROUP BY ALL
)`;

const BANDS = `
zonen AS (
	SELECT ags, band <= $1::DOUBLE AS kern, sum(w) AS w, sum(l) AS l
	  FROM ortskern_baender GROUP BY ALL
)`;

/** From per-zone sums to the row of OrtskernRow; the minimum rule is here and nowhere else. */
const FIGURES = `
sums AS (
	SELECT g.ags,
	       coalesce(sum(w) FILTER (WHERE kern), 0) AS kern_wohnungen,
	       coalesce(sum(l) FILTER (WHERE kern), 0) AS kern_leer,
	       coalesce(sum(w) FILTER (WHERE NOT kern), 0) AS rest_wohnungen,
	       coalesce(sum(l) FILTER (WHERE NOT kern), 0) AS rest_leer
	  FROM gemeinden g LEFT JOIN zonen z ON z.ags = g.ags
	 GROUP BY g.ags
),
rates AS (
	SELECT *,
	       CASE WHEN kern_wohnungen >= ${MIN_WOHNUNGEN} THEN 100 * kern_leer / kern_wohnungen END AS kern_quote,
	       CASE WHEN rest_wohnungen >= ${MIN_WOHNUNGEN} THEN 100 * rest_leer / rest_wohnungen END AS rest_quote
	  FROM sums
),
alle AS (
	SELECT g.ags, g.name, g.kreis_ags, g.kreis_name, g.planungsregion, g.size_class, g.size_group,
	       g.is_stadt, g.zentraler_ort, g.population, o.lon, o.lat,
	       r.kern_wohnungen, r.kern_leer, r.rest_wohnungen, r.rest_leer, r.kern_quote, r.rest_quote,
	       r.kern_quote - r.rest_quote AS differenz_pp,
	       a.abdeckung_pct, a.wohnungen AS wohnungen_amtlich, a.teilung_offen
	  FROM gemeinden g JOIN rates r ON r.ags = g.ags
	  JOIN ortsmitte o ON o.ags = g.ags
	  LEFT JOIN wohnungen_amtlich a ON a.ags = g.ags
)
SELECT *,
       CASE WHEN differenz_pp IS NOT NULL THEN
         rank() OVER (PARTITION BY size_class, differenz_pp IS NULL ORDER BY differenz_pp DESC) END AS rang_klasse,
       count(differenz_pp) OVER (PARTITION BY size_class) AS n_klasse
  FROM alle
 ORDER BY differenz_pp DESC NULLS LAST, name, ags`;

const TABLES = ['gemeinden', 'ortsmitte', 'zensus_100m', 'wohnungen_amtlich'];

export const innenstadtQueries = {
	/** Core/rest figures of all 605 Gemeinden at radius $1 (m), one statement over the 57.543 cells. */
	ortskern: sql<OrtskernRow, [number]>(TABLES, `WITH ${ZONES}, ${FIGURES}`),
	/**
	 * Distance bands, built once per load: per Gemeinde and 50 m band (cell centroid distance rounded
	 * up; beyond RADIUS_MAX one band) the sums. Exact for radii that are multiples of RADIUS_STEP.
	 */
	ortskernBaenderInit: sql<never>(
		['ortsmitte', 'zensus_100m'],
		`CREATE OR REPLACE TABLE ortskern_baender AS
		 SELECT c.ags,
		        least(ceil(sqrt((c.gx * 100 + 50 - o.x_3035) ^ 2 + (c.gy * 100 + 50 - o.y_3035) ^ 2)
		                   / ${RADIUS_STEP}) * ${RADIUS_STEP}, ${BEYOND}) AS band,
		        sum(coalesce(c.wohnungen, 0))::DOUBLE AS w, sum(coalesce(c.leer, 0))::DOUBLE AS l
		   FROM zensus_100m c JOIN ortsmitte o ON o.ags = c.ags
		  GROUP BY ALL`
	),
	/** The same figures as `ortskern` from the band table (needs ortskernBaenderInit). */
	ortskernBaender: sql<OrtskernRow, [number]>(
		['gemeinden', 'ortsmitte', 'wohnungen_amtlich'],
		`WITH ${BANDS}, ${FIGURES}`
	),
	/**
	 * The cells of one Gemeinde and its surroundings (±$2 m around the Ortsmitte) for the map — the same
	 * at every radius; the distance of the Gemeinde's own cells from its Ortsmitte (null for others).
	 */
	ortskernZellen: sql<OrtskernZelle, [string, number]>(
		['ortsmitte', 'zensus_100m'],
		`SELECT c.gx, c.gy, c.wohnungen, c.leer,
		        CASE WHEN c.ags = o.ags
		             THEN sqrt((c.gx * 100 + 50 - o.x_3035) ^ 2 + (c.gy * 100 + 50 - o.y_3035) ^ 2)
		        END AS abstand_m
		   FROM zensus_100m c, ortsmitte o
		  WHERE o.ags = $1
		    AND c.gx * 100 + 50 BETWEEN o.x_3035 - $2::DOUBLE AND o.x_3035 + $2::DOUBLE
		    AND c.gy * 100 + 50 BETWEEN o.y_3035 - $2::DOUBLE AND o.y_3035 + $2::DOUBLE
		  ORDER BY c.gy, c.gx`
	),
	/**
	 * The 100 m cells in a window of cell indices (gx $1…$2, gy $3…$4) for the state map; at most $5 of them,
	 * the nearest to the window's centre first (a cut window loses its edges, not one side).
	 */
	gitterAusschnitt: sql<OrtskernZelle, [number, number, number, number, number]>(
		['zensus_100m'],
		`SELECT gx, gy, wohnungen, leer, NULL::DOUBLE AS abstand_m
		   FROM zensus_100m
		  WHERE gx BETWEEN CAST($1 AS INTEGER) AND CAST($2 AS INTEGER)
		    AND gy BETWEEN CAST($3 AS INTEGER) AND CAST($4 AS INTEGER)
		  ORDER BY (gx - ($1 + $2) / 2) ^ 2 + (gy - ($3 + $4) / 2) ^ 2, gy, gx
		  LIMIT CAST($5 AS INTEGER)`
	),
	/** Official Kreis figures beside the grid estimate summed to the Kreis. */
	kreiseAmtlich: sql<KreisAmtlich>(
		['zensus_kreise_amtlich', 'leerstand_schaetzung'],
		`WITH est AS (
			SELECT substr(ags, 1, 5) AS kreis_ags,
			       sum(coalesce(leer_gitter, 0))::DOUBLE AS l,
			       sum(coalesce(wohnungen_gitter, 0))::DOUBLE AS w
			  FROM leerstand_schaetzung GROUP BY 1
		)
		SELECT k.kreis_ags, k.name, k.wohnungen, k.leer, k.leq,
		       100 * e.l / nullif(e.w, 0) AS schaetzung_quote,
		       100 * e.l / nullif(e.w, 0) - k.leq AS abstand_pp,
		       100 * k.leer_ab_12m / k.leer AS anteil_ab_12m, k.leer_ab_12m,
		       k.grund_bezug_3m, k.grund_bau, k.grund_abriss, k.grund_verkauf, k.grund_eigennutzung,
		       k.grund_sonstig
		  FROM zensus_kreise_amtlich k LEFT JOIN est e USING (kreis_ags)
		 WHERE k.ebene = 'Kreis'
		 ORDER BY k.kreis_ags`
	),
	/** Thüringen: official dwellings (Land row) and vacant dwellings as Σ of the Kreise. */
	landAmtlich: sql<LandAmtlich>(
		['zensus_kreise_amtlich'],
		`SELECT max(wohnungen) FILTER (WHERE ebene = 'Land') AS wohnungen,
		        sum(leer) FILTER (WHERE ebene = 'Kreis') AS leer,
		        sum(wohnungen) FILTER (WHERE ebene = 'Kreis') AS wohnungen_kreise,
		        sum(leer_ab_12m) FILTER (WHERE ebene = 'Kreis') AS leer_ab_12m,
		        100 * sum(leer) FILTER (WHERE ebene = 'Kreis')
		          / sum(100 * leer / leq) FILTER (WHERE ebene = 'Kreis') AS leq_land,
		        100 * sum(leer_ab_12m) FILTER (WHERE ebene = 'Kreis')
		          / sum(leer) FILTER (WHERE ebene = 'Kreis') AS anteil_ab_12m
		   FROM zensus_kreise_amtlich`
	)
};

type InnenstadtQueries = typeof innenstadtQueries;
declare module '$lib/db/registry' {
	interface Registry extends InnenstadtQueries {}
}
