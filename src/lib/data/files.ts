import { asset } from '$app/paths';
import manifestJson from '../../../data/manifest.json';
import type { DatasetMeta, Manifest } from './manifest-types';

export const manifest = manifestJson as Manifest;

// Vite emits each data file as a hashed asset of our own origin.
const urls = import.meta.glob('/data/*.{arrow,geojson}', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function datasetMeta(name: string): DatasetMeta | undefined {
	return manifest.datasets.find((d) => d.name === name);
}

export function dataUrl(name: string): string {
	const meta = datasetMeta(name);
	const url = meta && urls[`/data/${meta.file}`];
	if (!url) throw new Error(`Datensatz „${name}“ ist nicht eingebettet`);
	return url;
}

export async function fetchDataset(name: string): Promise<Response> {
	const res = await fetch(dataUrl(name));
	if (!res.ok)
		throw new Error(`Datensatz „${name}“ konnte nicht geladen werden (HTTP ${res.status})`);
	return res;
}

/**
 * Figures computed at build time from the embedded data (`/karte.json`, `/kennzahlen.json`); `what`
 * names them in the German error message.
 */
export async function fetchBuilt<T>(path: `/${string}.json`, what: string): Promise<T> {
	const res = await fetch(asset(path));
	if (!res.ok) throw new Error(`${what} konnten nicht geladen werden (HTTP ${res.status})`);
	return (await res.json()) as T;
}
