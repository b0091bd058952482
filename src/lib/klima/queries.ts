import { sql } from '$lib/db/sql';

export interface PilotRow {
	id: string;
	ag: string;
	slot: number;
	title: string | null;
	status: string;
	target_date: string | null;
	ags: string | null;
	ort: string | null;
	lon: number | null;
	lat: number | null;
	note: string | null;
	source: string;
}

/** A Wanderbaumallee station (dataset `stationen`). */
export interface Station {
	id: string;
	reihenfolge: number;
	name: string;
	ags: string;
	lon: number;
	lat: number;
	von: string;
	bis: string;
	baeume: number;
	status: string;
	notiz: string | null;
}

export interface OrtRow {
	ags: string;
	name: string;
	kreis_name: string;
	lon: number;
	lat: number;
}

const PILOT_COLS = `p.id, p.ag, p.slot, p.title, p.status, p.target_date, p.ags, g.name AS ort,
		        p.lon, p.lat, p.note, p.source`;

export const klimaQueries = {
	klimaPilots: sql<PilotRow>(
		['pilots', 'gemeinden'],
		`SELECT ${PILOT_COLS}
		   FROM pilots p LEFT JOIN gemeinden g ON g.ags = p.ags
		  ORDER BY p.ag, p.slot`
	),
	klimaStationen: sql<Station>(
		['stationen'],
		`SELECT id, reihenfolge, name, ags, lon, lat, von, bis, baeume, status, notiz
		   FROM stationen ORDER BY reihenfolge`
	),
	klimaOrte: sql<OrtRow>(
		['gemeinden'],
		`SELECT ags, name, kreis_name, lon, lat FROM gemeinden ORDER BY ags`
	),
	klimaOrtPilots: sql<PilotRow, [string]>(
		['pilots', 'gemeinden'],
		`SELECT ${PILOT_COLS}
		   FROM pilots p LEFT JOIN gemeinden g ON g.ags = p.ags
		  WHERE p.ags = $1 ORDER BY p.ag, p.slot`
	),
	klimaOrtStationen: sql<Station, [string]>(
		['stationen'],
		`SELECT id, reihenfolge, name, ags, lon, lat, von, bis, baeume, status, notiz
		   FROM stationen WHERE ags = $1 ORDER BY reihenfolge`
	)
};

type KlimaQueries = typeof klimaQueries;
declare module '$lib/db/registry' {
	interface Registry extends KlimaQueries {}
}
