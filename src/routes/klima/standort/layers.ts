import { LUECKE_FARBE } from '$lib/map/palette';
import type { Flag } from '$lib/data/manifest-types';
import type { StandortGemeinde } from '$lib/geo/queries';
import { SIZE_CLASSES } from '$lib/domain/size-class';
import { fmtInt, fmtNum, fmtPct } from '$lib/format';
import { inKlasse } from '$lib/geo/standort';
import type { Choropleth } from '$lib/map/choropleth';
import type { Ebene } from './params';

export const LUECKE = 2;
export const VERSORGT = 1;
export const AUSSERHALB = 0;

/**
 * The Gemeinde context layer for the map (null for the 1 km cell layers, see CellLayer); town white
 * spots are 2, covered Gemeinden of the class 1, others 0.
 */
export function choroplethFor(
	ebene: Ebene,
	places: readonly StandortGemeinde[],
	o: {
		klasse: string;
		klasseLabel: string;
		km: number;
		spots: readonly { ags: string }[];
		stationFlag?: Flag;
	}
): Choropleth | null {
	if (ebene === 'luecken' || ebene === 'hitze') return null;
	if (ebene === 'dichte')
		return {
			level: 'gemeinde',
			rows: places.map((g) => ({ id: g.ags, value: g.density_per_km2 })),
			title: 'Bevölkerungsdichte',
			unit: 'EW/km²',
			format: (n) => fmtInt(n),
			classification: { type: 'quantile', classes: 5 },
			scheme: 'PuBu',
			datasets: ['gemeinden']
		};
	if (ebene === 'leerstand')
		return {
			level: 'gemeinde',
			rows: places.map((g) => ({ id: g.ags, value: g.leer_quote })),
			title: 'Wohnungsleerstand (Schätzung aus Zensus-2022-Gitter)',
			unit: '%',
			format: (n) => fmtPct(n),
			classification: { type: 'quantile', classes: 5 },
			scheme: 'YlOrBr',
			datasets: ['leerstand_schaetzung'],
			flag: 'estimate',
			note: 'Schätzung, keine amtliche Leerstandsquote.'
		};
	if (ebene === 'groesse')
		return {
			level: 'gemeinde',
			rows: places.map((g) => ({
				id: g.ags,
				value: SIZE_CLASSES.findIndex((c) => c.key === g.size_class)
			})),
			title: 'Gemeindegrößenklasse',
			unit: '',
			classification: {
				type: 'categorical',
				categories: SIZE_CLASSES.map((c, i) => ({ value: i, label: c.short }))
			},
			scheme: 'YlOrRd',
			datasets: ['gemeinden'],
			note: 'Größenklassen: eigene Einteilung nach Einwohnerzahl.'
		};
	const spots = new Set(o.spots.map((g) => g.ags));
	return {
		level: 'gemeinde',
		rows: places.map((g) => ({
			id: g.ags,
			value: inKlasse(g, o.klasse) ? (spots.has(g.ags) ? LUECKE : VERSORGT) : AUSSERHALB
		})),
		title: `Weiße Flecken: ${o.klasseLabel} ohne Standort im Umkreis von ${fmtNum(o.km, 0)} km`,
		unit: '',
		classification: {
			type: 'categorical',
			categories: [
				{ value: AUSSERHALB, label: 'nicht in der gewählten Klasse', color: '#f0f0f0' },
				{ value: VERSORGT, label: `Standort ≤ ${fmtNum(o.km, 0)} km`, color: '#9ecae1' },
				{ value: LUECKE, label: 'Weißer Fleck', color: LUECKE_FARBE }
			]
		},
		datasets: ['gemeinden', 'pilots', ...(o.stationFlag ? ['stationen'] : [])],
		flag: o.stationFlag === 'sample' ? 'sample' : undefined,
		note:
			'Entfernung Luftlinie von der Ortsmitte der Gemeinde.' +
			(o.stationFlag === 'sample' ? ' Inkl. Beispieldaten (Wanderbaumallee-Stationen).' : '')
	};
}
