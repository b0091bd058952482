import { toColumns } from '$lib/data/columns';
import { registry } from '$lib/db/registry';
import { loadBase } from '$lib/leerstand/source';
import { buildDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/**
 * All Gemeinden's vacancy rows and the official Kreis figures from the embedded data, in the prerendered
 * page: the view filters them without starting DuckDB; it starts where a stored or published table
 * replaces one of their tables.
 */
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const [base, kreise, land] = await Promise.all([
		loadBase(db),
		db.rows(registry.kreiseAmtlich),
		db.rows(registry.landAmtlich)
	]);
	return { start: { base: toColumns(base), amtlich: { kreise, land } } };
};
