import type { CsvColumn } from '$lib/export/csv';
import type { SiteRow } from './analysis';

/** CSV columns of the comparison table; `stationStatus` names the stations' data status. */
export function vergleichColumns(km: number, stationStatus: string): CsvColumn<SiteRow>[] {
	return [
		{ key: 'name', label: 'Standort' },
		{ key: 'art', label: 'Art' },
		{ key: (r) => r.ags ?? '', label: 'AGS' },
		{ key: 'gemeinde', label: 'Gemeinde' },
		{ key: (r) => r.grenze, label: 'auf Gemeindegrenze' },
		{ key: 'groesse', label: 'Größenklasse' },
		{ key: 'kreis', label: 'Kreis' },
		{ key: 'planungsregion', label: 'Planungsregion' },
		{ key: (r) => r.ew[0], label: 'Einwohner im Umkreis 5 km' },
		{ key: (r) => r.ew[1], label: 'Einwohner im Umkreis 10 km' },
		{ key: (r) => r.ew[2], label: 'Einwohner im Umkreis 25 km' },
		{ key: 'pilot_km', label: 'nächstes Pilotprojekt (km)', digits: 1 },
		{ key: 'station_km', label: 'nächste Station (km)', digits: 1 },
		{ key: 'station_name', label: 'nächste Station' },
		{ key: () => stationStatus, label: 'Datenstatus Stationen' },
		{ key: (r) => r.schliesst.length, label: `schließt weiße Flecken (${km} km)` },
		{ key: (r) => r.schliesst.map((g) => g.name).join(', '), label: 'geschlossene weiße Flecken' }
	];
}
