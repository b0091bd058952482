import { gunzipSync } from 'fflate';
import { fmtInt } from '$lib/format';

export type Unpacked =
	| { ok: true; fileName: string; bytes: Uint8Array; packed?: string }
	| { ok: false; message: string };

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Packed or binary formats we do not read, by their first bytes. */
const REFUSED: { sig: number[]; what: string; hint: string }[] = [
	{
		sig: [0x28, 0xb5, 0x2f, 0xfd],
		what: 'mit Zstandard (.zst) gepackt',
		hint: 'Bitte entpacken Sie sie vorher.'
	},
	{ sig: [0x42, 0x5a, 0x68], what: 'mit bzip2 gepackt', hint: 'Bitte entpacken Sie sie vorher.' },
	{
		sig: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
		what: 'mit xz gepackt',
		hint: 'Bitte entpacken Sie sie vorher.'
	},
	{
		sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
		what: 'ein 7-Zip-Archiv',
		hint: 'Bitte entpacken Sie sie vorher.'
	},
	{
		sig: [0x04, 0x22, 0x4d, 0x18],
		what: 'mit LZ4 gepackt',
		hint: 'Bitte entpacken Sie sie vorher.'
	},
	{
		sig: [0x25, 0x50, 0x44, 0x46],
		what: 'ein PDF-Dokument',
		hint: 'Importiert werden Tabellen (CSV, Excel, Parquet, GeoJSON).'
	},
	{
		sig: [0x89, 0x50, 0x4e, 0x47],
		what: 'ein PNG-Bild',
		hint: 'Importiert werden Tabellen (CSV, Excel, Parquet, GeoJSON).'
	},
	{
		sig: [0xff, 0xd8, 0xff],
		what: 'ein JPEG-Bild',
		hint: 'Importiert werden Tabellen (CSV, Excel, Parquet, GeoJSON).'
	},
	{
		sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65],
		what: 'eine SQLite-Datenbank',
		hint: 'Bitte exportieren Sie die Tabelle als CSV.'
	}
];

const isZip = (b: Uint8Array) =>
	starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06]);
export const isXlsx = (fileName: string, b: Uint8Array) =>
	isZip(b) && /\.(xlsx|xlsm)$/i.test(fileName);
export const isXls = (fileName: string, b: Uint8Array) =>
	starts(b, [0xd0, 0xcf, 0x11, 0xe0]) && /\.xls$/i.test(fileName);

/**
 * A `.gz` file is unpacked (fflate); other packed or binary files are refused by name with a German reason.
 * Everything else passes unchanged.
 */
export function unpack(fileName: string, bytes: Uint8Array): Unpacked {
	if (starts(bytes, [0x1f, 0x8b])) {
		try {
			const inner = gunzipSync(bytes);
			const name = fileName.replace(/\.gz$/i, '') || fileName;
			const again = unpack(name, inner);
			return again.ok ? { ...again, packed: fileName } : again;
		} catch {
			return {
				ok: false,
				message: `„${fileName}“ ist mit gzip gepackt, lässt sich aber nicht entpacken (beschädigt oder unvollständig).`
			};
		}
	}
	for (const r of REFUSED) {
		if (starts(bytes, r.sig))
			return { ok: false, message: `„${fileName}“ ist ${r.what} und keine Tabelle. ${r.hint}` };
	}
	if (isZip(bytes) && !isXlsx(fileName, bytes)) {
		return {
			ok: false,
			message: `„${fileName}“ ist ein ZIP-Archiv. Bitte entpacken Sie es und wählen Sie die Tabelle darin.`
		};
	}
	if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0]) && !isXls(fileName, bytes)) {
		return {
			ok: false,
			message: `„${fileName}“ ist ein altes Office-Dokument. Bitte speichern Sie es als .xlsx oder CSV.`
		};
	}
	return { ok: true, fileName, bytes };
}

/** NUL bytes outside UTF-16 text: a binary file (or a text file padded with zeros). */
export function binaryProblem(fileName: string, text: string): string | undefined {
	const i = text.indexOf('\0');
	if (i === -1) return undefined;
	const line = text.slice(0, i).split('\n').length;
	return `„${fileName}“ enthält Nullbytes (zuerst in Zeile ${fmtInt(line)}) – das ist keine Textdatei oder sie ist beschädigt. Bitte als CSV neu speichern.`;
}
