import { fmtInt } from '$lib/format';
import { germanError } from './messages';
import type { Analysed, ParseIssue, RawRow } from './types';

/** The part of SheetJS (@e965/xlsx) the import uses; loaded lazily (xlsx-reader.ts). */
export type XlsxReader = Pick<typeof import('@e965/xlsx'), 'read' | 'utils'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel cell as the text the validator reads: dates ISO, numbers with decimal comma, ja/nein. */
function cell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (v instanceof Date) {
		if (Number.isNaN(v.getTime())) return '';
		const day = `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
		const t = v.getHours() * 3600 + v.getMinutes() * 60 + v.getSeconds();
		return t === 0
			? day
			: `${day}T${pad(v.getHours())}:${pad(v.getMinutes())}:${pad(v.getSeconds())}`;
	}
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) return '';
		const plain = String(v);
		return plain.includes('e')
			? v.toLocaleString('de-DE', { useGrouping: false, maximumFractionDigits: 20 })
			: plain.replace('.', ',');
	}
	if (typeof v === 'boolean') return v ? 'ja' : 'nein';
	return String(v);
}

const filled = (r: string[]) => r.filter((v) => v.trim() !== '').length;

/**
 * An Excel workbook (.xlsx, .xls) as a `Source`: one sheet (the first with data, or the chosen one), title
 * rows above the header skipped like in a CSV file, dates as dates. Row numbers are Excel's. Never throws.
 */
export function analyseExcel(
	fileName: string,
	bytes: Uint8Array,
	x: XlsxReader,
	opts: { sheet?: string; skip?: number } = {}
): Analysed {
	try {
		const wb = x.read(bytes, { type: 'array', cellDates: true, dense: true });
		const names = wb.SheetNames;
		const grid = (name: string) => {
			const ws = wb.Sheets[name];
			const start = ws?.['!ref'] ? x.utils.decode_range(ws['!ref']).s.r : 0;
			const rows = ws
				? x.utils.sheet_to_json<unknown[]>(ws, {
						header: 1,
						raw: true,
						defval: '',
						blankrows: true
					})
				: [];
			return { start, rows: rows.map((r) => r.map(cell)) };
		};
		const name =
			opts.sheet && names.includes(opts.sheet)
				? opts.sheet
				: (names.find((n) => grid(n).rows.some((r) => filled(r) > 0)) ?? names[0]);
		if (!name) return { ok: false, message: `„${fileName}“ enthält kein Tabellenblatt.` };
		const { start, rows } = grid(name);
		const nonEmpty = rows.map((r, i) => ({ r, i })).filter((x) => filled(x.r) > 0);
		if (nonEmpty.length === 0)
			return { ok: false, message: `Das Blatt „${name}“ in „${fileName}“ ist leer.` };
		const width = Math.max(...nonEmpty.map((x) => filled(x.r)));
		let skip = opts.skip ?? 0;
		if (opts.skip === undefined)
			while (skip < nonEmpty.length - 1 && skip < 20 && width >= 2 && filled(nonEmpty[skip].r) <= 1)
				skip++;
		const head = nonEmpty[Math.min(skip, nonEmpty.length - 1)];
		let n = head.r.length;
		while (
			n > 1 &&
			head.r[n - 1].trim() === '' &&
			rows.every((r) => (r[n - 1] ?? '').trim() === '')
		)
			n--;
		const seen = new Map<string, number>();
		const headers = head.r.slice(0, n).map((h, i) => {
			const base = h.replace(/\s+/g, ' ').trim() || `Spalte ${i + 1}`;
			const k = (seen.get(base) ?? 0) + 1;
			seen.set(base, k);
			return k === 1 ? base : `${base} (${k})`;
		});
		const body: RawRow[] = [];
		const issues: ParseIssue[] = [];
		let emptyLines = 0;
		for (let i = head.i + 1; i < rows.length; i++) {
			const values = rows[i];
			if (filled(values) === 0) {
				emptyLines++;
				continue;
			}
			const row = start + i + 1;
			const extra = values.slice(n).findIndex((v) => v.trim() !== '');
			if (extra !== -1)
				issues.push({
					row,
					column: `Spalte ${n + extra + 1}`,
					value: values[n + extra],
					message: `Die Zeile hat Werte rechts der ${fmtInt(n)} Spalten der Kopfzeile.`
				});
			body.push({ row, values: Array.from({ length: n }, (_, j) => values[j] ?? '') });
		}
		// trailing empty rows are no data
		while (emptyLines > 0 && rows.length && filled(rows[rows.length - 1]) === 0) {
			rows.pop();
			emptyLines--;
		}
		if (body.length === 0)
			return {
				ok: false,
				message: `Das Blatt „${name}“ in „${fileName}“ hat nur eine Kopfzeile, keine Daten – es gibt nichts zu laden.`
			};
		return {
			ok: true,
			source: {
				fileName,
				bytes: bytes.length,
				format: 'excel',
				encoding: 'utf-8',
				bom: false,
				delimiter: ';',
				parsed: { headers, rows: body, emptyLines, issues, skipped: skip },
				sheet: { name, names }
			}
		};
	} catch (e) {
		return {
			ok: false,
			message: `Die Excel-Datei „${fileName}“ konnte nicht gelesen werden: ${germanError(e, 'Lesen der Excel-Datei')}.`
		};
	}
}
