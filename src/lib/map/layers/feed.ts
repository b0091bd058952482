import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';

/**
 * A GeoJSON source fed from a component prop: created with its first data (one worker pass, one frame,
 * instead of empty + setData), then given only new objects — pass a new FeatureCollection to update.
 */
export class GeoJsonFeed {
	#sent: GeoJSON.GeoJSON | undefined;

	add(
		map: MapLibreMap,
		id: string,
		data: GeoJSON.GeoJSON,
		opts: Omit<GeoJSONSourceSpecification, 'type' | 'data'> = {}
	) {
		this.#sent = data;
		map.addSource(id, { ...opts, type: 'geojson', data });
	}

	update(map: MapLibreMap, id: string, data: GeoJSON.GeoJSON) {
		const src = map.getSource<GeoJSONSource>(id);
		if (!src || data === this.#sent) return;
		src.setData(data);
		this.#sent = data;
	}
}
