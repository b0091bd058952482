import type { Db } from '$lib/db/types';
import {
	NO_FILTER,
	type LeerstandFilter,
	type LeerstandGemeinde,
	type LeerstandPool,
	type PoolDimension
} from '$lib/leerstand/queries';
import { matches, pool } from './pool';
import { registry } from '$lib/db/registry';
import { compareDe } from '$lib/format';
import { OFFICIAL_TABLE } from './official';

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
	/** the filter these figures were computed for, and the name of its Kreis */
	filter: LeerstandFilter;
	kreisName: string;
}

const without = (f: LeerstandFilter, ...keys: (keyof LeerstandFilter)[]) => {
	const out = { ...f };
	for (const k of keys) out[k] = '';
	return out;
};

/**
 * The tables the Gemeinden's vacancy figures come from: where a local or published copy replaces one,
 * the figures built from the embedded data no longer hold. The official table is created empty
 * (leerstandInit) until an import or a Datenstand brings it, so no statement lists it.
 */
export const LEERSTAND_TABLES: readonly string[] = [
	...registry.leerstandGemeinden.tables,
	OFFICIAL_TABLE
];

/** All Gemeinden with their vacancy figures, from the one source (official table or estimate). */
export async function loadBase(raw: Db): Promise<LeerstandGemeinde[]> {
	const db = await leerstandDb(raw);
	const f = NO_FILTER;
	return db.rows(registry.leerstandGemeinden, [f.klasse, f.stadt, f.kreis, f.region, f.zo]);
}

/**
 * All figures of the /leerstand view for one filter, from the loaded rows (the same filter and
 * pooling as the SQL of registry.leerstandGemeinden / leerstandPool; see the unit tests).
 * Each chart ignores its own dimension, so its other groups stay visible and clickable.
 */
export function computeLeerstand(base: LeerstandGemeinde[], f: LeerstandFilter): LeerstandData {
	const datenstatus = base[0]?.datenstatus === 'amtlich' ? 'amtlich' : 'schaetzung';
	const sel = (filter: LeerstandFilter) => base.filter((g) => matches(g, filter));
	const p = (dim: PoolDimension, filter: LeerstandFilter) => pool(sel(filter), dim, datenstatus);
	const gemeinden = sel(f);
	return {
		gemeinden,
		byClass: p('size_class', without(f, 'klasse')),
		byGroup: p('size_group', without(f, 'klasse')),
		byKreis: p('kreis_ags', without(f, 'kreis')),
		byRegion: p('planungsregion', without(f, 'region', 'kreis')),
		selection: pool(gemeinden, 'land', datenstatus)[0],
		land: pool(base, 'land', datenstatus)[0],
		klasseLand: f.klasse ? p('land', { ...NO_FILTER, klasse: f.klasse })[0] : undefined,
		kreisAll: f.kreis ? p('land', { ...NO_FILTER, kreis: f.kreis })[0] : undefined,
		datenstatus,
		filter: f,
		kreisName: f.kreis ? (base.find((g) => g.kreis_ags === f.kreis)?.kreis_name ?? f.kreis) : ''
	};
}

/** The Kreise (by name) and Planungsregionen of the filters, from the Gemeinden's rows. */
export function leerstandChoices(base: LeerstandGemeinde[]): {
	kreise: { key: string; label: string }[];
	regionen: string[];
} {
	const status = base[0]?.datenstatus ?? 'schaetzung';
	return {
		kreise: pool(base, 'kreis_ags', status)
			.map((x) => ({ key: x.key, label: x.label }))
			.sort((a, b) => compareDe(a.label, b.label)),
		regionen: pool(base, 'planungsregion', status).map((x) => x.key)
	};
}
