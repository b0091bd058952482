import { sql } from '$lib/db/sql';

/** Grouped aggregations the benchmark runs in DuckDB and, as a baseline, in plain JavaScript. */
export interface BenchGroup {
	key: string;
	n: number;
	summe: number;
}

export interface BenchJahrRow {
	jahr: number;
	ags: string;
	nutzung: string;
	dauer_klasse: string;
	zustand: string;
	status: string;
	size_class: string;
	flaeche_klasse: string;
	kreis_ags: string;
	flaeche_m2: number;
}

export const benchQueries = {
	benchNutzung: sql<BenchGroup>(
		['kataster'],
		`SELECT nutzung AS key, count(*) AS n, sum(flaeche_m2) AS summe FROM kataster GROUP BY 1 ORDER BY 1`
	),
	benchKlasseZustand: sql<BenchGroup>(
		['kataster'],
		`SELECT size_class || '|' || coalesce(zustand, '') AS key, n, summe
		   FROM (SELECT size_class, zustand, count(*) AS n, sum(flaeche_m2) AS summe FROM kataster GROUP BY ALL)
		  ORDER BY 1`
	),
	benchGemeindeEinzelhandel: sql<BenchGroup, [string]>(
		['kataster'],
		`SELECT ags AS key, count(*) AS n, sum(flaeche_m2) AS summe
		   FROM kataster WHERE nutzung = $1 GROUP BY 1 ORDER BY 1`
	),
	benchCount: sql<{ n: number }>(['kataster'], `SELECT count(*) AS n FROM kataster`),
	/** The yearly table's columns the peers (Arquero, Mosaic) read; after katasterPrepare. */
	benchJahr: sql<BenchJahrRow>(
		[],
		`SELECT jahr, ags, nutzung, dauer_klasse, zustand, status, size_class, flaeche_klasse, kreis_ags, flaeche_m2
		   FROM kataster_jahr`
	)
};

type BenchQueries = typeof benchQueries;
declare module '$lib/db/registry' {
	interface Registry extends BenchQueries {}
}
