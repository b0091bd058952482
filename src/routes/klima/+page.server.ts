import { toColumns } from '$lib/data/columns';
import { registry } from '$lib/db/registry';
import { readDataset } from '$lib/server/datasets';
import { buildDb } from '$lib/server/db';
import type { Station } from './model';
import type { PageServerLoad } from './$types';

/**
 * Pilots, the towns to choose from and the stations, from the embedded data: /klima starts DuckDB only
 * for replaced tables and needs no Arrow in the browser to show them.
 */
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const [pilots, orte] = await Promise.all([
		db.rows(registry.klimaPilots),
		db.rows(registry.klimaOrte)
	]);
	return {
		start: { pilots, orte: toColumns(orte), stationen: readDataset<Station>('stationen') }
	};
};
