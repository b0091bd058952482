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
