import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PilotRow, Station } from '$lib/klima/queries';
import { sizeClassByKey } from '$lib/domain/size-class';
import { catchmentsAt, type Catchment, type PopulationGrid } from '$lib/geo/standort-grid';
import { closes, locate, nearest, type Place, type Site } from '$lib/geo/standort';
import type { Kandidat } from '../model';

export const pilotSites = (pilots: readonly PilotRow[]): Site[] =>
	pilots
		.filter((p) => p.lon !== null && p.lat !== null)
		.map((p) => ({
			id: p.id,
			name: p.title ?? `Pilot ${p.ag} ${p.slot}`,
			kind: 'pilot',
			ag: p.ag,
			lon: p.lon!,
			lat: p.lat!
		}));

export const stationSites = (list: readonly Station[]): Site[] =>
	list.map((s) => ({ id: s.id, name: s.name, kind: 'station', lon: s.lon, lat: s.lat }));

export const kandidatSites = (list: readonly Kandidat[]): Site[] =>
	list.map((k) => ({
		id: k.id,
		name: k.name,
		kind: 'kandidat',
		klimafeld: k.klimafeld,
		lon: k.lon,
		lat: k.lat
	}));

export interface SiteRow {
	id: string;
	name: string;
	art: string;
	ags: string | null;
	gemeinde: string;
	grenze: boolean;
	groesse: string;
	kreis: string;
	planungsregion: string;
	/** people (and 65+) within 1 / 5 / 10 / 25 km and the chosen radius (last) */
	ew: Catchment[];
	pilot_km: number | null;
	pilot_name: string | null;
	station_km: number | null;
	station_name: string | null;
	/** white spots (without candidates) this site lies within X km of */
	schliesst: Place[];
}

const ART: Record<Site['kind'], string> = {
	pilot: 'Pilotprojekt',
	station: 'Station (Beispieldaten)',
	kandidat: 'Standortvorschlag'
};

/** One row of the comparison table: where a site lies and whom it reaches. */
export function analyseSite(
	s: Site,
	ctx: {
		places: readonly Place[];
		grid: PopulationGrid;
		areas: FeatureCollection<Polygon | MultiPolygon, { ags?: string } | null>;
		pilots: readonly Site[];
		stationen: readonly Site[];
		baseline: readonly Place[];
		radius: number;
	}
): SiteRow {
	const loc = locate([s.lon, s.lat], ctx.areas);
	const g = ctx.places.find((p) => p.ags === loc.ags);
	const pilot = nearest([s.lon, s.lat], ctx.pilots, s.id);
	const station = nearest([s.lon, s.lat], ctx.stationen, s.id);
	return {
		id: s.id,
		name: s.name,
		art: ART[s.kind],
		ags: loc.ags,
		gemeinde: g?.name ?? 'außerhalb Thüringens oder nicht zugeordnete Fläche',
		grenze: loc.all.length > 1,
		groesse: g ? (sizeClassByKey(g.size_class)?.short ?? g.size_class) : '',
		kreis: g?.kreis_name ?? '',
		planungsregion: g?.planungsregion ?? '',
		ew: catchmentsAt([s.lon, s.lat], ctx.grid, ctx.radius),
		pilot_km: pilot?.km ?? null,
		pilot_name: pilot?.site.name ?? null,
		station_km: station?.km ?? null,
		station_name: station?.site.name ?? null,
		schliesst: closes([s.lon, s.lat], ctx.baseline, ctx.radius)
	};
}
