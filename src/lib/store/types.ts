import type { ColumnMeta, Flag } from '$lib/data/manifest-types';

/** A table's content: small record lists as JSON rows (with their column types), larger ones as Arrow IPC. */
export type TableData =
	| { kind: 'rows'; columns: Pick<ColumnMeta, 'name' | 'type'>[]; rows: Record<string, unknown>[] }
	| { kind: 'arrow'; ipc: Uint8Array };

export interface TableMeta {
	name: string;
	/** 'user' for entered/imported data; 'sample' keeps the Beispieldaten badge of an edited example. */
	flag: Flag;
	/** Where it came from: file name of an import, or e.g. „Eingabe im Planungsmodus“. */
	source: string;
	/** ISO timestamp of the last change. */
	updated: string;
	/** Increases by one with every saved change; used to detect other tabs. */
	version: number;
	/** The store instance (one page) that saved this version; lets its own journal replay over it. */
	writer?: string;
}

export interface StoredTable {
	meta: TableMeta;
	data: TableData;
}

/** Per table: saved, or why not. */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';
