import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('atlas-map');

/** What child layers get from the surrounding AtlasMap: the map once it exists, and whether its style has loaded. */
export class MapContext {
	map = $state.raw<MapLibreMap | undefined>(undefined);
	ready = $state(false);
	/** a detail layer (the 100 m grid) asks the area colours to step back from this zoom on */
	fadeFillsFrom = $state<number | null>(null);
}

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('Kartenebenen gehören in eine <AtlasMap>');
	return ctx;
}
