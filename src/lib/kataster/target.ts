/**
 * The Kataster as an import target: column aliases beyond the schema, and the derived columns of an
 * imported object – once in JS (`completeKataster`, the row-by-row validator) and once in SQL
 * (`KATASTER_COMPLETE_SQL`, the bulk path for large files). tests/unit/ingest/bulk.test.ts checks that both
 * give the same table. The import pipeline (src/lib/ingest/kataster-target.ts) builds its target from here.
 */

/** File headers partners use besides the schema's own aliases (normalised: lower case, no separators). */
export const KATASTER_ALIASES: Record<string, readonly string[]> = {
	id: ['objektid', 'objektnr', 'lfdnr', 'objectid', 'key'],
	ags: ['gkz', 'gemeindekennziffer', 'municipalitycode', 'municipality'],
	nutzung: ['nutzungsart', 'use', 'usage'],
	flaeche_m2: ['qm', 'area', 'groesse', 'size'],
	leer_seit: ['leerstandseit', 'vacantsince', 'since'],
	adresse: ['address', 'street'],
	lon: ['laenge', 'longitude'],
	lat: ['breite', 'latitude'],
	miete_eur_m2: ['rent'],
	bezeichnung: ['objektbezeichnung']
};

interface GemeindeLage {
	size_class: string;
	lon: number;
	lat: number;
}

/**
 * Derived columns of one valid object: Kreis and size class from its Gemeinde, status `leer` when
 * missing, and without coordinates the Gemeinde's centre, flagged `lage_ungefaehr`.
 */
export function completeKataster(
	r: Record<string, unknown>,
	gemeinden: ReadonlyMap<string, GemeindeLage>
): void {
	const ags = String(r.ags);
	const g = gemeinden.get(ags);
	r.kreis_ags = ags.slice(0, 5);
	r.size_class = g?.size_class ?? null;
	r.status ??= 'leer';
	r.lage_ungefaehr = r.lon === null || r.lat === null;
	if (r.lage_ungefaehr) {
		r.lon = g?.lon ?? null;
		r.lat = g?.lat ?? null;
	}
	r.datenstatus = 'importiert';
}

/** `completeKataster` in SQL over the converted rows `$FAST` (reads `gemeinden`). */
export const KATASTER_COMPLETE_SQL = `SELECT r.* REPLACE (coalesce(r.status, 'leer') AS status, CASE WHEN r.lon IS NULL OR r.lat IS NULL THEN g.lon ELSE r.lon END AS lon, CASE WHEN r.lon IS NULL OR r.lat IS NULL THEN g.lat ELSE r.lat END AS lat), substr(r.ags, 1, 5) AS kreis_ags, g.size_class AS size_class, (r.lon IS NULL OR r.lat IS NULL) AS lage_ungefaehr, 'importiert' AS datenstatus FROM ($FAST) r LEFT JOIN gemeinden g ON g.ags = r.ags`;
