/**
 * ETRS89 / LAEA Europe (EPSG:3035) on GRS80, forward and inverse (EPSG Guidance Note 7-2, method
 * 9820). The build projects the Ortsmitte with it; the map builds the 100 m cell squares with it.
 */
const A = 6378137;
const F = 1 / 298.257222101;
const E2 = 2 * F - F * F;
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;
const PHI0 = 52 * RAD;
const LAM0 = 10 * RAD;
const FE = 4321000;
const FN = 3210000;

const q = (phi: number) => {
	const s = Math.sin(phi);
	return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
};
const QP = q(Math.PI / 2);
const B0 = Math.asin(q(PHI0) / QP);
const RQ = A * Math.sqrt(QP / 2);
const D = (A * Math.cos(PHI0)) / Math.sqrt(1 - E2 * Math.sin(PHI0) ** 2) / (RQ * Math.cos(B0));

/** lon/lat (degrees) → [x, y] metres in EPSG:3035 */
export function toLaea(lon: number, lat: number): [number, number] {
	const b = Math.asin(q(lat * RAD) / QP);
	const dl = lon * RAD - LAM0;
	const bb =
		RQ *
		Math.sqrt(2 / (1 + Math.sin(B0) * Math.sin(b) + Math.cos(B0) * Math.cos(b) * Math.cos(dl)));
	return [
		FE + bb * D * Math.cos(b) * Math.sin(dl),
		FN + (bb / D) * (Math.cos(B0) * Math.sin(b) - Math.sin(B0) * Math.cos(b) * Math.cos(dl))
	];
}

const E4 = E2 * E2;
const E6 = E4 * E2;

/** [x, y] metres in EPSG:3035 → [lon, lat] degrees */
export function fromLaea(x: number, y: number): [number, number] {
	const dx = x - FE;
	const dy = y - FN;
	const rho = Math.sqrt((dx / D) ** 2 + (D * dy) ** 2);
	if (rho === 0) return [LAM0 / RAD, PHI0 / RAD];
	const c = 2 * Math.asin(rho / (2 * RQ));
	const b = Math.asin(Math.cos(c) * Math.sin(B0) + (D * dy * Math.sin(c) * Math.cos(B0)) / rho);
	const lam =
		LAM0 +
		Math.atan2(
			dx * Math.sin(c),
			D * rho * Math.cos(B0) * Math.cos(c) - D * D * dy * Math.sin(B0) * Math.sin(c)
		);
	const phi =
		b +
		(E2 / 3 + (31 * E4) / 180 + (517 * E6) / 5040) * Math.sin(2 * b) +
		((23 * E4) / 360 + (251 * E6) / 3780) * Math.sin(4 * b) +
		((761 * E6) / 45360) * Math.sin(6 * b);
	return [lam / RAD, phi / RAD];
}
