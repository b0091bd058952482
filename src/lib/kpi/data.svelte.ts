import { getDb } from '$lib/db';
import { registry } from '$lib/db/registry';
import type {
	EventRow,
	FaktRow,
	MassnahmeKurz,
	KpiTarget,
	MeilensteinRow,
	PilotRow,
	ZielRow
} from './types';

export interface KpiSeed {
	targets: KpiTarget[];
	events: EventRow[];
	pilots: PilotRow[];
	ziele: ZielRow[];
	meilensteine: MeilensteinRow[];
	fakten: FaktRow[];
	massnahmen: MassnahmeKurz[];
}

/** The alliance datasets from DuckDB, loaded once per page (browser only). */
export class KpiData {
	seed = $state.raw<KpiSeed | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(false);

	async load(): Promise<void> {
		this.loading = true;
		try {
			const db = await getDb();
			const [targets, events, pilots, ziele, meilensteine, fakten, massnahmen] = await Promise.all([
				db.rows(registry.kpiTargets),
				db.rows(registry.kpiEvents),
				db.rows(registry.kpiPilots),
				db.rows(registry.kpiZiele),
				db.rows(registry.kpiMeilensteine),
				db.rows(registry.kpiFakten),
				db.rows(registry.kpiMassnahmen)
			]);
			this.seed = { targets, events, pilots, ziele, meilensteine, fakten, massnahmen };
			this.error = undefined;
		} catch (e) {
			console.warn(e);
			this.error = e;
		} finally {
			this.loading = false;
		}
	}
}
