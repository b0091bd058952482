import { sql } from '$lib/db/sql';
import type {
	EventRow,
	FaktRow,
	KpiTarget,
	MassnahmeKurz,
	MeilensteinRow,
	PilotRow,
	ZielRow
} from './types';

export interface EventPlace {
	ags: string;
	name: string;
	lon: number;
	lat: number;
}

const EVENT_COLS = `id, date, date_end, date_precision, title, kind, ag, ags, ort, status, anzahl,
        sammelangabe, teilnehmende, note, source, enthalten_in`;

export const kennzahlenQueries = {
	kpiTargets: sql<KpiTarget>(
		['kpi_targets'],
		`SELECT id, kpi, comparator, target_value, unit, target_date, period, measure, note, source
		   FROM kpi_targets`
	),
	kpiEvents: sql<EventRow>(
		['events'],
		`SELECT ${EVENT_COLS} FROM events
		  ORDER BY coalesce(date, date_end), date_end NULLS FIRST, id`
	),
	kpiEventsByAgs: sql<EventRow, [string]>(
		['events'],
		`SELECT ${EVENT_COLS} FROM events WHERE ags = $1 ORDER BY coalesce(date, date_end), id`
	),
	kpiEventPlaces: sql<EventPlace>(
		['events', 'gemeinden'],
		`SELECT DISTINCT g.ags, g.name, g.lon, g.lat
		   FROM events e JOIN gemeinden g ON g.ags = e.ags ORDER BY g.name`
	),
	kpiPilots: sql<PilotRow>(
		['pilots'],
		`SELECT id, ag, slot, title, status, target_date, ags, note, source
		   FROM pilots ORDER BY ag, slot`
	),
	kpiZiele: sql<ZielRow>(
		['ag_ziele'],
		`SELECT id, ag, rubrik, ziel, status, stand, frist, note, source FROM ag_ziele`
	),
	kpiMeilensteine: sql<MeilensteinRow>(
		['meilensteine'],
		`SELECT id, titel, zeitraum, beginn, ende, akteur, source FROM meilensteine ORDER BY beginn, id`
	),
	kpiMassnahmen: sql<MassnahmeKurz>(
		['massnahmen'],
		`SELECT id, title, ag, status, source FROM massnahmen ORDER BY ag, id`
	),
	kpiFakten: sql<FaktRow>(
		['buendnis_fakten'],
		`SELECT id, ag, thema, wert, zahl, stand, url, source FROM buendnis_fakten`
	)
};

type KennzahlenQueries = typeof kennzahlenQueries;
declare module '$lib/db/registry' {
	interface Registry extends KennzahlenQueries {}
}
