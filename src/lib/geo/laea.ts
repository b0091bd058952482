/**
 * ETRS89-LAEA Europe (EPSG:3035), the CRS of the Zensus grids: Lambert azimuthal equal-area on the
 * GRS80 ellipsoid, centre 52° N 10° E, false easting 4.321.000 m, northing 3.210.000 m. Formulas of
 * IOGP Guidance Note 7-2 (oblique aspect, ellipsoidal; inverse by the series for the latitude).
 * Within Thuringia (150–250 km from the centre) distances measured in the plane differ from the
 * ellipsoid by less than 0,05 %, i.e. under 12 m at 25 km.
 */
import type { LonLat } from './index';

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = 2 * F - F * F;
const E = Math.sqrt(E2);
const LAT0 = (52 * Math.PI) / 180;
const LON0 = (10 * Math.PI) / 180;
const FE = 4321000;
const FN = 3210000;

const q = (phi: number) => {
	const s = Math.sin(phi);
	return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
};
const QP = q(Math.PI / 2);
const RQ = A * Math.sqrt(QP / 2);
const BETA0 = Math.asin(q(LAT0) / QP);
const D = (A * Math.cos(LAT0)) / Math.sqrt(1 - E2 * Math.sin(LAT0) ** 2) / (RQ * Math.cos(BETA0));
const SB0 = Math.sin(BETA0);
const CB0 = Math.cos(BETA0);

/** WGS84/ETRS89 lon/lat (degrees) → EPSG:3035 [easting, northing] in metres. */
export function toLaea([lon, lat]: LonLat): [number, number] {
	const beta = Math.asin(q((lat * Math.PI) / 180) / QP);
	const dl = (lon * Math.PI) / 180 - LON0;
	const sb = Math.sin(beta);
	const cb = Math.cos(beta);
	const b = RQ * Math.sqrt(2 / (1 + SB0 * sb + CB0 * cb * Math.cos(dl)));
	return [FE + b * D * cb * Math.sin(dl), FN + (b / D) * (CB0 * sb - SB0 * cb * Math.cos(dl))];
}

/** EPSG:3035 [easting, northing] in metres → lon/lat in degrees. */
export function fromLaea([x, y]: [number, number]): LonLat {
	const dx = (x - FE) / D;
	const dy = D * (y - FN);
	const rho = Math.hypot(dx, dy);
	if (rho === 0) return [10, 52];
	const c = 2 * Math.asin(rho / (2 * RQ));
	const sc = Math.sin(c);
	const cc = Math.cos(c);
	const beta = Math.asin(cc * SB0 + (D * (y - FN) * sc * CB0) / rho);
	const lon = LON0 + Math.atan2((x - FE) * sc, D * rho * CB0 * cc - D * D * (y - FN) * SB0 * sc);
	const e4 = E2 * E2;
	const e6 = e4 * E2;
	const lat =
		beta +
		(E2 / 3 + (31 * e4) / 180 + (517 * e6) / 5040) * Math.sin(2 * beta) +
		((23 * e4) / 360 + (251 * e6) / 3780) * Math.sin(4 * beta) +
		((761 * e6) / 45360) * Math.sin(6 * beta);
	return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}
