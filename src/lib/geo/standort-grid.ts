/**
 * Catchments and white spots on the Zensus 1 km population grid (dataset `zensus_1km_bevoelkerung`).
 * All geometry is planar in ETRS89-LAEA (EPSG:3035), the grid's own CRS: a site is projected once
 * (./laea), cells are exact 1.000 × 1.000 m squares around their centroids, distances are Euclidean
 * metres. The spatial index is the grid itself: a dense array over the cells' bounding box, so a
 * circle visits only the cells of its bounding square.
 */
import { toLaea } from './laea';
import type { LonLat } from './index';

export const CELL = 1000;
/** Below this radius (km) a cell counts with the share of its area inside the circle; from it on by centroid. */
export const AREA_METHOD_BELOW_KM = 5;
export const CATCHMENT_KM = [1, 5, 10, 25] as const;

export type Methode = 'flaeche' | 'mittelpunkt';
export const methodFor = (km: number): Methode =>
	km < AREA_METHOD_BELOW_KM ? 'flaeche' : 'mittelpunkt';
export const METHODE_TEXT: Record<Methode, string> = {
	flaeche: 'Flächenanteil der 1-km-Zellen im Kreis',
	mittelpunkt: 'Zellen mit Mittelpunkt im Kreis'
};

/** One row of `zensus_1km_bevoelkerung` as the grid needs it. */
export interface CellRow {
	x_3035: number;
	y_3035: number;
	einwohner: number | null;
	anteil_ab65: number | null;
	kreis_ags: string | null;
}

export interface Catchment {
	km: number;
	methode: Methode;
	/** inhabitants (area-weighted: fractional) */
	einwohner: number;
	/** inhabitants aged 65+ in cells with a published share */
	ab65: number;
	/** inhabitants in cells whose share 65+ is withheld (not in `ab65`) */
	ohneAlter: number;
	/** populated cells touching the circle (weight > 0) */
	zellen: number;
}

/** Area of the circle of radius r around the origin inside [0,x] × [0,y] (signed by the quadrant). */
function quadrant(x: number, y: number, r: number): number {
	const s = Math.sign(x) * Math.sign(y);
	const ax = Math.min(Math.abs(x), r);
	const ay = Math.min(Math.abs(y), r);
	if (ax * ax + ay * ay <= r * r) return s * ax * ay;
	const ts = Math.sqrt(r * r - ay * ay);
	const h = (t: number) =>
		(t * Math.sqrt(Math.max(0, r * r - t * t)) + r * r * Math.asin(t / r)) / 2;
	return s * (ay * ts + h(ax) - h(ts));
}

/** Share (0…1) of the rectangle [x1,x2] × [y1,y2] (relative to the circle's centre) inside radius r. */
export function rectShare(x1: number, x2: number, y1: number, y2: number, r: number): number {
	if (r <= 0) return 0;
	const nx = Math.max(x1, 0, -x2);
	const ny = Math.max(y1, 0, -y2);
	if (nx * nx + ny * ny >= r * r) return 0;
	const fx = Math.max(-x1, x2);
	const fy = Math.max(-y1, y2);
	if (fx * fx + fy * fy <= r * r) return 1;
	const a = quadrant(x2, y2, r) - quadrant(x1, y2, r) - quadrant(x2, y1, r) + quadrant(x1, y1, r);
	return Math.min(1, Math.max(0, a / ((x2 - x1) * (y2 - y1))));
}

export interface Totals {
	einwohner: number;
	ab65: number;
	/** inhabitants of cells with a published share 65+ (denominator of 65+ shares) */
	mitAlter: number;
}
export interface Coverage {
	/** 1 = populated cell whose centroid lies within the radius of a site */
	covered: Uint8Array;
	all: Totals;
	uncovered: Totals;
	perKreis: Map<string, { all: Totals; uncovered: Totals }>;
}

const zero = (): Totals => ({ einwohner: 0, ab65: 0, mitAlter: 0 });

export class PopulationGrid {
	readonly n: number;
	readonly x: Int32Array;
	readonly y: Int32Array;
	/** inhabitants per cell (0 = no value) */
	readonly ew: Float64Array;
	/** inhabitants 65+ per cell (NaN = share withheld) */
	readonly ab65: Float64Array;
	readonly share65: Float64Array;
	readonly kreis: (string | null)[];
	/** index into `kreise` per cell ('' = no Kreis) */
	readonly #kreisIdx: Uint16Array;
	readonly #kreise: string[] = [];
	readonly #index: Int32Array;
	readonly #x0: number;
	readonly #y0: number;
	readonly #nx: number;
	readonly #ny: number;

