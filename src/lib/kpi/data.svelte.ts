import { fetchBuilt } from '$lib/data/files';
import { getDb, replacesEmbedded } from '$lib/db';
import { loadSeed, seedTables, type KpiSeed } from './seed';

/**
 * The alliance datasets, loaded once per page (browser only): prerendered from the embedded data
 * (`/kennzahlen.json`, the same statements run at build time), from DuckDB where a stored or
 * published table replaces one of them.
 */
export class KpiData {
	seed = $state.raw<KpiSeed | undefined>(undefined);
	/** where the seed came from: the build, or DuckDB over replaced tables */
	source = $state<'build' | 'duckdb' | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(false);

	async load(): Promise<void> {
		this.loading = true;
		try {
			if (await replacesEmbedded(seedTables())) {
				this.seed = await loadSeed(await getDb());
				this.source = 'duckdb';
			} else {
				this.seed = await fetchBuilt<KpiSeed>('/kennzahlen.json', 'Die Kennzahlen');
				this.source = 'build';
			}
			this.error = undefined;
		} catch (e) {
			console.warn(e);
			this.error = e;
		} finally {
			this.loading = false;
		}
	}
}
