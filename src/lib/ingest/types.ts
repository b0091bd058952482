import type { TableData } from '$lib/store/types';
import type { Reference, Record_ } from './validate';

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
