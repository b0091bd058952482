import { registry } from '$lib/db/registry';
import { buildDb } from '$lib/server/db';
import { EMPTY, toParams } from './catalog';
import type { PageServerLoad } from './$types';

/** The unfiltered catalogue is in the prerendered page; DuckDB's answer replaces it in the browser. */
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const params = toParams(EMPTY);
	return {
		start: {
			rows: await db.rows(registry.massnahmenSearch, params),
			facets: await db.rows(registry.massnahmenFacets, params)
		}
	};
};
