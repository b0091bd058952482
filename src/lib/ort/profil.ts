import type { Db } from '$lib/db/types';
import { registry } from '$lib/db/registry';
import { sizeClassByKey } from '$lib/domain/size-class';
import { RADIUS_DEFAULT, type KreisAmtlich, type OrtskernRow } from '$lib/innenstadt/queries';
import { loadOrtskern, ORTSKERN_TABLES } from '$lib/innenstadt/source';
import { KATASTER_ORT_TABLES, loadKatasterOrt } from '$lib/kataster/load';
import { NO_FILTER, type LeerstandGemeinde, type LeerstandPool } from '$lib/leerstand/queries';
import { LEERSTAND_TABLES, leerstandDb, loadBase } from '$lib/leerstand/source';

/** Vacancy of one Gemeinde beside its size class, its Kreis and the state (pooled). */
export type LeerstandProfil = {
	g?: LeerstandGemeinde;
	land?: number | null;
	refs: { label: string; pool: LeerstandPool }[];
};

/** Every Gemeinde's vacancy and the pools a profile compares it with (four statements in all). */
async function leerstandAlle(raw: Db) {
	const db = await leerstandDb(raw);
	const f = NO_FILTER;
	const [gemeinden, klassen, kreise, [land]] = await Promise.all([
		loadBase(db),
		db.rows(registry.leerstandPool('size_class', f)),
		db.rows(registry.leerstandPool('kreis_ags', f)),
		db.rows(registry.leerstandPool('land', f))
	]);
	return { gemeinden, klassen, kreise, land };
}

function leerstand(alle: Awaited<ReturnType<typeof leerstandAlle>>, ags: string): LeerstandProfil {
	const g = alle.gemeinden.find((r) => r.ags === ags);
	if (!g) return { refs: [] };
	const klasse = alle.klassen.find((p) => p.key === g.size_class);
	const kreis = alle.kreise.find((p) => p.key === g.kreis_ags);
	const refs = [
		{ label: `${sizeClassByKey(g.size_class)?.short ?? g.size_class} in Thüringen`, pool: klasse },
		{ label: `${g.kreis_name}, alle Gemeinden`, pool: kreis },
		{ label: 'Thüringen', pool: alle.land }
	];
	return {
		g,
		land: alle.land.quote,
		refs: refs.filter((r): r is LeerstandProfil['refs'][number] => r.pool !== undefined)
	};
}

/** The Ortskern figures of every Gemeinde at the default radius and the official Kreis figures. */
async function ortskernAlle(db: Db): Promise<{ rows: OrtskernRow[]; kreise: KreisAmtlich[] }> {
	const [rows, kreise] = await Promise.all([
		loadOrtskern(db, RADIUS_DEFAULT),
		db.rows(registry.kreiseAmtlich)
	]);
	return { rows, kreise };
}

async function klima(db: Db, ags: string) {
	const [pilots, stationen] = await Promise.all([
		db.rows(registry.klimaOrtPilots, [ags]),
		db.rows(registry.klimaOrtStationen, [ags])
	]);
	return { pilots, stationen };
}

/**
 * What all Gemeinden's profiles compute alike, once per engine: at build time once for the 605 pages,
 * in the browser once per section that needs it.
 */
export function gemeinsam(db: Db) {
	let o: ReturnType<typeof ortskernAlle> | undefined;
	let l: ReturnType<typeof leerstandAlle> | undefined;
	return {
		get ortskern() {
			return (o ??= ortskernAlle(db));
		},
		get leerstand() {
			return (l ??= leerstandAlle(db));
		}
	};
}
export type Gemeinsam = ReturnType<typeof gemeinsam>;

/**
 * One section of a town profile: the tables its figures come from and how they are computed — at
 * build time on the embedded data (the prerendered page), in the browser's DuckDB where a local or
 * published table replaces one of `tables`.
 */
type Section<T> = {
	tables: readonly string[];
	load: (db: Db, ags: string, alle: Gemeinsam) => Promise<T>;
};
const section = <T>(s: Section<T>) => s;

export const PROFIL = {
	leerstand: section({
		tables: LEERSTAND_TABLES,
		load: async (_db, ags, alle) => leerstand(await alle.leerstand, ags)
	}),
	ortskern: section({
		tables: [...ORTSKERN_TABLES, ...registry.kreiseAmtlich.tables],
		load: async (_db, ags, alle) => {
			const { rows, kreise } = await alle.ortskern;
			return {
				row: rows.find((r) => r.ags === ags) ?? null,
				kreis: kreise.find((k) => k.kreis_ags === ags.slice(0, 5)) ?? null
			};
		}
	}),
	klima: section({
		tables: [...registry.klimaOrtPilots.tables, ...registry.klimaOrtStationen.tables],
		load: klima
	}),
	massnahmen: section({
		tables: registry.massnahmenByAgs.tables,
		load: (db, ags) => db.rows(registry.massnahmenByAgs, [ags])
	}),
	termine: section({
		tables: registry.kpiEventsByAgs.tables,
		load: (db, ags) => db.rows(registry.kpiEventsByAgs, [ags])
	}),
	kataster: section({ tables: KATASTER_ORT_TABLES, load: loadKatasterOrt })
};

type Profil = typeof PROFIL;
export type OrtProfil = { [K in keyof Profil]: Awaited<ReturnType<Profil[K]['load']>> };

/** A town profile's figures from the embedded data, at build time. */
export async function loadProfil(db: Db, ags: string, alle: Gemeinsam): Promise<OrtProfil> {
	const keys = Object.keys(PROFIL) as (keyof Profil)[];
	const values = await Promise.all(keys.map((k) => PROFIL[k].load(db, ags, alle)));
	return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as OrtProfil;
}
