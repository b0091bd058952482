import { toColumns } from '$lib/data/columns';
import { RADIUS_DEFAULT } from '$lib/innenstadt/queries';
import { loadOrtskern } from '$lib/innenstadt/source';
import { buildDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/**
 * Every Gemeinde's core/rest figures at the default radius from the embedded data, in the prerendered
 * page: the ranking shows without starting DuckDB. It starts for another radius, for a town's grid map,
 * and where a stored or published table replaces one of the figures' tables.
 */
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	return {
		start: { radius: RADIUS_DEFAULT, rows: toColumns(await loadOrtskern(db, RADIUS_DEFAULT)) }
	};
};
