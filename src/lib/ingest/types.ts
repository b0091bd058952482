import type { TableData } from '$lib/store/types';

/** The core types of the import pipeline (file → Source → Choice → Validated → Decision → load). */

export type FieldType = 'text' | 'int' | 'float' | 'bool' | 'date' | 'ags' | 'ars' | 'plz';

export interface TargetField {
	name: string;
	type: FieldType;
	label: string;
	required?: boolean;
	min?: number;
	max?: number;
	/** allowed values (compared case-insensitively, stored as listed) */
	values?: readonly string[];
	/** other column names partners use, German and English */
	aliases?: readonly string[];
}

export interface Target {
	/** table name in DuckDB and in the store */
	table: string;
	title: string;
	fields: readonly TargetField[];
	/** unique key column; rows without it get a generated key when `generateKey` */
	key?: string;
	generateKey?: boolean;
	/** badge the views show after an import */
	flag: 'user' | 'official';
	/** the embedded table the target starts from while it has no table of its own (Kataster → kataster_beispiel) */
	seed?: string;
	/** output-only columns, filled by `complete` */
	derived?: readonly TargetField[];
	/** column that keeps unmapped file columns as a JSON object */
	extraColumn?: string;
	/** fills derived columns and defaults of a valid record */
	complete?: (record: Record_, ref: Reference) => void;
	/** turns the valid records into the stored table (e.g. Zensus 2022 rows summed to 2025 Gemeinden); may throw a German Error */
	build?: (
		records: Record_[],
		ref: Reference,
		fileName: string
	) => { data: TableData; notes: string[] };
}

export const LON = { min: 9.8, max: 12.7 };
export const LAT = { min: 50.1, max: 51.7 };

/** target field → source header (or undefined = not mapped) */
export type Mapping = Record<string, string | undefined>;

export type Delimiter = ';' | ',' | '\t' | '|';
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface RawRow {
	/** row number as Excel shows it: header = 1, empty lines counted */
	row: number;
	values: string[];
}

export interface ParseIssue {
	row: number;
	column: string;
	value: string;
	message: string;
}

export interface Parsed {
	headers: string[];
	rows: RawRow[];
	emptyLines: number;
	issues: ParseIssue[];
	/** lines above the header (title, comments) that were skipped: the header is on line `skipped + 1` */
	skipped?: number;
}

/** A read file, before any choice of the user. Every format (CSV, Excel, Parquet, GeoJSON, NDJSON) ends here. */
export interface Source {
	fileName: string;
	bytes: number;
	format: 'csv' | 'parquet' | 'geojson' | 'ndjson' | 'excel';
	encoding: Encoding;
	bom: boolean;
	delimiter: Delimiter;
	/** all rows – or, for a bulk import (src/lib/ingest/bulk.ts), only the first rows for preview and mapping */
	parsed: Parsed;
	/** a large CSV file read by DuckDB into the working table `staged` (`width` text cells, `rows` rows) */
	bulk?: { staged: string; width: number; rows: number; types?: FieldType[] };
	/** quotes were not treated as quotes (the user chose „Anführungszeichen nicht beachten“) */
	noQuotes?: boolean;
	/** what the file was unpacked from (e.g. „daten.csv.gz“) */
	packed?: string;
	/** Excel: sheet read and the sheets there are */
	sheet?: { name: string; names: string[] };
}

export type Analysed =
	| { ok: true; source: Source }
	/** `offer`: reading again with „Anführungszeichen nicht beachten“ may help */
	| { ok: false; message: string; offer?: 'noQuotes' };

/** How a text file is read; everything undefined = detected. */
export interface ReadOptions {
	delimiter?: Delimiter;
	/** non-empty lines above the header (title, comments) to skip */
	skip?: number;
	noQuotes?: boolean;
	sheet?: string;
}

export interface Choice {
	target: Target;
	mapping: Mapping;
}

export interface Progress {
	phase: 'lesen' | 'zerlegen' | 'pruefen' | 'laden';
	done: number;
	total: number;
}

export type Policy = 'strict' | 'valid_only';
export type Mode = 'replace' | 'append';

export type Value = string | number | boolean | null;
export type Record_ = Record<string, Value>;

export interface Problem {
	/** row as Excel shows it (header = 1) */
	row: number;
	/** column header in the file (or the target field if the file lacks it) */
	column: string;
	value: string;
	message: string;
	/** fehler rejects the row, hinweis does not */
	severity: 'fehler' | 'hinweis';
	suggestion?: string;
}

export interface Successor {
	ags: string;
	name: string;
	change: string;
	oldName: string;
}

export interface GemeindeRef {
	ags: string;
	name: string;
	size_class: string;
	lon: number;
	lat: number;
}

export interface SuccessorRef {
	ags_2022: string;
	ars_2022: string;
	name_2022: string;
	ags_2025: string;
	name_2025: string;
	change_type: string;
	is_split: boolean;
}

/** Reference lists from the embedded tables (gemeinden, gemeinden_2022_2025). */
export interface Reference {
	ags: ReadonlySet<string>;
	gemeinden: ReadonlyMap<string, { name: string; size_class: string; lon: number; lat: number }>;
	/** normalised short name → AGS (only names that are unique in Thuringia) */
	byName: ReadonlyMap<string, string>;
	ars2022: ReadonlySet<string>;
	successors: ReadonlyMap<string, Successor>;
	/** gemeinden_2022_2025 as read */
	changes: readonly SuccessorRef[];
}

/** Bulk CSV import (src/lib/ingest/bulk.ts, SQL in queries.ts): what SQL checks. */
export type BulkType = 'text' | 'int' | 'float' | 'bool' | 'date' | 'ags' | 'ars' | 'plz';

export interface BulkField {
	name: string;
	type: BulkType;
	/** staging column index of the mapped file column, or null */
	src: number | null;
	/** an empty cell is an error (JS: required and not a generated key) */
	required: boolean;
	min?: number;
	max?: number;
	values?: readonly string[];
}

export interface BulkSpec {
	fields: readonly BulkField[];
	/** key field name (text key) and whether a missing key becomes `z<row>` */
	key?: string;
	generateKey?: boolean;
	/** unmapped columns (index, JSON-quoted header) kept as JSON text in `extraColumn` */
	extra?: { column: string; cells: readonly { src: number; header: string }[] };
	/** table whose derived columns are filled in SQL (see COMPLETE) */
	complete?: 'kataster';
}

export interface BulkValidated {
	spec: BulkSpec;
	/** rows valid in SQL + valid rows of the JS part */
	valid: number;
	keys: string;
	checked: string;
	fromJs: string;
}

export interface Validated {
	records: Record_[];
	rows: number[];
	rejected: RawRow[];
	problems: Problem[];
	/** a bulk import: most valid rows wait in DuckDB (src/lib/ingest/bulk.ts), `records` holds only the rest */
	bulk?: BulkValidated;
}

export interface Ready {
	ok: true;
	ipc: Uint8Array;
	rows: number;
	/** German notes of a build step (e.g. Gemeinden left out) */
	notes: string[];
}
export type Decision = Ready | { ok: false; message: string };
