import type { PilotRow } from '$lib/klima/queries';
import type { LineMark, MarkStyle, StyledPoints } from '$lib/map/marks';
import { agFarbe, klimafeldFarbe, STATION_FARBE } from '$lib/map/palette';
import type { Kandidat, Station } from './model';

const DARK = '#1a1a1a';
/** the selected station's ring and the trees' position */
export const RED = '#c0392b';

export const ROUTE: LineMark = { color: STATION_FARBE, width: 2, dash: [2, 1.5] };

const point = (
	lon: number,
	lat: number,
	properties: MarkStyle & Record<string, unknown>
): StyledPoints['features'][number] => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [lon, lat] }
});

const fc = (features: StyledPoints['features']): StyledPoints => ({
	type: 'FeatureCollection',
	features
});

/** Pilots by AG (colour) and status (a thick ring: umgesetzt). */
export const pilotPoints = (pilots: PilotRow[]) =>
	fc(
		pilots
			.filter((p) => p.lon !== null && p.lat !== null)
			.map((p) =>
				point(p.lon!, p.lat!, {
					id: p.id,
					r: 8,
					fill: agFarbe(p.ag),
					stroke: DARK,
					sw: p.status === 'umgesetzt' ? 3 : 1.2
				})
			)
	);

/** The stations, numbered in order; the selected one larger with a red ring. */
export const stationPoints = (stationen: Station[], selected: string | null) =>
	fc(
		stationen.map((s) => {
			const sel = s.id === selected;
			return point(s.lon, s.lat, {
				id: s.id,
				nr: s.reihenfolge,
				r: sel ? 10 : 7,
				fill: STATION_FARBE,
				stroke: sel ? RED : '#ffffff',
				sw: sel ? 3 : 1.5
			});
		})
	);

/** Where the trees stand on the chosen day: a red ring. */
export const currentPoint = (position: [number, number] | null) =>
	fc(
		position
			? [
					point(position[0], position[1], {
						id: 'aktuell',
						r: 12,
						fill: 'rgba(0,0,0,0)',
						stroke: RED,
						sw: 3
					})
				]
			: []
	);

/** Candidate sites by climate field. */
export const kandidatPoints = (kandidaten: Kandidat[]) =>
	fc(
		kandidaten.map((k) =>
			point(k.lon, k.lat, {
				id: k.id,
				name: k.name,
				r: 7,
				fill: klimafeldFarbe(k.klimafeld),
				stroke: DARK,
				sw: 1
			})
		)
	);

/** The route from station to station. */
export const routeLine = (stationen: Station[]): GeoJSON.FeatureCollection<GeoJSON.LineString> => ({
	type: 'FeatureCollection',
	features:
		stationen.length > 1
			? [
					{
						type: 'Feature',
						properties: {},
						geometry: { type: 'LineString', coordinates: stationen.map((s) => [s.lon, s.lat]) }
					}
				]
			: []
});
