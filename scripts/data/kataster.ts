/**
 * Leerstandskataster — generator of BEISPIELDATEN (sample data) in exactly the partner schema
 * (src/lib/kataster/schema.ts). No public object-level vacancy register exists for Thuringia; this
 * file only makes the register view usable until partners import their own registers.
 *
 *   npx tsx scripts/data/kataster.ts [--rows N] [--seed S] [--out FILE]
 *   (default: rows from the rates below, seed 20250101, out data/generated/kataster_<N>.arrow)
 *   npm run data writes the default-size output as data/kataster_beispiel.arrow (flag 'sample').
 *
 * Assumptions (all invented for the sample, stated so they can be judged):
 * - Reference: Thuringia counted ~45,000 vacant buildings of ~600,000 in 2016 (~21 per 1.000 EW, all
 *   building types). Commercial units in centres (shops, restaurants, services, offices, ground-floor
 *   flats) are a small part of that, so the register holds far fewer objects.
 * - Objects ever vacant 2019–2025 per 1.000 inhabitants by size class (RATES): Landgemeinde 1,5 (few
 *   commercial units at all); Kleinstadt 5–10 Tsd. 3,5 and 10–20 Tsd. 4,0 (thin centres with the
 *   highest shop vacancy); Mittelstadt 20–50 Tsd. 3,5 and 50–100 Tsd. 3,0; Großstadt 2,0 (denser
 *   demand). Statewide this gives ~6.000 objects.
 * - Vacancy start: 35 % began before 2019 (2005–2018); the rest 2019–2025, weighted per Gemeinde by a
 *   random yearly trend (−8 % … +20 %, one in ten Gemeinden up to +35 %) so that trends differ.
 * - Duration: exponential, mean 3,5 years (Schrottimmobilie 7); ended by 31.12.2025 → „wieder
 *   vermietet“ with status_seit = end; otherwise 10 % „zwischengenutzt“, else „leer“.
 * - Position: Gaussian around the Gemeinde's label point (σ 0,3–3 km by size), rejection-sampled
 *   inside the Gemeinde polygon (turf booleanPointInPolygon); 3 % without coordinates (label point,
 *   lage_ungefaehr = true), as partner files often lack them.
 * - Use, condition, owner type, floor area (log-normal per use), rent (by size class): fixed weights
 *   below. No addresses are invented; `bezeichnung` is „Beispielobjekt n“.
 * Yearly stock: an object counts on 31.12. of year Y if leer_seit ≤ Y-12-31 and it was not re-let
 * before Y-01-01 (see src/lib/kataster/queries.ts) — one row per object, snapshots derived.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
	Bool,
	Float64,
	Table,
	Utf8,
	tableFromIPC,
	tableToIPC,
	vectorFromArray
} from 'apache-arrow';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
	EIGENTUEMER,
	KATASTER_COLUMNS,
	NUTZUNGEN,
	ZUSTAENDE,
	type KatasterColumn
} from '../../src/lib/kataster/schema';
import type { ColumnSpec } from './lib/arrow';

export const DEFAULT_SEED = 20250101;

export const RATES: Record<string, number> = {
	landgemeinde: 1.5,
	klein_5_10: 3.5,
	klein_10_20: 4.0,
	mittel_20_50: 3.5,
	mittel_50_100: 3.0,
	gross: 2.0
};
const RENT_BASE: Record<string, number> = {
	landgemeinde: 4,
	klein_5_10: 5,
	klein_10_20: 5.5,
	mittel_20_50: 6.5,
	mittel_50_100: 7.5,
	gross: 10
};
const NUTZUNG_W = [0.38, 0.14, 0.16, 0.12, 0.1, 0.1];
const AREA_MEDIAN = [90, 120, 70, 110, 60, 150];
const ZUSTAND_W = [0.25, 0.4, 0.27, 0.08];
const EIGENTUEMER_W = [0.7, 0.08, 0.08, 0.06, 0.08];

export interface GemeindeIn {
	ags: string;
	kreis_ags: string;
	size_class: string;
	population: number;
	lon: number;
	lat: number;
}

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Objects per Gemeinde: from RATES, or `rows` spread in proportion to them (largest remainder). */
export function allocate(gemeinden: GemeindeIn[], rows?: number): number[] {
	const expected = gemeinden.map((g) => (g.population / 1000) * (RATES[g.size_class] ?? 0));
	const total = expected.reduce((s, x) => s + x, 0);
	const target = rows ?? Math.round(total);
	const raw = expected.map((x) => (x / total) * target);
	const out = raw.map(Math.floor);
	let rest = target - out.reduce((s, x) => s + x, 0);
	const order = raw
		.map((x, i) => [x - Math.floor(x), i])
		.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]]++;
	return out;
}

