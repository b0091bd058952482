import { datasetMeta } from '$lib/data/files';
import { downloadBlob } from '$lib/export/download';
import { compareDe, todayIso } from '$lib/format';
import { knownTargets } from '$lib/ingest/targets';
import {
	datenstandFileName,
	diffRows,
	ipcRows,
	katasterCounts,
	KATASTER_COUNTS_TABLE,
	KATASTER_TABLE,
	readDatenstand,
	writeDatenstand,
	type TableDiff
} from '$lib/project/datenstand';
import type { StoreState, StoredTable, TableData } from '$lib/store';

const TITLES: Record<string, string> = {
	kpi_erfassungen: 'Kennzahlen: eigene Erfassungen',
	[KATASTER_COUNTS_TABLE]: 'Leerstandskataster: Anzahl je Gemeinde'
};

export function tableTitle(name: string): string {
	return (
		TITLES[name] ??
		knownTargets().find((t) => t.table === name)?.title ??
		datasetMeta(name)?.title ??
		name
	);
}

export const rowsOf = (data: TableData) => (data.kind === 'rows' ? data.rows : ipcRows(data.ipc));

/** Choice, preview and download of a Datenstand from the current tables (published < local). */
export class PublishState {
	readonly s: StoreState;
	/** table names not to publish */
	excluded = $state<string[]>([]);
	objektdaten = $state(false);
	publisher = $state('');
	note = $state('');
	busy = $state(false);
	error = $state<string | null>(null);
	done = $state<string | null>(null);

	constructor(s: StoreState) {
		this.s = s;
	}

	/** Every table that can go out: local ones and those of the published Datenstand. */
	candidates = $derived.by(() => {
		void this.s.revision;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local list inside $derived
		const names = new Set([
			...this.s.tables.map((m) => m.name),
			...(this.s.base?.tables.keys() ?? [])
		]);
		if (names.has(KATASTER_TABLE)) names.delete(KATASTER_COUNTS_TABLE);
		return [...names]
			.map((name) => ({ name, title: tableTitle(name), layer: this.s.layer(name) }))
			.sort((a, b) => compareDe(a.title, b.title));
	});

	/** What goes out: the Kataster only as counts per Gemeinde unless object data is chosen. */
	output = $derived.by((): StoredTable[] => {
		const out: StoredTable[] = [];
		for (const c of this.candidates) {
			if (this.excluded.includes(c.name)) continue;
			const t = this.s.get(c.name);
			if (!t) continue;
			if (c.name === KATASTER_TABLE && !this.objektdaten)
				out.push({
					meta: { ...t.meta, name: KATASTER_COUNTS_TABLE },
					data: katasterCounts(rowsOf(t.data))
				});
			else out.push(t);
		}
		return out;
	});

	/** Per table: rows added / changed / removed against the currently published Datenstand. */
	diff = $derived.by((): TableDiff[] => {
		const base = this.s.base?.tables;
		const out = this.output.map((t) => {
			const pub = base?.get(t.meta.name);
			return diffRows(t.meta.name, pub && rowsOf(pub.data), rowsOf(t.data));
		});
		for (const [name, pub] of base ?? [])
			if (!this.output.some((t) => t.meta.name === name))
				out.push(diffRows(name, rowsOf(pub.data), undefined));
		return out;
	});

	toggle(name: string, on: boolean) {
		this.excluded = on ? this.excluded.filter((n) => n !== name) : [...this.excluded, name];
	}

	/** Writes, checks (read back) and downloads the file. */
	async publish(): Promise<void> {
		this.error = this.done = null;
		if (!this.publisher.trim()) {
			this.error = 'Bitte geben Sie an, wer den Datenstand veröffentlicht (Herausgeber).';
			return;
		}
		if (!this.output.length) {
			this.error = 'Bitte wählen Sie mindestens eine Tabelle aus.';
			return;
		}
		this.busy = true;
		try {
			const date = todayIso();
			const bytes = await writeDatenstand(this.output, {
				publisher: this.publisher,
				date,
				note: this.note,
				objektdaten: this.objektdaten
			});
			const name = datenstandFileName(date);
			const check = await readDatenstand(name, bytes);
			if (!check.ok) throw new Error(check.message);
			downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), name);
			this.done = `„${name}“ wurde erstellt. Laden Sie die Datei als „datenstand/aktuell.atlas“ auf den Webserver des Atlas; danach sehen alle Besucher diesen Stand.`;
		} catch (e) {
			this.error = `Der Datenstand konnte nicht erstellt werden: ${e instanceof Error ? e.message : String(e)}`;
		} finally {
			this.busy = false;
		}
	}
}
