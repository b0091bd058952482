export const KLIMAFELDER = ['Hitze', 'Dürre', 'Starkregen'] as const;
export const AGS_LIST = ['Klima', 'Leerstand', 'WULIS'] as const;
export const STATUS = ['geplant', 'aktiv', 'abgeschlossen'] as const;

export type { Station } from '$lib/klima/queries';

export interface Kandidat {
	id: string;
	name: string;
	klimafeld: string;
	ag: string;
	notiz: string | null;
	lon: number;
	lat: number;
}

export const stationColumns = [
	{ name: 'id', type: 'text' },
	{ name: 'reihenfolge', type: 'int' },
	{ name: 'name', type: 'text' },
	{ name: 'ags', type: 'text' },
	{ name: 'lon', type: 'float' },
	{ name: 'lat', type: 'float' },
	{ name: 'von', type: 'text' },
	{ name: 'bis', type: 'text' },
	{ name: 'baeume', type: 'int' },
	{ name: 'status', type: 'text' },
	{ name: 'notiz', type: 'text' }
] as const;

export const kandidatColumns = [
	{ name: 'id', type: 'text' },
	{ name: 'name', type: 'text' },
	{ name: 'klimafeld', type: 'text' },
	{ name: 'ag', type: 'text' },
	{ name: 'notiz', type: 'text' },
	{ name: 'lon', type: 'float' },
	{ name: 'lat', type: 'float' }
] as const;
