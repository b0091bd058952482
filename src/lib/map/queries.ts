import { sql } from '$lib/db/sql';

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
		['gemeinden'],
		`SELECT ags, name, kreis_ags, kreis_name, population, area_km2, density_per_km2, is_stadt,
		        size_class, lon, lat
		   FROM gemeinden ORDER BY ags`
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
