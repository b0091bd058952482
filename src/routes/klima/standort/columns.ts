import type { CsvColumn } from '$lib/export/csv';
import { fmtNum } from '$lib/format';
import { CATCHMENT_KM, METHODE_TEXT, methodFor } from '$lib/geo/standort-grid';
import type { SiteRow } from './analysis';

export const methodeText = (km: number) => `nach ${METHODE_TEXT[methodFor(km)]}`;

/** CSV columns of the comparison table; `stationStatus` names the stations' data status. */
export function vergleichColumns(km: number, stationStatus: string): CsvColumn<SiteRow>[] {
	const radii = [...CATCHMENT_KM, km];
	return [
		{ key: 'name', label: 'Standort' },
		{ key: 'art', label: 'Art' },
		{ key: (r) => r.ags ?? '', label: 'AGS' },
		{ key: 'gemeinde', label: 'Gemeinde' },
		{ key: (r) => r.grenze, label: 'auf Gemeindegrenze' },
		{ key: 'groesse', label: 'Größenklasse' },
		{ key: 'kreis', label: 'Kreis' },
		{ key: 'planungsregion', label: 'Planungsregion' },
		...radii.flatMap((r, i): CsvColumn<SiteRow>[] => {
			const at = `${fmtNum(r, r % 1 ? 1 : 0)} km`;
			return [
				{ key: (x) => Math.round(x.ew[i].einwohner), label: `Einwohner im Umkreis ${at}` },
				{ key: (x) => Math.round(x.ew[i].ab65), label: `davon ab 65 Jahren ${at}` },
				{ key: () => methodeText(r), label: `Methode ${at}` }
			];
		}),
		{
			key: (r) => (r.pilot_km === null ? 'noch kein Pilot mit Standort' : r.pilot_km),
			label: 'nächstes Pilotprojekt (km)',
			digits: 1
		},
		{ key: 'station_km', label: 'nächste Station (km)', digits: 1 },
		{ key: 'station_name', label: 'nächste Station' },
		{ key: () => stationStatus, label: 'Datenstatus Stationen' },
		{ key: (r) => r.schliesst.length, label: `schließt weiße Flecken (${km} km)` },
		{ key: (r) => r.schliesst.map((g) => g.name).join(', '), label: 'geschlossene weiße Flecken' },
		{
			key: () =>
				'Zensus 2022, 1-km-Gitter; Geometrie in EPSG:3035; Randzellen mit Einwohnern jenseits der Landesgrenze',
			label: 'Quelle Einwohner'
		}
	];
}
