/**
 * Example season of the Wanderbaumallee (AG Klima) – Beispieldaten, NOT a real route.
 * The seed names the pilot but no stations. This generator builds a plausible season so the Klima
 * view has something to show until AG Klima enters or imports the real route: six towns of
 * different size, from 2026-04-20, 4–6 weeks each with a 3-day move in between; tree counts 12–24.
 * Deterministic: a fixed-seed PRNG (mulberry32, SEED below) – same output on every run.
 * Points are the towns' Ortsmitten (BKG VG250_PK, dataset `ortsmitte`), not real sites.
 */
import type { ColumnSpec } from './lib/arrow.ts';

const SEED = 20260420;
const START = '2026-04-20';
const TOWNS = ['Erfurt', 'Arnstadt', 'Ilmenau', 'Suhl', 'Schmalkalden', 'Meiningen'];

export const stationColumns: ColumnSpec[] = [
	{ name: 'id', type: 'text', description: 'Schlüssel' },
	{ name: 'reihenfolge', type: 'int', description: 'Reihenfolge der Station (1 = erste)' },
	{ name: 'name', type: 'text', description: 'Bezeichnung der Station' },
	{ name: 'ags', type: 'text', description: 'AGS der Gemeinde (8 Ziffern)' },
	{ name: 'lon', type: 'float', description: 'Länge (WGS84)' },
	{ name: 'lat', type: 'float', description: 'Breite (WGS84)' },
	{ name: 'von', type: 'text', description: 'erster Tag am Standort (ISO)' },
	{ name: 'bis', type: 'text', description: 'letzter Tag am Standort (ISO, einschließlich)' },
	{ name: 'baeume', type: 'int', description: 'Anzahl der Bäume' },
	{ name: 'status', type: 'text', description: 'geplant / aktiv / abgeschlossen' },
	{ name: 'notiz', type: 'text', nullable: true, description: 'Anmerkung' }
];

function mulberry32(seed: number) {
	let a = seed;
	return () => {
		a |= 0;
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const addDays = (iso: string, n: number) => {
	const d = new Date(`${iso}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
};

export function stationen(gemeinden: { ags: string; name: string; lon: number; lat: number }[]) {
	const rnd = mulberry32(SEED);
	let from = START;
	return TOWNS.map((town, i) => {
		const g = gemeinden.find((x) => x.name === town);
		if (!g) throw new Error(`stationen.ts: Gemeinde ${town} nicht gefunden`);
		const weeks = 4 + Math.floor(rnd() * 3);
		const to = addDays(from, weeks * 7 - 1);
		const row = {
			id: `station-${i + 1}`,
			reihenfolge: i + 1,
			name: `${town}, Innenstadt (Beispiel)`,
			ags: g.ags,
			lon: g.lon,
			lat: g.lat,
			von: from,
			bis: to,
			baeume: 12 + Math.floor(rnd() * 13),
			status: 'geplant',
			notiz: 'Beispieldaten – kein realer Standort'
		};
		from = addDays(to, 4);
		return row;
	});
}
