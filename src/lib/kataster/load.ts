import type { Db, Derived } from '$lib/db';
import { registry } from '$lib/db/registry';
import type { Flag } from '$lib/data/manifest-types';
import {
	emptyKatasterFilter,
	type KatasterFilter,
	type KatasterHerkunft,
	type KatasterObjekt
} from './queries';

/** The objects per year (kataster_jahr), built again after every import; enough for one town. */
const KATASTER_JAHR: Derived<KatasterHerkunft> = {
	name: 'kataster-jahr',
	from: ['kataster', 'kataster_beispiel', 'gemeinden'],
	async build(db) {
		await db.rows(registry.katasterInit);
		await db.rows(registry.katasterPrepare);
		const [herkunft] = await db.rows(registry.katasterHerkunft);
		return herkunft;
	}
};

/** On top of kataster_jahr the pre-aggregated tables of the whole Kataster (kataster_top, kataster_cube …). */
export const KATASTER_DERIVED: Derived<KatasterHerkunft> = {
	name: 'kataster',
	from: KATASTER_JAHR.from,
	async build(db) {
		const herkunft = await db.derive(KATASTER_JAHR);
		await db.rows(registry.katasterCube);
		return herkunft;
	}
};

/** The tables a town's Kataster figures come from. */
export const KATASTER_ORT_TABLES = KATASTER_JAHR.from;

/**
 * A town's Kataster figures: objects per year and status, the 20 longest empty at the last year-end,
 * and whether they are Beispieldaten (built from kataster_jahr only; the cubes of the whole Kataster are not).
 */
export async function loadKatasterOrt(db: Db, ags: string): Promise<KatasterOrt> {
	const h = await db.derive(KATASTER_JAHR);
	const f = { ...emptyKatasterFilter(), ags: [ags] };
	const trend = await db.rows(registry.katasterOrtTrend, [ags]);
	return {
		trend,
		objekte: await db.rows(registry.katasterObjekte(f, 'leer_seit', 20)),
		flag: h.beispiel > 0 ? 'sample' : 'user',
		total: trend.filter((r) => r.jahr === f.jahr).reduce((s, r) => s + r.n, 0)
	};
}

export type KatasterOrt = {
	trend: { jahr: number; status: string; n: number }[];
	objekte: KatasterObjekt[];
	total: number;
	flag: Flag;
};

let benchmark: Promise<void> | undefined;

/**
 * Puts the Beispieldaten into `kataster` (unless an import did) and derives the yearly tables once per
 * version of `kataster` (see KATASTER_DERIVED). For benchmarks, `datei` (URL
 * `?katasterdatei=kataster_50000.arrow`) first loads a generated file of our own origin (dev server:
 * data/generated/; `npm run bench`: /bench-data/), in memory only. Generated rows carry datenstatus
 * „Beispieldaten“, so the view keeps that badge. Resolves to the data's origin (sample or imported rows).
 */
export async function prepareKataster(db: Db, datei?: string | null): Promise<KatasterHerkunft> {
	if (datei && /^kataster_\d+\.arrow$/.test(datei)) {
		benchmark ??= (async () => {
			const dir = import.meta.env.DEV ? '/data/generated' : '/bench-data';
			const res = await fetch(`${dir}/${datei}`);
			if (!res.ok) throw new Error(`Benchmark-Datei ${datei} nicht gefunden`);
			await db.replaceTable('kataster', new Uint8Array(await res.arrayBuffer()));
		})();
		benchmark.catch(() => (benchmark = undefined));
		await benchmark;
	}
	return db.derive(KATASTER_DERIVED);
}

/** `?perf=1` or `window.__atlasPerf = true`: performance marks kataster-filter-start / kataster-repaint. */
export function perfEnabled(): boolean {
	if (typeof window === 'undefined') return false;
	return (
		new URLSearchParams(window.location.search).get('perf') === '1' ||
		Boolean((window as { __atlasPerf?: boolean }).__atlasPerf)
	);
}

/**
 * A page of the object table. Sorted by vacancy start, it first reads the small kataster_top (the first
 * objects of each year): a full page from there is the right page. Otherwise, e.g. for a single small
 * town, the whole year is read.
 */
export async function objektSeite(
	db: Db,
	f: KatasterFilter,
	sort: string,
	limit: number
): Promise<KatasterObjekt[]> {
	if (sort === 'leer_seit') {
		const vorab = await db.rows(registry.katasterObjekte(f, sort, limit, 0, true));
		if (vorab.length === limit) return vorab;
	}
	return db.rows(registry.katasterObjekte(f, sort, limit));
}
