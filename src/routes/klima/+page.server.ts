import { toColumns } from '$lib/data/columns';
import { registry } from '$lib/db/registry';
import { buildDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

/** Pilots and the towns to choose from, from the embedded data: /klima starts DuckDB only for replaced tables. */
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const [pilots, orte] = await Promise.all([
		db.rows(registry.klimaPilots),
		db.rows(registry.klimaOrte)
	]);
	return { start: { pilots, orte: toColumns(orte) } };
};
