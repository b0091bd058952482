import { pick, quoteIdent, sql, type Bound, type Param } from '$lib/db/sql';
import { KATASTER_COMPLETE_SQL } from '$lib/kataster/target';
import type { BulkField, BulkSpec, BulkType, GemeindeRef, SuccessorRef } from './types';

/**
 * Bulk CSV import (large files): DuckDB's CSV reader splits the file into text cells, SQL sorts out the
 * rows whose every cell is certainly valid ("fast" rows, converted here exactly as the JS validator
 * would), all other rows go back to the JS validator. Cells are `c0 … cN` of a staging table with the
 * Excel row number `__row`.
 */

const DELIMS = [';', ',', '\t', '|'] as const;
const FILE = /^import_[a-z0-9_]+\.csv$/;
/** a character JS `trim()` removes */
const WS =
	'[\\s\\x{0B}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
/** JS validator: MISSING_OK tokens (lower-cased) – a short text made of these letters goes to JS */
const MISSINGISH = '[-–kKaAnNuUlL. \\x{212A}]+';
const TRUE = ['ja', 'j', 'x', 'true', 'wahr', '1', 'yes', 'y'];
const FALSE = ['nein', 'n', 'false', 'falsch', '0', 'no'];

const col = (i: number) => quoteIdent(`c${i}`);

class Params {
	readonly list: Param[] = [];
	add(v: Param): string {
		this.list.push(v);
		return `$${this.list.length}`;
	}
	addList(vs: readonly string[]): string {
		return `(${vs.map((v) => this.add(v)).join(', ')})`;
	}
}

/** SQL: the cell `c` is a text JS keeps unchanged after trim() and that is no "missing" token. */
const plainText = (c: string) =>
	`(NOT regexp_matches(${c}, '^${WS}|${WS}$') AND NOT (length(${c}) <= 5 AND regexp_full_match(${c}, '${MISSINGISH}')))`;

function range(v: string, f: BulkField, p: Params): string {
	const parts: string[] = [];
	if (f.min !== undefined) parts.push(`${v} >= ${p.add(f.min)}`);
	if (f.max !== undefined) parts.push(`${v} <= ${p.add(f.max)}`);
	return parts.length ? parts.join(' AND ') : 'true';
}

const dateOf = (c: string) => `try_strptime(${c}, '%d.%m.%Y')`;
const numOf = (c: string) => `TRY_CAST(replace(${c}, ',', '.') AS DOUBLE)`;

/** SQL condition: a non-empty cell that the JS validator accepts without any note. */
function fastCell(f: BulkField, c: string, p: Params): string {
	switch (f.type) {
		case 'int':
			return `(regexp_full_match(${c}, '-?[0-9]{1,9}') AND ${range(`TRY_CAST(${c} AS INTEGER)`, f, p)})`;
		case 'float':
			return `(regexp_full_match(${c}, '-?[0-9]{1,15}(,[0-9]{1,15})?') AND ${range(numOf(c), f, p)})`;
		case 'bool':
			return `${c} IN ${p.addList([...TRUE, ...FALSE])}`;
		case 'date':
			return `(regexp_full_match(${c}, '[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}') AND year(${dateOf(c)}) BETWEEN ${p.add(f.min ?? 1900)} AND ${p.add(f.max ?? 2100)})`;
		case 'ags':
			return `(regexp_full_match(${c}, '[0-9]{8}') AND ${c} IN (SELECT ags FROM gemeinden))`;
		case 'ars':
			return `(regexp_full_match(${c}, '[0-9]{12}') AND ${c} IN (SELECT ars_2022 FROM gemeinden_2022_2025))`;
		case 'plz':
			return `regexp_full_match(${c}, '[0-9]{5}')`;
		default:
			return f.values ? `${c} IN ${p.addList(f.values)}` : plainText(c);
	}
}

/** SQL value of a fast cell, typed like the Arrow column the JS path builds. */
function value(f: BulkField, c: string, p: Params): string {
	switch (f.type) {
		case 'int':
			return `CAST(${c} AS INTEGER)`;
		case 'float':
			return `CAST(${numOf(c)} AS DOUBLE)`;
		case 'bool':
			return `CASE WHEN ${c} IS NULL THEN NULL ELSE ${c} IN ${p.addList(TRUE)} END`;
		case 'date':
			return `strftime(${dateOf(c)}, '%Y-%m-%d')`;
		default:
			return `CAST(${c} AS VARCHAR)`;
	}
}

