import { uebersichtQueries } from './queries/uebersicht';
import { mapQueries } from './queries/map';
import { leerstandQueries } from './queries/leerstand';
import { katasterQueries } from './queries/kataster';
import { klimaQueries } from './queries/klima';
import { ingestQueries } from './queries/ingest';
import { ingestBulkQueries } from './queries/ingest-bulk';
import { kennzahlenQueries } from './queries/kennzahlen';
import { massnahmenQueries } from './queries/massnahmen';
import { benchQueries } from './queries/bench';
import { standortQueries } from './queries/standort';
import { innenstadtQueries } from '$lib/innenstadt/queries';

/**
 * Every SQL statement of the app. Feature modules in ./queries add their statements here;
 * tests/unit/db/registry.test.ts fails for any entry that no unit test runs.
 */
export const registry = {
	...kennzahlenQueries,
	...uebersichtQueries,
	...mapQueries,
	...leerstandQueries,
	...katasterQueries,
	...klimaQueries,
	...ingestQueries,
	...ingestBulkQueries,
	...massnahmenQueries,
	...benchQueries,
	...standortQueries,
	...innenstadtQueries
};

export type RegistryKey = keyof typeof registry;
