/**
 * The import pipeline's entry point: read any file (CSV, NDJSON, Excel, Parquet, GeoJSON; .gz unpacked)
 * into a `Source`, choose a target and mapping, check every row, load atomically. `ImportSession` is the
 * one orchestrator; the /daten dialog and the tests drive it.
 */
export {
	FREE,
	ImportSession,
	readFileBytes,
	type Current,
	type SessionDeps
} from './session.svelte';
export { analyseFile, detectFormat, sizeProblem, MAX_IMPORT_BYTES, type Readers } from './formats';
export {
	analyseCsv,
	decide,
	errors,
	rowCount,
	suggest,
	validCount,
	ImportCancelled
} from './importer';
export { BULK_BYTES } from './bulk';
export { problemsCsv, rejectedCsv } from './csv';
export { DELIMITER_LABEL, DELIMITERS } from './sniff';
export { ENCODING_LABEL } from './decode';
export { knownTargets, targetFor } from './targets';
export { loadParquet } from './parquet-wasm';
export { loadXlsx } from './xlsx-reader';
export { isGerman } from './messages';
export type * from './types';
