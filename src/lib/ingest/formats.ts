import type { Land } from '$lib/geo/features';
import { fmtInt, fmtNum } from '$lib/format';
import { analyseGeoJson } from './geojson';
import { analyseExcel, type XlsxReader } from './excel';
import { analyseCsv } from './importer';
import { germanError } from './messages';
import { looksLikeNdjson } from './ndjson';
import { analyseParquet, isParquet, type ParquetReader } from './parquet';
import type { Analysed, ReadOptions } from './types';
import { isXls, isXlsx, unpack } from './unpack';

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

export type Format = 'csv' | 'parquet' | 'geojson' | 'excel';

/** The format from the content (Parquet's PAR1, a ZIP with an Excel name, a JSON object) and the file name. */
export function detectFormat(fileName: string, bytes: Uint8Array): Format {
	if (isParquet(bytes) || /\.parquet$/i.test(fileName)) return 'parquet';
	if (isXlsx(fileName, bytes) || isXls(fileName, bytes)) return 'excel';
	let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (i < bytes.length && i < 64 && /\s/.test(String.fromCharCode(bytes[i]))) i++;
	const json = bytes[i] === 0x7b || /\.(geo)?json$/i.test(fileName);
	if (!json) return 'csv';
	// one object per line (NDJSON) is a table for the CSV path
	const head = new TextDecoder().decode(bytes.subarray(0, 65536));
	return looksLikeNdjson(head.replace(/\r\n?/g, '\n')) ? 'csv' : 'geojson';
}

/** What a non-CSV reader needs; loaded only when such a file comes. */
export interface Readers {
	parquet(): Promise<ParquetReader>;
	land(): Promise<Land>;
	xlsx?(): Promise<XlsxReader>;
}

/** Any supported file → `Source` (or a German message). Never throws. */
export async function analyseFile(
	fileName: string,
	bytes: Uint8Array,
	readers: Readers,
	opts: ReadOptions = {}
): Promise<Analysed> {
	const u = unpack(fileName, bytes);
	if (!u.ok) return u;
	const a = await analyseUnpacked(u.fileName, u.bytes, readers, opts);
	if (a.ok && u.packed) a.source.packed = u.packed;
	return a;
}

async function analyseUnpacked(
	fileName: string,
	bytes: Uint8Array,
	readers: Readers,
	opts: ReadOptions
): Promise<Analysed> {
	const format = detectFormat(fileName, bytes);
	if (format === 'csv') return analyseCsv(fileName, bytes, opts);
	try {
		if (format === 'parquet') return analyseParquet(fileName, bytes, await readers.parquet());
		if (format === 'excel') {
			if (!readers.xlsx)
				return {
					ok: false,
					message: `„${fileName}“ ist eine Excel-Datei. Bitte speichern Sie sie als „CSV UTF-8“.`
				};
			return analyseExcel(fileName, bytes, await readers.xlsx(), opts);
		}
		return analyseGeoJson(fileName, bytes, await readers.land());
	} catch (e) {
		return {
			ok: false,
			message: `„${fileName}“ konnte nicht gelesen werden: ${germanError(e)}.`
		};
	}
}
