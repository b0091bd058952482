import type { Land } from '$lib/geo/features';
import { fmtInt, fmtNum } from '$lib/format';
import { analyseGeoJson } from './geojson';
import { analyseCsv, type Analysed } from './importer';
import { analyseParquet, isParquet, type ParquetReader } from './parquet';
import type { Delimiter } from './sniff';

/**
 * Largest text file (CSV, GeoJSON) the import reads, in bytes. Measured in headless Chromium
 * (docs/datenformate.md): 100 MB CSV = 2 million rows took 55 s and 1.8 GB of JavaScript heap.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Parquet is compressed: 28 MB held the same 2 million rows. */
export const MAX_PARQUET_BYTES = 25 * 1024 * 1024;

const MB = 1024 * 1024;
const mb = (b: number) =>
	b >= MB ? `${fmtInt(Math.floor(b / MB))} MB` : `${fmtInt(Math.floor(b / 1024))} kB`;

/** Refuses a file before reading it when it is too large for the browser's memory. */
export function sizeProblem(
	file: { name: string; size: number },
	max = MAX_IMPORT_BYTES
): string | undefined {
	const parquet = /\.parquet$/i.test(file.name);
	const limit = parquet ? Math.min(max, MAX_PARQUET_BYTES) : max;
	if (file.size <= limit) return undefined;
	return `„${file.name}“ ist ${fmtNum(file.size / MB, 1)} MB groß – zu groß für den Speicher des Browsers. Importiert werden ${parquet ? 'Parquet-Dateien' : 'Dateien'} bis ${mb(limit)}. Bitte teilen Sie die Datei auf oder filtern Sie sie vorher (z. B. nur Thüringen, nur benötigte Spalten).`;
}

export type Format = 'csv' | 'parquet' | 'geojson';

/** The format from the content (Parquet's PAR1, a JSON object) and the file name. */
export function detectFormat(fileName: string, bytes: Uint8Array): Format {
	if (isParquet(bytes) || /\.parquet$/i.test(fileName)) return 'parquet';
	if (/\.(geo)?json$/i.test(fileName)) return 'geojson';
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (i < bytes.length && i < 64 && /\s/.test(String.fromCharCode(bytes[i]))) i++;
	return bytes[i] === 0x7b ? 'geojson' : 'csv';
}

/** What a non-CSV reader needs; loaded only when such a file comes. */
export interface Readers {
	parquet(): Promise<ParquetReader>;
	land(): Promise<Land>;
}

/** Any supported file → `Source` (or a German message). Never throws. */
export async function analyseFile(
	fileName: string,
	bytes: Uint8Array,
	readers: Readers,
	delimiter?: Delimiter
): Promise<Analysed> {
	const format = detectFormat(fileName, bytes);
	if (format === 'csv') return analyseCsv(fileName, bytes, delimiter);
	try {
		if (format === 'parquet') return analyseParquet(fileName, bytes, await readers.parquet());
		return analyseGeoJson(fileName, bytes, await readers.land());
	} catch (e) {
		return {
			ok: false,
			message: `„${fileName}“ konnte nicht gelesen werden: ${e instanceof Error ? e.message : String(e)}`
		};
	}
}
