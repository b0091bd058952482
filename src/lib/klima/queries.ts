import { sql } from '$lib/db/sql';
import { ORT, ORT_JOIN, ORT_LONLAT } from '$lib/geo/queries';

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

// a pilot with a town but no own coordinates sits at the town's Ortsmitte
const PILOT_COLS = `p.id, p.ag, p.slot, p.title, p.status, p.target_date, p.ags, g.name AS ort,
		        COALESCE(p.lon, ${ORT.lon}) AS lon, COALESCE(p.lat, ${ORT.lat}) AS lat, p.note, p.source`;
const PILOT_FROM = `pilots p LEFT JOIN gemeinden g ON g.ags = p.ags ${ORT.join}`;

export const klimaQueries = {
	klimaPilots: sql<PilotRow>(
		['pilots', ...ORT.tables],
		`SELECT ${PILOT_COLS} FROM ${PILOT_FROM} ORDER BY p.ag, p.slot`
	),
	klimaStationen: sql<Station>(
		['stationen'],
		`SELECT id, reihenfolge, name, ags, lon, lat, von, bis, baeume, status, notiz
		   FROM stationen ORDER BY reihenfolge`
	),
	klimaOrte: sql<OrtRow>(
		[...ORT.tables],
		`SELECT g.ags, g.name, g.kreis_name, ${ORT_LONLAT} FROM gemeinden g ${ORT_JOIN} ORDER BY g.ags`
	),
	klimaOrtPilots: sql<PilotRow, [string]>(
		['pilots', ...ORT.tables],
		`SELECT ${PILOT_COLS} FROM ${PILOT_FROM} WHERE p.ags = $1 ORDER BY p.ag, p.slot`
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
