import { registry } from '$lib/db/registry';
import type { Query, RowOf } from '$lib/db/sql';
import type { Db } from '$lib/db/types';

/**
 * The alliance's datasets behind /kennzahlen and /bericht (the own records come from the store);
 * `places`: the Gemeinden named by events, with their label points (map of the events held).
 */
const seedQueries = () => ({
	targets: registry.kpiTargets,
	events: registry.kpiEvents,
	pilots: registry.kpiPilots,
	ziele: registry.kpiZiele,
	meilensteine: registry.kpiMeilensteine,
	fakten: registry.kpiFakten,
	massnahmen: registry.kpiMassnahmen,
	places: registry.kpiEventPlaces
});
type SeedQueries = ReturnType<typeof seedQueries>;

export type KpiSeed = { [K in keyof SeedQueries]: RowOf<SeedQueries[K]>[] };

/** Every table the seed reads: where a stored or published one replaces them, DuckDB computes it. */
export const seedTables = (): string[] => [
	...new Set(Object.values(seedQueries()).flatMap((q) => q.tables))
];

/** The seed through the app's statements: in the browser's DuckDB, or at build time in Node. */
export async function loadSeed(db: Db): Promise<KpiSeed> {
	const queries: [string, Query<unknown>][] = Object.entries(seedQueries());
	const entries = queries.map(async ([key, q]) => [key, await db.rows(q)] as const);
	return Object.fromEntries(await Promise.all(entries)) as unknown as KpiSeed;
}
