/**
 * Ortskern analysis: a 100 m cell belongs to the core of its Gemeinde if its centroid lies within
 * r metres of the Ortsmitte (both in EPSG:3035). A zone's rate is Σ leer / Σ Wohnungen of its cells
 * (withheld values count 0, as in leerstand_schaetzung). Below MIN_WOHNUNGEN captured dwellings a
 * zone has no rate (shown as „zu wenige Wohnungen im Gitter“); the rule itself lives only in the SQL
 * of queries.ts.
 */
export const MIN_WOHNUNGEN = 200;
export const RADIUS_MIN = 300;
export const RADIUS_MAX = 1500;
export const RADIUS_STEP = 50;
export const RADIUS_DEFAULT = 500;
