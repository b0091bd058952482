import { fmtInt } from '$lib/format';
import type { Decoded } from './decode';
import { jsonError } from './messages';
import { cellText } from './tabular';
import type { Analysed, ParseIssue, RawRow } from './types';

/** One JSON object per line (NDJSON, JSON Lines): the first two non-empty lines each start with `{`. */
export function looksLikeNdjson(text: string): boolean {
	const lines = text.split('\n', 50).filter((l) => l.trim() !== '');
	return lines.length >= 2 && lines.slice(0, 2).every((l) => /^\s*\{.*\}\s*$/.test(l));
}

/**
 * NDJSON as a `Source`: one row per line, one column per key (in order of appearance), nested values as
 * JSON text. A line that is no JSON object becomes a parse issue (its row is rejected), so every line
 * is accounted for.
 */
export function analyseNdjson(
	fileName: string,
	size: number,
	decoded: Decoded,
	text: string
): Analysed {
	const keys: string[] = [];
	const seen = new Set<string>();
	const objects: { row: number; obj?: Record<string, unknown>; why?: string; raw: string }[] = [];
	let emptyLines = 0;
	text
		.trimEnd()
		.split('\n')
		.forEach((raw, i) => {
			if (raw.trim() === '') {
				emptyLines++;
				return;
			}
			try {
				const obj = JSON.parse(raw) as unknown;
				if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
					objects.push({ row: i + 1, raw, why: 'kein JSON-Objekt' });
					return;
				}
				for (const k of Object.keys(obj)) {
					if (seen.has(k)) continue;
					seen.add(k);
					keys.push(k);
				}
				objects.push({ row: i + 1, raw, obj: obj as Record<string, unknown> });
			} catch (e) {
				objects.push({ row: i + 1, raw, why: jsonError(raw, e).replace(/Zeile 1, /, '') });
			}
		});
	if (keys.length === 0)
		return { ok: false, message: `„${fileName}“ enthält keine JSON-Objekte mit Feldern.` };
	const issues: ParseIssue[] = [];
	const rows: RawRow[] = objects.map((o) => {
		if (!o.obj) {
			issues.push({
				row: o.row,
				column: keys[0],
				value: o.raw.slice(0, 40),
				message: `Zeile ${fmtInt(o.row)} ist ${o.why}.`
			});
			return { row: o.row, values: keys.map(() => '') };
		}
		return { row: o.row, values: keys.map((k) => cellText(o.obj![k])) };
	});
	return {
		ok: true,
		source: {
			fileName,
			bytes: size,
			format: 'ndjson',
			encoding: decoded.encoding,
			bom: decoded.bom,
			delimiter: ';',
			parsed: { headers: keys, rows, emptyLines, issues }
		}
	};
}
