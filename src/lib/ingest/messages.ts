import { fmtInt } from '$lib/format';

/** Words that show a message (outside quoted file content) is not German. */
const ENGLISH =
	/\b(the|is|not|error|invalid|unexpected|expected|failed|cannot|could|unsupported|unknown|missing|found|token|position|of|at|and|to|with|while|file|column|row|line|unable|must|should|does|did|was|were|has|have|no such|out of|overflow|exception)\b/i;

/** Text outside „…“ quotes (file content, names) and code spans. */
const outsideQuotes = (m: string) => m.replace(/„[^“]*“/g, '').replace(/`[^`]*`/g, '');

/** True when the message reads German: no English words outside quoted names and values. */
export const isGerman = (message: string) => !ENGLISH.test(outsideQuotes(message));

/** Line and column of a character offset in a text. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, col: offset - before.lastIndexOf('\n') };
}

/** JSON.parse's complaint as a German sentence with line and column (the engines name a position). */
export function jsonError(text: string, e: unknown): string {
	const m = /position (\d+)/i.exec(e instanceof Error ? e.message : String(e));
	if (m) {
		const { line, col } = lineCol(text, Number(m[1]));
		return `kein gültiges JSON: Fehler in Zeile ${fmtInt(line)}, Zeichen ${fmtInt(col)}`;
	}
	if (/end of (json )?input|unterminated/i.test(String(e)))
		return 'kein gültiges JSON: die Datei endet mitten im Text (unvollständig?)';
	return 'kein gültiges JSON';
}

/**
 * Any error as German text: German messages (ours) pass, a library's English message becomes a German
 * sentence without it.
 */
export function germanError(e: unknown, what = 'Lesen'): string {
	const m = e instanceof Error ? e.message : String(e);
	if (isGerman(m)) return m;
	if (/out of memory|allocation|memory access/i.test(m))
		return `nicht genug Arbeitsspeicher beim ${what}`;
	if (/compress|codec|snappy|brotli|lz4|zstd|gzip/i.test(m))
		return `ein Teil der Datei ist mit einem Verfahren gepackt, das der Browser nicht lesen kann (${what})`;
	if (/encrypt/i.test(m)) return 'die Datei ist verschlüsselt';
	return `unerwarteter Fehler beim ${what} (die Datei ist vermutlich beschädigt oder hat ein nicht unterstütztes Format)`;
}
