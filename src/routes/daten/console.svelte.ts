import { getDb } from '$lib/db';
import type { ConsoleResult } from '$lib/db/console';
import { manifest } from '$lib/data/files';
import { downloadCsv } from '$lib/export/csv';
import { getStore } from '$lib/store';

const EMBEDDED = manifest.datasets.filter((d) => d.format === 'arrow');

/**
 * State of the SQL console. The user's free SQL is deliberately not in the query registry: it runs only
 * through Db.openConsole() (own connection, read-only, external access off, configuration locked).
 */
export class ConsoleState {
	text = $state(
		'SELECT kreis_name, count(*) AS gemeinden\nFROM gemeinden\nGROUP BY ALL\nORDER BY 2 DESC'
	);
	result = $state.raw<ConsoleResult | undefined>();
	error = $state<string | undefined>();
	busy = $state(false);
	ms = $state(0);
	tables = $state.raw<string[]>(EMBEDDED.map((d) => d.name));
	/** tables with Beispieldaten the last query names */
	sample = $state.raw<string[]>([]);

	async run() {
		this.busy = true;
		this.error = undefined;
		const t0 = performance.now();
		try {
			const db = await getDb();
			await db.ensureTables(EMBEDDED.map((d) => d.name));
			const store = (await getStore()).store;
			const stored = store.list();
			const names = EMBEDDED.map((d) => d.name);
			this.tables = [...names, ...stored.map((m) => m.name).filter((n) => !names.includes(n))];
			const sampleNames = [
				...EMBEDDED.filter((d) => d.flag === 'sample' && !store.get(d.name)).map((d) => d.name),
				...stored.filter((m) => m.flag === 'sample').map((m) => m.name),
				...(store.get('kataster') ? [] : ['kataster'])
			];
			const text = this.text;
			this.result = await (await db.openConsole()).run(text);
			this.sample = sampleNames.filter((n) => new RegExp(`\\b${n}\\b`, 'i').test(text));
		} catch (e) {
			this.result = undefined;
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.ms = performance.now() - t0;
			this.busy = false;
		}
	}

	exportCsv() {
		const r = this.result;
		if (!r) return;
		const hint = this.sample.length ? `Beispieldaten (${this.sample.join(', ')})` : '';
		downloadCsv(hint ? 'abfrage-beispieldaten.csv' : 'abfrage.csv', r.rows, [
			...r.columns.map((c) => ({ key: c, label: c })),
			...(hint ? [{ key: () => hint, label: 'hinweis' }] : [])
		]);
	}
}
