import { sql } from '$lib/db/sql';

export interface SizeClassCount {
	size_class: string;
	gemeinden: number;
	einwohner: number;
	staedte: number;
}

export interface GemeindeRow {
	ags: string;
	name: string;
	kreis_ags: string;
	kreis_name: string;
	population: number;
	area_km2: number;
	density_per_km2: number;
	is_stadt: boolean;
	size_class: string;
	size_group: string;
	planungsregion: string;
	zentraler_ort: string | null;
}

export const uebersichtQueries = {
	sizeClassCounts: sql<SizeClassCount>(
		['gemeinden'],
		`SELECT size_class, count(*) AS gemeinden, sum(population) AS einwohner,
		        count(*) FILTER (WHERE is_stadt) AS staedte
		   FROM gemeinden GROUP BY size_class`
	),
	gemeindeByAgs: sql<GemeindeRow, [string]>(
		['gemeinden'],
		`SELECT ags, name, kreis_ags, kreis_name, population, area_km2, density_per_km2, is_stadt,
		        size_class, size_group, planungsregion, zentraler_ort
		   FROM gemeinden WHERE ags = $1`
	)
};

type UebersichtQueries = typeof uebersichtQueries;
declare module '$lib/db/registry' {
	interface Registry extends UebersichtQueries {}
}
