import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { buildStyle, FIT_PADDING, THUERINGEN_BOUNDS, type GeoData } from './style';
import type { MapView } from './types';

let lib: Promise<typeof import('maplibre-gl')> | undefined;

/**
 * Starts loading MapLibre (a large chunk) so it can arrive alongside the geometry; its stylesheet (70 KB)
 * comes with it, so that no page waits for it before it shows its text.
 */
export function loadMapLibre(): Promise<typeof import('maplibre-gl')> {
	lib ??= Promise.all([import('maplibre-gl'), import('maplibre-gl/dist/maplibre-gl.css')]).then(
		([m]) => m
	);
	lib.catch(() => (lib = undefined));
	return lib;
}

/** The one place a MapLibre map is constructed (local style, our worker, drawing buffer kept for PNG export). */
export async function createMap(
	container: HTMLElement,
	geo: GeoData,
	opts: {
		interactive: boolean;
		view: MapView | null;
		label: string;
		/** the town points, if already there (else set later through the 'orte' source) */
		points?: GeoJSON.FeatureCollection;
	}
): Promise<MapLibreMap> {
	const ml = await loadMapLibre();
	ml.setWorkerUrl(workerUrl);
	performance.mark('atlas-map-create');
	const map = new ml.Map({
		container,
		style: buildStyle(geo, new URL(fontUrl, location.href).href, opts.points),
		bounds: THUERINGEN_BOUNDS,
		fitBoundsOptions: { padding: FIT_PADDING },
		interactive: opts.interactive,
		canvasContextAttributes: { preserveDrawingBuffer: true },
		attributionControl: false,
		// labels appear at once: with software rendering every fade frame costs ~100 ms of main thread
		fadeDuration: 0
	});
	// debug hooks for e2e: how many maps were built, and the latest one
	const w = window as unknown as { __atlasMapCount?: number; __atlasMap?: MapLibreMap };
	w.__atlasMapCount = (w.__atlasMapCount ?? 0) + 1;
	w.__atlasMap = map;
	if (opts.view) map.jumpTo(opts.view);
	map
		.getCanvas()
		.setAttribute(
			'aria-label',
			`${opts.label}. Verschieben mit den Pfeiltasten, Zoom mit + und −.`
		);
	return map;
}

/** A created map's events for its component: loaded, first drawn (`atlas-map-idle` mark), moved. */
export function wireMap(
	map: MapLibreMap,
	on: { ready(): void; idle(): void; view(v: MapView): void }
): void {
	map.on('load', on.ready);
	map.once('idle', () => (on.idle(), performance.mark('atlas-map-idle')));
	map.on('moveend', () => {
		const c = map.getCenter();
		on.view({ center: [c.lng, c.lat], zoom: map.getZoom() });
	});
}

/** Calls `start` once `el` comes near the screen: a map nobody has scrolled to costs no main-thread time. */
export function whenVisible(el: Element, start: () => void): () => void {
	if (typeof IntersectionObserver !== 'function') return (start(), () => {});
	const go = () => (stop(), start());
	const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
		rootMargin: '100px 0px'
	});
	// printing the page (Strg+P) starts every map, even those nobody scrolled to
	const stop = () => (io.disconnect(), removeEventListener('beforeprint', go));
	addEventListener('beforeprint', go);
	io.observe(el);
	return stop;
}

/** Bench only (?ohnekarte): how much of a view's cost is the map (software WebGL on the test machines). */
export const benchWithoutMap = () => new URLSearchParams(location.search).has('ohnekarte');
