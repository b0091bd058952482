import { uebersichtQueries } from './queries/uebersicht';
import { mapQueries } from './queries/map';
import { klimaQueries } from './queries/klima';
import { kennzahlenQueries } from './queries/kennzahlen';

/**
 * Every SQL statement of the app. Feature modules in ./queries add their statements here;
 * tests/unit/db/registry.test.ts fails for any entry that no unit test runs.
 */
export const registry = {
	...kennzahlenQueries,
	...uebersichtQueries,
	...mapQueries,
	...klimaQueries
};

export type RegistryKey = keyof typeof registry;
