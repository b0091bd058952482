import { registry } from '$lib/db/registry';
import type { Db } from '$lib/db/types';
import type { EventPlace } from './queries';
import type {
	EventRow,
	FaktRow,
	KpiTarget,
	MassnahmeKurz,
	MeilensteinRow,
	PilotRow,
	ZielRow
} from './types';

/** The alliance's datasets behind /kennzahlen and /bericht (the own records come from the store). */
export interface KpiSeed {
	targets: KpiTarget[];
	events: EventRow[];
	pilots: PilotRow[];
	ziele: ZielRow[];
	meilensteine: MeilensteinRow[];
	fakten: FaktRow[];
	massnahmen: MassnahmeKurz[];
	/** the Gemeinden named by events, with their label points (map of the events held) */
	places: EventPlace[];
}

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

/** Every table the seed reads: where a stored or published one replaces them, DuckDB computes it. */
export const seedTables = (): string[] => [
	...new Set(Object.values(seedQueries()).flatMap((q) => q.tables))
];

/** The seed through the app's statements: in the browser's DuckDB, or at build time in Node. */
export async function loadSeed(db: Db): Promise<KpiSeed> {
	const q = seedQueries();
	const [targets, events, pilots, ziele, meilensteine, fakten, massnahmen, places] =
		await Promise.all([
			db.rows(q.targets),
			db.rows(q.events),
			db.rows(q.pilots),
			db.rows(q.ziele),
			db.rows(q.meilensteine),
			db.rows(q.fakten),
			db.rows(q.massnahmen),
			db.rows(q.places)
		]);
	return { targets, events, pilots, ziele, meilensteine, fakten, massnahmen, places };
}
