export type Encoding = 'utf-8' | 'utf-16le' | 'windows-1252';

export interface Decoded {
	text: string;
	encoding: Encoding;
	bom: boolean;
}

/**
 * Decodes a text file as German Excel writes it: UTF-8 with or without BOM, UTF-16 ("Unicode-Text"),
 * else Windows-1252 (invalid UTF-8 falls back; DuckDB's latin-1 would garble € „ “ – …).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return {
			text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
			encoding: 'utf-16le',
			bom: true
		};
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
	} catch {
		const text = new TextDecoder('windows-1252')
			.decode(body)
			.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c);
		return { text, encoding: 'windows-1252', bom: false };
	}
}

// Node's TextDecoder treats windows-1252 as latin-1 (C1 controls for 0x80–0x9F); browsers do not. Same result in both.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export const ENCODING_LABEL: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 (Unicode-Text)',
	'windows-1252': 'Windows-1252 (ANSI)'
};