const DAY = 86_400_000;
const t0 = Date.UTC(2019, 0, 1);
const tEnd = Date.UTC(2025, 11, 31);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function weighted(r: () => number, w: readonly number[]): number {
	let x = r() * w.reduce((s, v) => s + v, 0);
	for (let i = 0; i < w.length; i++) if ((x -= w[i]) < 0) return i;
	return w.length - 1;
}

function gauss(r: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

export type Columns = Record<string, (string | number | boolean | null)[]>;

/** Generates the register column by column (memory-friendly for 1M rows). */
export function generateKataster(opts: {
	gemeinden: GemeindeIn[];
	features: Feature<Polygon | MultiPolygon, { ags: string }>[];
	rows?: number;
	seed?: number;
}): Columns {
	const r = mulberry32(opts.seed ?? DEFAULT_SEED);
	const poly = new Map(opts.features.map((f) => [f.properties.ags, { ...f, bbox: bbox(f) }]));
	const counts = allocate(opts.gemeinden, opts.rows);
	const cols: Columns = Object.fromEntries(KATASTER_COLUMNS.map((c) => [c.name, []]));
	let n = 0;
	opts.gemeinden.forEach((g, gi) => {
		const shape = poly.get(g.ags);
		const trend = r() < 0.1 ? 0.2 + r() * 0.15 : -0.08 + r() * 0.28;
		const yearW = Array.from({ length: 7 }, (_, k) => Math.exp(trend * k));
		const sigmaKm = Math.min(3, Math.max(0.3, 0.3 + 0.25 * Math.sqrt(g.population / 1000)));
		for (let k = 0; k < counts[gi]; k++) {
			n++;
			const nutzung = weighted(r, NUTZUNG_W);
			const zustand = weighted(r, ZUSTAND_W);
			let start: number;
			if (r() < 0.35)
				start = Date.UTC(2005 + Math.floor(Math.sqrt(r()) * 14), 0, 1) + r() * 364 * DAY;
			else start = Date.UTC(2019 + weighted(r, yearW), 0, 1) + r() * 364 * DAY;
			start = Math.floor(start / DAY) * DAY;
			const mean = (zustand === 3 ? 7 : 3.5) * 365.25 * DAY;
			const end = Math.max(start, t0) + Math.floor((-Math.log(1 - r()) * mean) / DAY) * DAY;
			let status = 'leer';
			let since: number | null = null;
			if (end <= tEnd) {
				status = 'wieder vermietet';
				since = end;
			} else if (r() < 0.1) {
				status = 'zwischengenutzt';
				const from = Math.max(start, t0);
				since = from + Math.floor((r() * (tEnd - from)) / DAY) * DAY;
			}
			let lon = g.lon;
			let lat = g.lat;
			let approx = true;
			if (shape && r() >= 0.03) {
				for (let tries = 0; tries < 40; tries++) {
					const x = g.lon + (gauss(r) * sigmaKm) / (111.32 * Math.cos((g.lat * Math.PI) / 180));
					const y = g.lat + (gauss(r) * sigmaKm) / 110.57;
					if (booleanPointInPolygon([x, y], shape)) {
						lon = Math.round(x * 1e5) / 1e5;
						lat = Math.round(y * 1e5) / 1e5;
						approx = false;
						break;
					}
				}
			}
			const area = Math.max(15, Math.round(AREA_MEDIAN[nutzung] * Math.exp(0.7 * gauss(r))));
			const rent =
				r() < 0.2 ? null : Math.round(RENT_BASE[g.size_class] * Math.exp(0.3 * gauss(r)) * 10) / 10;
			const checked =
				status === 'wieder vermietet' ? since! : Date.UTC(2024, 6, 1) + Math.floor(r() * 548) * DAY;
			const row: Record<string, string | number | boolean | null> = {
				id: `BSP-${String(n).padStart(7, '0')}`,
				ags: g.ags,
				nutzung: NUTZUNGEN[nutzung],
				flaeche_m2: area,
				leer_seit: iso(start),
				bezeichnung: `Beispielobjekt ${n}`,
				adresse: null,
				lon,
				lat,
				zustand: r() < 0.05 ? null : ZUSTAENDE[zustand],
				eigentuemer_typ: EIGENTUEMER[weighted(r, EIGENTUEMER_W)],
				miete_eur_m2: rent,
				status,
				status_seit: since === null ? null : iso(since),
				geprueft_am: iso(Math.min(checked, tEnd)),
				kreis_ags: g.kreis_ags,
				size_class: g.size_class,
				lage_ungefaehr: approx,
				datenstatus: 'Beispieldaten',
				extra: null
			};
			for (const c of KATASTER_COLUMNS) cols[c.name].push(row[c.name]);
		}
	});
	return cols;
}

const specType = (c: KatasterColumn): ColumnSpec['type'] =>
	c.type === 'date' ? 'text' : c.type === 'int' ? 'int' : c.type;

export const katasterColumnSpecs: ColumnSpec[] = KATASTER_COLUMNS.map((c) => ({
	name: c.name,
	type: specType(c),
	nullable: !c.required,
	description: `${c.label}${c.required ? '' : ' (optional)'}: ${c.description}`
}));

export function columnsToRows(cols: Columns): Record<string, unknown>[] {
	const names = Object.keys(cols);
	return (cols.id ?? []).map((_, i) => Object.fromEntries(names.map((n) => [n, cols[n][i]])));
}

export function columnsToIpc(cols: Columns): Uint8Array {
	const vectors = Object.fromEntries(
		katasterColumnSpecs.map((c) => [
			c.name,
			vectorFromArray(
				cols[c.name],
				c.type === 'float' ? new Float64() : c.type === 'bool' ? new Bool() : new Utf8()
			)
		])
	);
	return tableToIPC(new Table(vectors), 'stream');
}

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Gemeinden and polygons from the committed data/ (for the CLI and tests). */
export function readInputs(dataDir: string) {
	const gemeinden = tableFromIPC(readFileSync(join(dataDir, 'gemeinden.arrow')))
		.toArray()
		.map((r) => {
			const o = r.toJSON();
			return {
				ags: String(o.ags),
				kreis_ags: String(o.kreis_ags),
				size_class: String(o.size_class),
				population: Number(o.population),
				lon: Number(o.lon),
				lat: Number(o.lat)
			};
		});
	const geo = JSON.parse(readFileSync(join(dataDir, 'geo_gemeinden.geojson'), 'utf8')) as {
		features: Feature<Polygon | MultiPolygon, { ags: string }>[];
	};
	return { gemeinden, features: geo.features.filter((f) => f.properties.ags) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const { values } = parseArgs({
		options: {
			rows: { type: 'string' },
			seed: { type: 'string' },
			out: { type: 'string' }
		}
	});
	const root = resolve(import.meta.dirname, '../..');
	const rows = values.rows === undefined ? undefined : Number(values.rows);
	const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
	if (rows !== undefined && !(Number.isInteger(rows) && rows > 0)) {
		console.error(`--rows: „${values.rows}“ ist keine positive ganze Zahl`);
		process.exit(1);
	}
	if (!Number.isInteger(seed)) {
		console.error(`--seed: „${values.seed}“ ist keine ganze Zahl`);
		process.exit(1);
	}
	const started = Date.now();
	const cols = generateKataster({ ...readInputs(join(root, 'data')), rows, seed });
	const bytes = columnsToIpc(cols);
	const out = resolve(
		values.out ?? join(root, 'data/generated', `kataster_${cols.id.length}.arrow`)
	);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, bytes);
	console.log(
		`kataster: ${cols.id.length} Zeilen (Beispieldaten, Seed ${seed}) → ${out} (${(bytes.byteLength / 1e6).toFixed(1)} MB, ${Date.now() - started} ms, sha256 ${sha256(bytes).slice(0, 12)})`
	);
}
