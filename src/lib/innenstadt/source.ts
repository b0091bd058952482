import type { Db } from '$lib/db/types';
import { registry } from '$lib/db/registry';
import { RADIUS_DEFAULT, RADIUS_MAX, RADIUS_MIN, RADIUS_STEP, type OrtskernRow } from './queries';

const bands = new WeakMap<Db, Promise<unknown>>();

/**
 * Core/rest figures of all Gemeinden at radius r. The distance-band table is built once per
 * database (measured faster per radius than one statement over all cells; scripts/bench/innenstadt.ts).
 */
export async function loadOrtskern(db: Db, r: number): Promise<OrtskernRow[]> {
	let p = bands.get(db);
	if (!p) {
		p = db.rows(registry.ortskernBaenderInit);
		bands.set(db, p);
		p.catch(() => bands.delete(db));
	}
	await p;
	return db.rows(registry.ortskernBaender, [r]);
}

/** A radius from the URL: whole metres on the 50 m steps between 300 and 1.500, else the default. */
export function parseRadius(value: string | null): number {
	const n = Number(value);
	if (value === null || value === '' || !Number.isInteger(n)) return RADIUS_DEFAULT;
	if (n < RADIUS_MIN || n > RADIUS_MAX || n % RADIUS_STEP !== 0) return RADIUS_DEFAULT;
	return n;
}

/** „500 m“, „1.500 m“ */
export const fmtRadius = (r: number) => `${r.toLocaleString('de-DE')} m`;