function keyExpr(spec: BulkSpec): string {
	const f = spec.fields.find((x) => x.name === spec.key);
	if (!f) return 'NULL::VARCHAR';
	const gen = spec.generateKey ? `'z' || __row` : 'NULL';
	if (f.src === null) return `${gen}::VARCHAR`;
	return `CASE WHEN ${col(f.src)} IS NULL THEN ${gen} ELSE ${col(f.src)} END::VARCHAR`;
}

const extraCellOk = (c: string) =>
	`(${c} IS NULL OR NOT regexp_matches(${c}, '^${WS}|${WS}$|["\\\\\\x00-\\x1f]'))`;

/** all cells fast – and not all empty: JS skips blank rows, so they go to JS and take the JS path */
function checkSql(spec: BulkSpec, width: number, p: Params): string {
	const conds: string[] = [
		`NOT (${Array.from({ length: width }, (_, i) => `${col(i)} IS NULL`).join(' AND ')})`
	];
	for (const f of spec.fields) {
		if (f.src === null) {
			if (f.required) conds.push('false');
			continue;
		}
		const c = col(f.src);
		conds.push(`(${c} IS NULL AND ${f.required ? 'false' : 'true'} OR ${fastCell(f, c, p)})`);
	}
	for (const e of spec.extra?.cells ?? []) conds.push(extraCellOk(col(e.src)));
	return conds.map((c) => `(${c})`).join(' AND ');
}

const KEYSEP = 'chr(1)';

