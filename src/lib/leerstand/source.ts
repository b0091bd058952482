import type { Db } from '$lib/db/types';
import {
	NO_FILTER,
	type LeerstandFilter,
	type LeerstandGemeinde,
	type LeerstandPool
} from '$lib/db/queries/leerstand';
import { registry } from '$lib/db/registry';
import { toIpc } from '$lib/store/arrow';
import {
	aggregateOfficial,
	OFFICIAL_TABLE,
	officialTableData,
	type OfficialColumns,
	type OfficialResult,
	type RawRow
} from './official';

const ready = new WeakMap<Db, Promise<unknown>>();

/** Makes sure the (possibly empty) official table exists; every Leerstand query goes through here. */
export function leerstandDb(db: Db): Promise<Db> {
	let p = ready.get(db);
	if (!p) {
		p = db.rows(registry.leerstandInit);
		ready.set(db, p);
	}
	return p.then(() => db);
}

export interface LeerstandData {
	gemeinden: LeerstandGemeinde[];
	byClass: LeerstandPool[];
	byGroup: LeerstandPool[];
	byKreis: LeerstandPool[];
	byRegion: LeerstandPool[];
	selection: LeerstandPool | undefined;
	land: LeerstandPool;
	/** the selected size class/group statewide (for comparison), if a class is filtered */
	klasseLand: LeerstandPool | undefined;
	/** the selected Kreis, all classes */
	kreisAll: LeerstandPool | undefined;
	datenstatus: 'schaetzung' | 'amtlich';
}

const without = (f: LeerstandFilter, ...keys: (keyof LeerstandFilter)[]) => {
	const out = { ...f };
	for (const k of keys) out[k] = '';
	return out;
};

/** All figures of the /leerstand view for one filter; charts ignore their own dimension. */
export async function loadLeerstand(raw: Db, f: LeerstandFilter): Promise<LeerstandData> {
	const db = await leerstandDb(raw);
	const q = registry.leerstandPool;
	const [gemeinden, byClass, byGroup, byKreis, byRegion, sel, land, klasseLand, kreisAll] =
		await Promise.all([
			db.rows(registry.leerstandGemeinden, [f.klasse, f.stadt, f.kreis, f.region, f.zo]),
			db.rows(q('size_class', without(f, 'klasse'))),
			db.rows(q('size_group', without(f, 'klasse'))),
			db.rows(q('kreis_ags', without(f, 'kreis'))),
			db.rows(q('planungsregion', without(f, 'region', 'kreis'))),
			db.rows(q('land', f)),
			db.rows(q('land', NO_FILTER)),
			f.klasse ? db.rows(q('land', { ...NO_FILTER, klasse: f.klasse })) : Promise.resolve([]),
			f.kreis ? db.rows(q('land', { ...NO_FILTER, kreis: f.kreis })) : Promise.resolve([])
		]);
	return {
		gemeinden,
		byClass,
		byGroup,
		byKreis,
		byRegion,
		selection: sel[0],
		land: land[0],
		klasseLand: klasseLand[0],
		kreisAll: kreisAll[0],
		datenstatus: land[0]?.datenstatus === 'amtlich' ? 'amtlich' : 'schaetzung'
	};
}

/**
 * Imports an official Regionaltabelle (rows as read from the file) into leerstand_amtlich.
 * On any error nothing is replaced. Persisting it (local store) is the caller's business:
 * `store.put(OFFICIAL_TABLE, officialTableData(result), { flag: 'user', source: file })`.
 */
export async function importOfficial(
	raw: Db,
	rows: RawRow[],
	opts: { file?: string; columns?: Partial<OfficialColumns> } = {}
): Promise<OfficialResult> {
	const db = await leerstandDb(raw);
	const mapping = await db.rows(registry.leerstandMapping);
	const result = aggregateOfficial(rows, mapping, opts);
	await db.replaceTable(OFFICIAL_TABLE, toIpc(officialTableData(result)));
	return result;
}
