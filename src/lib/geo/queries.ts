import type { Place } from './standort';
import type { CellRow } from './standort-grid';
import { sql } from '$lib/db/sql';

/**
 * Where /klima puts a town (pilots „in Gotha“, stations, distances): its Ortsmitte. The one place
 * that says which table holds it; `g` is `gemeinden`.
 */
export const ORT = {
	tables: ['gemeinden', 'ortsmitte'],
	join: 'LEFT JOIN ortsmitte o ON o.ags = g.ags',
	lon: 'COALESCE(o.lon, g.lon)',
	lat: 'COALESCE(o.lat, g.lat)'
} as const;
/** the same as SQL text constants */
export const ORT_JOIN = ORT.join;
export const ORT_LONLAT = `${ORT.lon} AS lon, ${ORT.lat} AS lat`;

export interface StandortGemeinde extends Place {
	density_per_km2: number;
	/** Zensus-2022 grid estimate (%), flagged „Schätzung“ */
	leer_quote: number | null;
	leer_reliability: string | null;
}

export const standortQueries = {
	standortGemeinden: sql<StandortGemeinde>(
		[...ORT.tables, 'leerstand_schaetzung'],
		`SELECT g.ags, g.name, g.kreis_ags, g.kreis_name, g.planungsregion, g.population, g.is_stadt,
		        g.size_class, g.size_group, ${ORT_LONLAT}, g.density_per_km2,
		        l.quote_100m AS leer_quote, l.reliability AS leer_reliability
		   FROM gemeinden g ${ORT_JOIN} LEFT JOIN leerstand_schaetzung l ON l.ags = g.ags
		  ORDER BY g.ags`
	),
	standortZellen: sql<CellRow>(
		['zensus_1km_bevoelkerung'],
		`SELECT x_3035, y_3035, einwohner, anteil_ab65, kreis_ags
		   FROM zensus_1km_bevoelkerung ORDER BY y_3035, x_3035`
	)
};

type StandortQueries = typeof standortQueries;
declare module '$lib/db/registry' {
	interface Registry extends StandortQueries {}
}
