import type { MapGemeinde, MapKreis } from '$lib/map/queries';
import { SIZE_CLASSES } from '$lib/domain/size-class';
import { fmtInt } from '$lib/format';
import type { Choropleth } from '$lib/map/choropleth';
import type { MapView } from '$lib/map/types';
import { parseView, viewParam } from '$lib/map/url';
import type { UrlCodec } from '$lib/url/state.svelte';

export const METRICS = [
	{ key: 'dichte', label: 'Einwohner je km²' },
	{ key: 'einwohner', label: 'Einwohner' },
	{ key: 'groesse', label: 'Größenklasse' },
	{ key: 'kreisdichte', label: 'Einwohner je km² der Kreise' }
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];

export const isMetric = (k: string | null): k is MetricKey => METRICS.some((m) => m.key === k);

export function metricChoropleth(
	key: MetricKey,
	rows: MapGemeinde[],
	kreise: MapKreis[]
): Choropleth {
	const datasets = ['gemeinden'];
	if (key === 'kreisdichte') {
		return {
			level: 'kreis',
			rows: kreise.map((k) => ({ id: k.kreis_ags, value: k.density_per_km2 })),
			title: 'Bevölkerungsdichte der Kreise',
			unit: 'EW/km²',
			format: fmtInt,
			classification: { type: 'breaks', breaks: [75, 100, 150, 500] },
			scheme: 'YlGnBu',
			datasets: ['kreise']
		};
	}
	if (key === 'dichte') {
		return {
			level: 'gemeinde',
			rows: rows.map((g) => ({ id: g.ags, value: g.density_per_km2 })),
			title: 'Bevölkerungsdichte',
			unit: 'EW/km²',
			format: fmtInt,
			classification: { type: 'quantile', classes: 5 },
			scheme: 'YlGnBu',
			datasets,
			note: 'Klassen: Quintile.'
		};
	}
	if (key === 'einwohner') {
		return {
			level: 'gemeinde',
			rows: rows.map((g) => ({ id: g.ags, value: g.population })),
			title: 'Einwohner',
			unit: 'EW',
			format: fmtInt,
			classification: { type: 'breaks', breaks: [1000, 2000, 5000, 10000, 20000, 50000] },
			scheme: 'PuBu',
			datasets
		};
	}
	return {
		level: 'gemeinde',
		rows: rows.map((g) => ({
			id: g.ags,
			value: SIZE_CLASSES.findIndex((c) => c.key === g.size_class)
		})),
		title: 'Größenklasse',
		unit: '',
		classification: {
			type: 'categorical',
			categories: SIZE_CLASSES.map((c, i) => ({ value: i, label: c.short }))
		},
		scheme: 'YlOrRd',
		datasets,
		note: 'Größenklassen: eigene Einteilung.'
	};
}

export interface UebersichtView {
	metrik: MetricKey;
	ort: string | null;
	karte: MapView | null;
}

/** The Übersicht map in the URL: metric, picked town, map centre and zoom. */
export const uebersichtCodec: UrlCodec<UebersichtView> = {
	parse: (p) => {
		const m = p.get('metrik');
		return {
			metrik: isMetric(m) ? m : 'dichte',
			ort: p.get('ort') || null,
			karte: parseView(p.get('karte'))
		};
	},
	write(v, current) {
		const q = new URLSearchParams(current);
		q.set('metrik', v.metrik);
		if (v.ort) q.set('ort', v.ort);
		else q.delete('ort');
		if (v.karte) q.set('karte', viewParam(v.karte));
		else q.delete('karte');
		return q;
	}
};
