import type { Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';

export interface Hover {
	id: string;
	x: number;
	y: number;
}

/** Hover highlight + click on Gemeinden; returns a function that unbinds everything. */
export function bindInteraction(
	map: MapLibreMap,
	onhover: (h: Hover | null) => void,
	onclick: (id: string) => void
): () => void {
	let current: string | undefined;
	const setHover = (id: string | undefined) => {
		if (current !== undefined)
			map.setFeatureState({ source: 'gemeinden', id: current }, { hover: false });
		current = id;
		if (id !== undefined) map.setFeatureState({ source: 'gemeinden', id }, { hover: true });
	};
	const move = (e: MapLayerMouseEvent) => {
		const id = e.features?.[0]?.properties?.id as string | undefined;
		if (id !== current) setHover(id);
		map.getCanvas().style.cursor = id ? 'pointer' : '';
		onhover(id ? { id, x: e.point.x, y: e.point.y } : null);
	};
	const leave = () => {
		setHover(undefined);
		map.getCanvas().style.cursor = '';
		onhover(null);
	};
	const click = (e: MapLayerMouseEvent) => {
		const id = e.features?.[0]?.properties?.id as string | undefined;
		if (id) onclick(id);
	};
	map.on('mousemove', 'gemeinden-fill', move);
	map.on('mouseleave', 'gemeinden-fill', leave);
	map.on('click', 'gemeinden-fill', click);
	return () => {
		map.off('mousemove', 'gemeinden-fill', move);
		map.off('mouseleave', 'gemeinden-fill', leave);
		map.off('click', 'gemeinden-fill', click);
	};
}

/** Paints the choropleth through feature-state: no geometry is re-uploaded. */
export function paintFills(
	map: MapLibreMap,
	gemeindeIds: Iterable<string>,
	kreisIds: Iterable<string>,
	level: 'gemeinde' | 'kreis' | undefined,
	colors: Map<string, string>
): void {
	const paint = (source: string, ids: Iterable<string>, on: boolean) => {
		for (const id of ids) {
			const fill = on ? (colors.get(id) ?? null) : null;
			// every setFeatureState repaints the map; unchanged features are left alone
			if ((map.getFeatureState({ source, id }).fill ?? null) === fill) continue;
			map.setFeatureState({ source, id }, { fill });
		}
	};
	paint('gemeinden', gemeindeIds, level === 'gemeinde');
	paint('kreise', kreisIds, level === 'kreis');
}

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
