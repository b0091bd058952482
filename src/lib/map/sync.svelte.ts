import { untrack } from 'svelte';
import type { GeoJSONSource } from 'maplibre-gl';
import { applyBasemap, basemap } from './basemap.svelte';
import type { MapContext } from './context.svelte';
import { bboxOf, type Bbox, type Names } from './data';
import { paintFills } from './interaction';
import type { GeoData } from './style';
import type { FeatureCollection } from './types';

export interface MapState {
	geo(): GeoData | undefined;
	names(): Names | undefined;
	level(): 'gemeinde' | 'kreis' | undefined;
	colors(): Map<string, string>;
	points(): FeatureCollection | undefined;
	focus(): { ags?: string; kreis_ags?: string } | null;
	selected(): string | null;
	fit(box: Bbox): void;
}

/**
 * Keeps the map in step with its component (fills via feature-state, town points, basemap, highlight,
 * focus). Call while the component initialises: it registers effects.
 */
export function syncMap(ctx: MapContext, s: MapState): void {
	$effect(() => {
		const names = s.names();
		if (ctx.ready && ctx.map && s.geo() && names)
			paintFills(ctx.map, names.gemeinde.keys(), names.kreis.keys(), s.level(), s.colors());
	});

	$effect(() => {
		const points = s.points();
		if (ctx.ready && ctx.map && points) ctx.map.getSource<GeoJSONSource>('orte')?.setData(points);
	});

	$effect(() => {
		if (ctx.ready && ctx.map) applyBasemap(ctx.map, basemap.enabled, ctx.fadeFillsFrom);
	});

	let lastSelected: string | undefined;
	$effect(() => {
		const map = ctx.map;
		const id = s.focus()?.ags ?? s.selected() ?? undefined;
		if (!ctx.ready || !map) return;
		if (lastSelected)
			map.setFeatureState({ source: 'gemeinden', id: lastSelected }, { selected: false });
		if (id) map.setFeatureState({ source: 'gemeinden', id }, { selected: true });
		lastSelected = id;
	});

	$effect(() => {
		const f = s.focus();
		const geo = s.geo();
		if (!ctx.ready || !geo || !f) return;
		const box = f.ags
			? bboxOf(geo.gemeinden, (p) => p.id === f.ags)
			: f.kreis_ags
				? bboxOf(geo.kreise, (p) => p.kreis_ags === f.kreis_ags)
				: undefined;
		if (box) untrack(() => s.fit(box));
	});
}
