import type { Db, Derived } from '$lib/db/types';
import { registry } from '$lib/db/registry';
import { RADIUS_DEFAULT, RADIUS_MAX, RADIUS_MIN, RADIUS_STEP, type OrtskernRow } from './queries';

/**
 * The distance-band table `ortskern_baender`: built once, again after its cells or centres were
 * replaced (measured faster per radius than one statement over all cells; scripts/bench/innenstadt.ts).
 */
const BAENDER: Derived<void> = {
	name: 'ortskern-baender',
	from: ['zensus_100m', 'ortsmitte'],
	async build(db) {
		await db.rows(registry.ortskernBaenderInit);
	}
};

/** The tables the Ortskern figures are computed from. */
export const ORTSKERN_TABLES = [
	...new Set([...BAENDER.from, ...registry.ortskernBaender.tables])
] as readonly string[];

/** Core/rest figures of all Gemeinden at radius r. */
export async function loadOrtskern(db: Db, r: number): Promise<OrtskernRow[]> {
	await db.derive(BAENDER);
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
