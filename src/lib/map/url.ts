import type { MapView } from './types';

/** `lon,lat,zoom` as kept in the URL (?karte=…). */
export function viewParam(v: MapView): string {
	return `${v.center[0].toFixed(4)},${v.center[1].toFixed(4)},${v.zoom.toFixed(2)}`;
}

export function parseView(text: string | null): MapView | null {
	if (!text) return null;
	const parts = text.split(',').map(Number);
	if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
	const [lon, lat, zoom] = parts;
	if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
	return { center: [lon, lat], zoom };
}