export const ingestBulkQueries = {
	/** reads a registered CSV file into `table` (all cells text, row number as Excel shows it) */
	bulkStage: (table: string, file: string, delimiter: string, width: number): Bound<never> => {
		if (!FILE.test(file)) throw new Error(`Ungültiger Dateiname: ${file}`);
		const cols = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
		return {
			sql: `CREATE OR REPLACE TABLE ${quoteIdent(table)} AS SELECT (row_number() OVER ())::INTEGER + 1 AS __row, * FROM read_csv($1, delim = $2, header = false, skip = 1, auto_detect = false, columns = {${cols}}, all_varchar = true, null_padding = false, quote = '"', escape = '"')`,
			params: [file, pick(delimiter, DELIMS)],
			tables: []
		};
	},
	bulkStageCount: (table: string): Bound<{ n: number }> => ({
		sql: `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`,
		params: [],
		tables: []
	}),
	/** the distinct filled cells of one staged column (a free table's type comes from all of them) */
	bulkColumnValues: (table: string, column: number): Bound<{ v: string }> => ({
		sql: `SELECT DISTINCT ${quoteIdent(`c${column}`)} AS v FROM ${quoteIdent(table)} WHERE ${quoteIdent(`c${column}`)} IS NOT NULL`,
		params: [],
		tables: []
	}),
	/** per row: all cells fast?, the key (null when not fast), how often the key occurs */
	bulkCheck: (staged: string, out: string, spec: BulkSpec, width: number): Bound<never> => {
		const p = new Params();
		const fast = checkSql(spec, width, p);
		return {
			sql: `CREATE OR REPLACE TABLE ${quoteIdent(out)} AS SELECT __row, fast, k, CASE WHEN k IS NULL THEN 1 ELSE count(*) OVER (PARTITION BY k) END::INTEGER AS kn FROM (SELECT __row, coalesce(${fast}, false) AS fast, ${keyExpr(spec)} AS k FROM ${quoteIdent(staged)})`,
			params: p.list,
			tables: [
				...(spec.fields.some((f) => f.type === 'ags') ? ['gemeinden'] : []),
				...(spec.fields.some((f) => f.type === 'ars') ? ['gemeinden_2022_2025'] : [])
			]
		};
	},
	/**
	 * Cells of the rows for the JS validator, in file order: not fast, a duplicate key, or a key in
	 * `keys` (chr(1)-joined keys of other JS rows). `width` cells c0 … per row.
	 */
	bulkSlowRows: (
		staged: string,
		checked: string,
		width: number,
		keys: string
	): Bound<Record<string, string | number | null>> => ({
		sql: `SELECT s.__row, ${Array.from({ length: width }, (_, i) => `s.${col(i)}`).join(', ')} FROM ${quoteIdent(staged)} s JOIN ${quoteIdent(checked)} c USING (__row) WHERE NOT c.fast OR c.kn > 1 OR (c.k IS NOT NULL AND list_contains(string_split($1, ${KEYSEP}), c.k)) ORDER BY s.__row`,
		params: [keys],
		tables: []
	}),
	/** rows converted in SQL (`n`); count and first row of their non-empty dates per date field (`d<i>`, `f<i>`) */
	bulkDateStats: (
		staged: string,
		checked: string,
		spec: BulkSpec,
		keys: string
	): Bound<Record<string, number | null>> => {
		const dates = spec.fields.filter((f) => f.type === 'date' && f.src !== null);
		const sel = [
			'count(*)::INTEGER AS n',
			...dates.map(
				(f, i) =>
					`count(${col(f.src!)})::INTEGER AS ${quoteIdent(`d${i}`)}, min(CASE WHEN ${col(f.src!)} IS NOT NULL THEN __row END)::INTEGER AS ${quoteIdent(`f${i}`)}`
			)
		].join(', ');
		return {
			sql: `SELECT ${sel} FROM ${quoteIdent(staged)} JOIN ${quoteIdent(checked)} USING (__row) WHERE ${fastRows('')}`,
			params: [keys],
			tables: []
		};
	},
	/**
	 * The new table: fast rows converted and completed in SQL, plus the JS-validated rows from `fromJs`
	 * (same columns and `__row`), in file order.
	 */
	bulkBuild: (
		out: string,
		staged: string,
		checked: string,
		fromJs: string,
		spec: BulkSpec,
		columns: readonly string[],
		keys: string
	): Bound<never> => {
		const p = new Params();
		p.add(keys);
		const base = spec.fields.map((f) => {
			const v =
				f.name === spec.key
					? 'c.k'
					: f.src === null
						? `NULL::${sqlType(f.type)}`
						: value(f, `s.${col(f.src)}`, p);
			return `${v} AS ${quoteIdent(f.name)}`;
		});
		if (spec.extra) {
			const parts = spec.extra.cells.map(
				(e) =>
					`CASE WHEN s.${col(e.src)} IS NOT NULL THEN ${p.add(e.header)} || ':"' || s.${col(e.src)} || '"' END`
			);
			const any =
				spec.extra.cells.map((e) => `s.${col(e.src)} IS NOT NULL`).join(' OR ') || 'false';
			base.push(
				`CASE WHEN ${any} THEN '{' || concat_ws(',', ${parts.join(', ') || "''"}) || '}' END AS ${quoteIdent(spec.extra.column)}`
			);
		}
		const complete = spec.complete === 'kataster' ? KATASTER_COMPLETE_SQL : '';
		const fast = `SELECT s.__row, ${base.join(', ')} FROM ${quoteIdent(staged)} s JOIN ${quoteIdent(checked)} c USING (__row) WHERE ${fastRows('c.')}`;
		const select = columns.map((c) => `t.${quoteIdent(c)}`).join(', ');
		return {
			sql: `CREATE OR REPLACE TABLE ${quoteIdent(out)} AS SELECT ${select} FROM (SELECT * FROM (${complete ? complete.replace('$FAST', fast) : fast}) UNION ALL BY NAME SELECT * FROM ${quoteIdent(fromJs)}) t ORDER BY t.__row`,
			params: p.list,
			tables: spec.complete === 'kataster' ? ['gemeinden'] : []
		};
	},
	bulkDrop: (table: string): Bound<never> => ({
		sql: `DROP TABLE IF EXISTS ${quoteIdent(table)}`,
		params: [],
		tables: []
	})
};

/** rows converted in SQL: fast, unique key, key not shared with a JS row ($1: chr(1)-joined keys) */
const fastRows = (p: string) =>
	`${p}fast AND ${p}kn = 1 AND (${p}k IS NULL OR NOT list_contains(string_split($1, ${KEYSEP}), ${p}k))`;

function sqlType(t: BulkType): string {
	return t === 'int' ? 'INTEGER' : t === 'float' ? 'DOUBLE' : t === 'bool' ? 'BOOLEAN' : 'VARCHAR';
}

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

type IngestBulkQueries = typeof ingestBulkQueries;
type IngestQueries = typeof ingestQueries;
declare module '$lib/db/registry' {
	interface Registry extends IngestBulkQueries, IngestQueries {}
}
