import type { Map as MapLibreMap } from 'maplibre-gl';

/** Removes layers and their source; a map that is already gone is fine. */
export function removeLayers(map: MapLibreMap, layers: string[], source: string): void {
	try {
		if (!map.style) return;
		for (const id of layers) if (map.getLayer(id)) map.removeLayer(id);
		if (map.getSource(source)) map.removeSource(source);
	} catch {
		// the map was removed together with its style
	}
}
