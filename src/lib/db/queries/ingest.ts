import { quoteIdent, sql, type Bound } from '../sql';
import type { GemeindeRef, SuccessorRef } from '$lib/ingest/types';

/**
 * Daten-Import: reference lists for validation, and generic reads of any (embedded or imported) table
 * by name for the catalogue, the preview, appending and the unchanged-after-rejection check.
 */
export const ingestQueries = {
	ingestGemeinden: sql<GemeindeRef>(
		['gemeinden'],
		'SELECT ags, name, size_class, lon, lat FROM gemeinden'
	),
	ingestSuccessors: sql<SuccessorRef>(
		['gemeinden_2022_2025'],
		'SELECT ags_2022, ars_2022, name_2022, ags_2025, name_2025, change_type, is_split FROM gemeinden_2022_2025'
	),
	/** all rows of a table in a stable order (`ORDER BY ALL`), at most `limit` */
	ingestTableRows: (table: string, limit: number): Bound<Record<string, unknown>> => ({
		sql: `SELECT * FROM ${quoteIdent(table)} ORDER BY ALL LIMIT $1`,
		params: [limit],
		tables: [table]
	}),
	ingestTableCount: (table: string): Bound<{ n: number }> => ({
		sql: `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`,
		params: [],
		tables: [table]
	}),
	/** removes a free imported table (embedded ones are reset with Db.replaceTable) */
	ingestDropTable: (table: string): Bound<never> => ({
		sql: `DROP TABLE IF EXISTS ${quoteIdent(table)}`,
		params: [],
		tables: []
	}),
	/** a fingerprint of the whole content: md5 over all rows in `ORDER BY ALL` order */
	ingestTableHash: (table: string): Bound<{ hash: string; n: number }> => ({
		sql: `SELECT md5(coalesce(string_agg(r, chr(10) ORDER BY r), '')) AS hash, count(*)::INTEGER AS n FROM (SELECT CAST(t AS VARCHAR) AS r FROM (SELECT * FROM ${quoteIdent(table)} ORDER BY ALL) t)`,
		params: [],
		tables: [table]
	})
};
