import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** The one online basemap the app may use (opt-in; its host is allowed in the CSP in svelte.config.js). */
export const BASEMAP = {
	host: 'sgx.geodatenzentrum.de',
	name: 'basemap.de Web Raster (BKG)',
	tiles:
		'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_farbe/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png',
	attribution: '© basemap.de / BKG, Lizenz dl-de/by-2-0'
} as const;

const KEY = 'atlas.basemap';

/** Whether the user switched the online basemap on; remembered in localStorage. */
class BasemapChoice {
	enabled = $state(false);

	constructor() {
		try {
			this.enabled = typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'an';
		} catch {
			this.enabled = false;
		}
	}

	set(on: boolean) {
		this.enabled = on;
		try {
			if (on) localStorage.setItem(KEY, 'an');
			else localStorage.removeItem(KEY);
		} catch {
			// private mode: the choice lasts for this page only
		}
	}
}

export const basemap = new BasemapChoice();

/**
 * The optional online basemap and the opacity of the area colours (lighter over the basemap, and from
 * `fadeFrom` on — where a detail layer such as the 100 m grid takes over — to a fifth).
 */
export function applyBasemap(map: MapLibreMap, on: boolean, fadeFrom: number | null = null): void {
	const has = !!map.getLayer('basemap');
	if (on && !has) {
		map.addSource('basemap', {
			type: 'raster',
			tiles: [BASEMAP.tiles],
			tileSize: 256,
			maxzoom: 18,
			attribution: BASEMAP.attribution
		});
		map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, 'gemeinden-fill');
	} else if (!on && has) {
		map.removeLayer('basemap');
		map.removeSource('basemap');
	}
	const area = on ? 0.55 : 1;
	const opacity: ExpressionSpecification | number =
		fadeFrom === null ? area : ['step', ['zoom'], area, fadeFrom, area / 5];
	map.setPaintProperty('gemeinden-fill', 'fill-opacity', opacity);
	map.setPaintProperty('land-fill', 'fill-opacity', on ? 0 : 1);
	map.setPaintProperty(
		'kreise-fill',
		'fill-opacity',
		fadeFrom === null
			? ['case', ['to-boolean', ['feature-state', 'fill']], area, 0]
			: [
					'step',
					['zoom'],
					['case', ['to-boolean', ['feature-state', 'fill']], area, 0],
					fadeFrom,
					['case', ['to-boolean', ['feature-state', 'fill']], area / 5, 0]
				]
	);
}
