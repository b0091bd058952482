import type { Place } from './standort';
import { sql } from '$lib/db/sql';

export interface StandortGemeinde extends Place {
	density_per_km2: number;
	/** Zensus-2022 grid estimate (%), flagged „Schätzung“ */
	leer_quote: number | null;
	leer_reliability: string | null;
}

export const standortQueries = {
	standortGemeinden: sql<StandortGemeinde>(
		['gemeinden', 'leerstand_schaetzung'],
		`SELECT g.ags, g.name, g.kreis_ags, g.kreis_name, g.planungsregion, g.population, g.is_stadt,
		        g.size_class, g.size_group, g.lon, g.lat, g.density_per_km2,
		        l.quote_100m AS leer_quote, l.reliability AS leer_reliability
		   FROM gemeinden g LEFT JOIN leerstand_schaetzung l ON l.ags = g.ags
		  ORDER BY g.ags`
	)
};

type StandortQueries = typeof standortQueries;
declare module '$lib/db/registry' {
	interface Registry extends StandortQueries {}
}
