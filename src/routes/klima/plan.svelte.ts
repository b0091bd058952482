import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fetchDataset } from '$lib/data/files';
import type { Flag } from '$lib/data/manifest-types';
import { getDb, replacesEmbedded } from '$lib/db';
import { todayIso } from '$lib/format';
import { addDays as addDaysIso } from './timeline';
import type { OrtRow, PilotRow } from '$lib/klima/queries';
import { townOptions } from '$lib/domain/gemeinde';
import { typedIn } from '$lib/klima/status';
import { registry } from '$lib/db/registry';
import { getStore, type StoreState, type TableData } from '$lib/store';
import { parsePlan, type PlanData } from './geojson';
import { kandidatColumns, stationColumns, type Kandidat, type Station } from './model';

const rowsOf = <T>(s: StoreState | undefined, name: string): T[] | undefined => {
	const d = s?.get(name)?.data;
	return d?.kind === 'rows' ? (d.rows as T[]) : undefined;
};
const newId = (prefix: string) =>
	`${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type KlimaFigures = { pilots: PilotRow[]; orte: OrtRow[] };
type KlimaStart = KlimaFigures & { stationen: Station[] };

/** State of /klima: embedded data + the planner's tables in the local store, with undo. */
export class KlimaPlan {
	pilots = $state.raw<PilotRow[]>([]);
	orte = $state.raw<(OrtRow & { label: string })[]>([]);
	embedded = $state.raw<Station[]>([]);
	store = $state.raw<StoreState>();
	error = $state.raw<unknown>();
	loaded = $state(false);
	undoStack = $state.raw<{ label: string; data: PlanData }[]>([]);
	importErrors = $state.raw<string[]>([]);
	message = $state<string | null>(null);
	#land: FeatureCollection<Polygon | MultiPolygon> | undefined;
	#start: KlimaStart;

	stationen = $derived(
		[...(rowsOf<Station>(this.store, 'stationen') ?? this.embedded)].sort(
			(a, b) => a.reihenfolge - b.reihenfolge
		)
	);
	kandidaten = $derived(rowsOf<Kandidat>(this.store, 'kandidaten') ?? []);
	stationFlag = $derived<Flag>(this.store?.get('stationen')?.meta.flag ?? 'sample');
	stationEntered = $derived(typedIn(this.store?.get('stationen')?.meta.source));

	/** `start`: the pilots, towns and stations prerendered from the embedded data */
	constructor(start: KlimaStart) {
		this.#start = start;
	}

	/** The prerendered pilots and towns, or DuckDB's where a stored or published table replaces theirs. */
	async #figures(): Promise<KlimaFigures> {
		const [p, o] = [registry.klimaPilots, registry.klimaOrte];
		if (!(await replacesEmbedded([...p.tables, ...o.tables]))) return this.#start;
		const db = await getDb();
		const [pilots, orte] = await Promise.all([db.rows(p), db.rows(o)]);
		return { pilots, orte };
	}

	async load() {
		try {
			const [{ pilots, orte }, store] = await Promise.all([this.#figures(), getStore()]);
			this.embedded = this.#start.stationen;
			this.store = store;
			this.pilots = pilots;
			this.orte = townOptions(orte);
			this.loaded = true;
		} catch (e) {
			console.warn(e);
			this.error = e;
		}
	}

	#snapshot(label: string) {
		this.undoStack = [
			...this.undoStack.slice(-19),
			{ label, data: { kandidaten: this.kandidaten, stationen: this.stationen } }
		];
	}

	setKandidaten(list: Kandidat[], source = 'Eingabe im Planungsmodus') {
		const data: TableData = {
			kind: 'rows',
			columns: [...kandidatColumns],
			rows: list.map((k) => ({ ...k }))
		};
		return this.store?.store.put('kandidaten', data, { flag: 'user', source });
	}

	/** Saves the stations; `mirror: false` skips the DuckDB copy (typing in a text field, see StationenEditor). */
	async setStationen(
		list: Station[],
		flag: Flag = this.stationFlag,
		source = 'Eingabe im Planungsmodus',
		mirror = true
	) {
		const rows = list.map((s, i) => ({ ...s, reihenfolge: i + 1 }));
		const data: TableData = { kind: 'rows', columns: [...stationColumns], rows };
		const saved = this.store?.store.put('stationen', data, { flag, source });
		if (mirror)
			Promise.all([getDb(), import('$lib/store/arrow')])
				.then(([db, { toIpc }]) => db.replaceTable('stationen', toIpc(data)))
				.catch((e) => console.warn(e));
		return saved;
	}

	addKandidat(lon: number, lat: number, name = 'Neuer Standort') {
		const k: Kandidat = {
			id: newId('kandidat'),
			name,
			klimafeld: 'Hitze',
			ag: 'Klima',
			notiz: null,
			lon,
			lat
		};
		this.setKandidaten([...this.kandidaten, k]);
		return k;
	}

	updateKandidat(id: string, patch: Partial<Kandidat>) {
		this.setKandidaten(this.kandidaten.map((k) => (k.id === id ? { ...k, ...patch } : k)));
	}

	deleteKandidat(id: string) {
		const k = this.kandidaten.find((x) => x.id === id);
		this.#snapshot(`Standort „${k?.name}“ gelöscht`);
		this.setKandidaten(this.kandidaten.filter((x) => x.id !== id));
	}

	addStation(ort: OrtRow) {
		const last = this.stationen.at(-1);
		const von = last ? addDaysIso(last.bis, 4) : todayIso();
		const s: Station = {
			id: newId('station'),
			reihenfolge: this.stationen.length + 1,
			name: `${ort.name}, Innenstadt`,
			ags: ort.ags,
			lon: ort.lon,
			lat: ort.lat,
			von,
			bis: addDaysIso(von, 27),
			baeume: 12,
			status: 'geplant',
			notiz: null
		};
		this.setStationen([...this.stationen, s]);
	}

	updateStation(id: string, patch: Partial<Station>, mirror = true) {
		const list = this.stationen.map((s) => (s.id === id ? { ...s, ...patch } : s));
		this.setStationen(list, this.stationFlag, undefined, mirror);
	}

	moveStation(id: string, by: -1 | 1) {
		const list = [...this.stationen];
		const i = list.findIndex((s) => s.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= list.length) return;
		[list[i], list[j]] = [list[j], list[i]];
		this.setStationen(list);
	}

	deleteStation(id: string) {
		const s = this.stationen.find((x) => x.id === id);
		this.#snapshot(`Station „${s?.name}“ gelöscht`);
		this.setStationen(this.stationen.filter((x) => x.id !== id));
	}

	undo() {
		const last = this.undoStack.at(-1);
		if (!last) return;
		this.undoStack = this.undoStack.slice(0, -1);
		this.setKandidaten(last.data.kandidaten);
		this.setStationen(last.data.stationen);
		this.message = `Rückgängig: ${last.label}`;
	}

	/** Deletes the planner's candidates and stored stations (back to the embedded example season). */
	async clear() {
		this.#snapshot('Alles zurückgesetzt');
		await this.store?.store.remove('kandidaten');
		await this.store?.store.remove('stationen');
		const db = await getDb();
		const bytes = new Uint8Array(await (await fetchDataset('stationen')).arrayBuffer());
		await db.replaceTable('stationen', bytes);
		this.message =
			'Standorte gelöscht; Stationen auf die eingebettete Beispielsaison zurückgesetzt.';
	}

	async importFile(file: File) {
		this.importErrors = [];
		this.message = null;
		try {
			this.#land ??= (await (await fetchDataset('geo_land')).json()) as FeatureCollection<
				Polygon | MultiPolygon
			>;
			const r = parsePlan(await file.text(), this.#land, file.name);
			if (!r.ok) {
				this.importErrors = r.errors;
				return;
			}
			this.#snapshot(`Import „${file.name}“`);
			await this.setKandidaten(r.data.kandidaten, file.name);
			if (r.data.stationen.length)
				await this.setStationen(r.data.stationen, r.sample ? 'sample' : 'user', file.name);
			this.message = `„${file.name}“ importiert: ${r.data.kandidaten.length} Standorte, ${r.data.stationen.length} Stationen.`;
		} catch (e) {
			this.importErrors = [`${file.name}: ${e instanceof Error ? e.message : String(e)}`];
		}
	}
}
