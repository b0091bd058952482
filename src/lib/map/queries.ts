import { sql } from '$lib/db/sql';
import { ORT, ORT_JOIN, ORT_LONLAT } from '$lib/geo/queries';

export interface MapGemeinde {
	ags: string;
	name: string;
	kreis_ags: string;
	kreis_name: string;
	population: number;
	area_km2: number;
	density_per_km2: number;
	is_stadt: boolean;
	size_class: string;
	/** the town's location: its Ortsmitte (BKG), the label point only where there is none */
	lon: number;
	lat: number;
}

export interface MapKreis {
	kreis_ags: string;
	name: string;
	population: number;
	density_per_km2: number;
}

export const mapQueries = {
	mapGemeinden: sql<MapGemeinde>(
		[...ORT.tables],
		`SELECT g.ags, g.name, g.kreis_ags, g.kreis_name, g.population, g.area_km2, g.density_per_km2,
		        g.is_stadt, g.size_class, ${ORT_LONLAT}
		   FROM gemeinden g ${ORT_JOIN} ORDER BY g.ags`
	),
	mapKreise: sql<MapKreis>(
		['kreise'],
		`SELECT kreis_ags, name, population, density_per_km2 FROM kreise ORDER BY name`
	)
};

type MapQueries = typeof mapQueries;
declare module '$lib/db/registry' {
	interface Registry extends MapQueries {}
}