	constructor(rows: readonly CellRow[]) {
		const n = (this.n = rows.length);
		this.x = new Int32Array(n);
		this.y = new Int32Array(n);
		this.ew = new Float64Array(n);
		this.share65 = new Float64Array(n);
		this.ab65 = new Float64Array(n);
		this.kreis = new Array<string | null>(n);
		this.#kreisIdx = new Uint16Array(n);
		const seen = new Map<string, number>();
		let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
		for (let i = 0; i < n; i++) {
			const r = rows[i];
			const ew = r.einwohner ?? 0;
			this.x[i] = r.x_3035;
			this.y[i] = r.y_3035;
			this.ew[i] = ew;
			this.share65[i] = r.anteil_ab65 ?? NaN;
			this.ab65[i] = r.anteil_ab65 === null ? NaN : (ew * r.anteil_ab65) / 100;
			this.kreis[i] = r.kreis_ags;
			const k = r.kreis_ags ?? '';
			let ki = seen.get(k);
			if (ki === undefined) {
				seen.set(k, (ki = this.#kreise.length));
				this.#kreise.push(k);
			}
			this.#kreisIdx[i] = ki;
			if (r.x_3035 < x0) x0 = r.x_3035;
			if (r.x_3035 > x1) x1 = r.x_3035;
			if (r.y_3035 < y0) y0 = r.y_3035;
			if (r.y_3035 > y1) y1 = r.y_3035;
		}
		this.#x0 = this.n ? x0 : 0;
		this.#y0 = this.n ? y0 : 0;
		this.#nx = this.n ? (x1 - x0) / CELL + 1 : 0;
		this.#ny = this.n ? (y1 - y0) / CELL + 1 : 0;
		this.#index = new Int32Array(this.#nx * this.#ny).fill(-1);
		for (let i = 0; i < this.n; i++) {
			const ix = (this.x[i] - this.#x0) / CELL;
			const iy = (this.y[i] - this.#y0) / CELL;
			if (!Number.isInteger(ix) || !Number.isInteger(iy))
				throw new Error(`Zelle ${this.x[i]}/${this.y[i]} liegt nicht im 1-km-Raster`);
			this.#index[iy * this.#nx + ix] = i;
		}
	}

	/** Calls fn(cell, dx, dy) for every cell whose square may meet the circle (r in metres). */
	#visit(cx: number, cy: number, r: number, fn: (i: number, dx: number, dy: number) => void) {
		const lo = (v: number, v0: number) => Math.ceil((v - r - v0 - CELL / 2) / CELL);
		const hi = (v: number, v0: number) => Math.floor((v + r - v0 + CELL / 2) / CELL);
		const ix0 = Math.max(0, lo(cx, this.#x0));
		const ix1 = Math.min(this.#nx - 1, hi(cx, this.#x0));
		const iy0 = Math.max(0, lo(cy, this.#y0));
		const iy1 = Math.min(this.#ny - 1, hi(cy, this.#y0));
		for (let iy = iy0; iy <= iy1; iy++) {
			const row = iy * this.#nx;
			for (let ix = ix0; ix <= ix1; ix++) {
				const i = this.#index[row + ix];
				if (i >= 0) fn(i, this.x[i] - cx, this.y[i] - cy);
			}
		}
	}

	/** People (and people 65+) within `km` of the point. */
	catchment(p: LonLat, km: number, methode: Methode = methodFor(km)): Catchment {
		const out: Catchment = { km, methode, einwohner: 0, ab65: 0, ohneAlter: 0, zellen: 0 };
		if (!(km > 0)) return out;
		const [cx, cy] = toLaea(p);
		const r = km * 1000;
		const h = CELL / 2;
		this.#visit(cx, cy, r, (i, dx, dy) => {
			const ew = this.ew[i];
			if (ew === 0) return;
			const w =
				methode === 'flaeche'
					? rectShare(dx - h, dx + h, dy - h, dy + h, r)
					: dx * dx + dy * dy <= r * r
						? 1
						: 0;
			if (w === 0) return;
			out.zellen++;
			out.einwohner += w * ew;
			if (Number.isNaN(this.ab65[i])) out.ohneAlter += w * ew;
			else out.ab65 += w * this.ab65[i];
		});
		return out;
	}

	/** White spots by people: populated cells whose centroid is farther than `km` from every site. */
	coverage(sites: readonly LonLat[], km: number): Coverage {
		const covered = new Uint8Array(this.n);
		const r = km * 1000;
		if (km >= 0)
			for (const s of sites) {
				const [cx, cy] = toLaea(s);
				this.#visit(cx, cy, r, (i, dx, dy) => {
					if (dx * dx + dy * dy <= r * r) covered[i] = 1;
				});
			}
		const all = zero();
		const uncovered = zero();
		const groups = this.#kreise.map(() => ({ all: zero(), uncovered: zero() }));
		const add = (t: Totals, i: number) => {
			t.einwohner += this.ew[i];
			if (!Number.isNaN(this.ab65[i])) {
				t.ab65 += this.ab65[i];
				t.mitAlter += this.ew[i];
			}
		};
		for (let i = 0; i < this.n; i++) {
			if (this.ew[i] === 0) continue;
			const g = groups[this.#kreisIdx[i]];
			add(all, i);
			add(g.all, i);
			if (!covered[i]) {
				add(uncovered, i);
				add(g.uncovered, i);
			}
		}
		const perKreis = new Map(
			this.#kreise.map((k, j) => [k, groups[j]] as const).filter(([, g]) => g.all.einwohner > 0)
		);
		return { covered, all, uncovered, perKreis };
	}
}

/** Catchments at 1 / 5 / 10 / 25 km and at the chosen radius: one update of a site's figures. */
export const catchmentsAt = (p: LonLat, grid: PopulationGrid, km: number): Catchment[] =>
	[...CATCHMENT_KM, km].map((r) => grid.catchment(p, r));
