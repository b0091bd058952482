import type { Encoding } from './types';

export interface Decoded {
	text: string;
	encoding: Encoding;
	bom: boolean;
}

// Node's TextDecoder treats windows-1252 as latin-1 (C1 controls for 0x80–0x9F); browsers do not. Same result in both.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** characters a German or Western European text holds above ASCII */
const WESTERN = /[äöüÄÖÜßéèêëáàâçñóòôúùûíìîïÉÈÀÁÓÚ€„“”‚‘’–—…°§²³µ·×«»¼½¾©®™]/;

function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	// without BOM: ASCII text in UTF-16 has a zero byte in every other position
	const n = Math.min(bytes.length, 2000) & ~1;
	if (n < 4) return undefined;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	if (odd > n * 0.4 && even < n * 0.05) return 'utf-16le';
	if (even > n * 0.4 && odd < n * 0.05) return 'utf-16be';
	return undefined;
}

/** Windows-1252 is plausible when the bytes above ASCII stand alone and read as Western letters. */
function plausible1252(bytes: Uint8Array): { ok: boolean; sample: string } {
	let high = 0;
	let western = 0;
	let paired = 0;
	let sample = '';
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) continue;
		high++;
		const c = b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b);
		if (WESTERN.test(c)) western++;
		if (bytes[i + 1] >= 0x80) paired++;
		if (sample.length < 12 && !/[\u0080-\u009f]/.test(c)) sample += c;
		if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d)
			return { ok: false, sample };
	}
	return { ok: high === 0 || (western >= high * 0.6 && paired <= high * 0.3), sample };
}

export class EncodingError extends Error {
	constructor(sample: string) {
		super(
			`Der Zeichensatz ist weder UTF-8 noch UTF-16; als Windows-1252 (ANSI) gelesen ergäben sich unleserliche Zeichen wie „${sample}“. Bitte speichern Sie die Datei als „CSV UTF-8“.`
		);
		this.name = 'EncodingError';
	}
}

/**
 * Decodes a text file as German Excel writes it: UTF-8 with or without BOM (strict), UTF-16 ("Unicode-Text",
 * with or without BOM), Windows-1252 only when the text reads as Western European – else EncodingError.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	const wide = utf16(bytes);
	if (wide) {
		const bom =
			(bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
		return {
			text: new TextDecoder(wide).decode(bom ? bytes.subarray(2) : bytes),
			encoding: wide,
			bom
		};
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
	} catch {
		const p = plausible1252(body);
		if (!p.ok) throw new EncodingError(p.sample);
		const text = new TextDecoder('windows-1252')
			.decode(body)
			.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c);
		return { text, encoding: 'windows-1252', bom: false };
	}
}

export const ENCODING_LABEL: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (Unicode-Text)',
	'utf-16be': 'UTF-16 Big Endian',
	'windows-1252': 'Windows-1252 (ANSI)'
};
