import { SAFE_SETTINGS, toRows, type RawConnection } from './core';

/**
 * The SQL console's free SQL is the one place where user-written SQL runs: deliberately not in the
 * registry. It is safe by construction: its own connection, external access off and the configuration
 * locked (for the whole database, so no one switches extension loading or remote reads back on),
 * exactly one statement per run (prepared), inside a read-only transaction.
 */
export const CONSOLE_LOCK = ['SET enable_external_access=false', 'SET lock_configuration=true'];

export interface ConsoleResult {
	columns: string[];
	rows: Record<string, unknown>[];
}

export interface SqlConsole {
	/** Runs one read-only statement; throws a German Error that contains DuckDB's text. */
	run(sql: string): Promise<ConsoleResult>;
}

interface PreparedLike {
	query(): unknown;
	close(): unknown;
}
interface SchemaLike {
	schema: { fields: { name: string; type: { typeId: number } }[] };
}

/** Arrow type ids of dates and timestamps: shown as ISO text, not as milliseconds */
const DATE = 8;
const TIMESTAMP = 10;

function isoDates(columns: SchemaLike['schema']['fields'], rows: Record<string, unknown>[]) {
	for (const c of columns) {
		if (c.type.typeId !== DATE && c.type.typeId !== TIMESTAMP) continue;
		for (const r of rows) {
			const v = r[c.name];
			if (typeof v === 'number' || v instanceof Date) {
				const iso = new Date(v).toISOString();
				r[c.name] = c.type.typeId === DATE ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
			}
		}
	}
	return rows;
}

const HINTS: [RegExp, string][] = [
	[/configuration has been locked/i, 'Einstellungen können in der Konsole nicht geändert werden.'],
	[
		/file system operations are disabled|Permission Error/i,
		'Die Konsole liest keine Dateien und keine Adressen im Internet – nur die Tabellen des Atlas.'
	],
	[/read-only mode|read-only transaction/i, 'Die Konsole darf nur lesen, nichts ändern.'],
	[/multiple statements/i, 'Bitte nur eine Anweisung auf einmal ausführen.'],
	[/Parser Error/i, 'Die SQL-Anweisung ist fehlerhaft geschrieben.'],
	[/Catalog Error/i, 'Eine Tabelle, Spalte oder Funktion gibt es nicht.'],
	[/Binder Error/i, 'Ein Name in der Anweisung passt nicht zu den Tabellen.'],
	[/Conversion Error/i, 'Ein Wert lässt sich nicht in den verlangten Typ umwandeln.']
];

const READ =
	/^\s*(\(|select\b|with\b|from\b|values\b|table\b|describe\b|show\b|summarize\b|explain\b|pivot\b|unpivot\b)/i;

/** German text for a failed console statement, with DuckDB's own message. */
export function consoleError(e: unknown): Error {
	const text = e instanceof Error ? e.message : String(e);
	const hint = HINTS.find(([re]) => re.test(text))?.[1] ?? 'Die Abfrage ist fehlgeschlagen.';
	return new Error(`${hint} DuckDB meldet: ${text}`);
}

const stripComments = (sql: string) =>
	sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');

/**
 * Sets up `conn` as console connection. Runs are serialised; each one is
 * `BEGIN TRANSACTION READ ONLY` → prepare (one statement only) → run → `ROLLBACK`.
 */
export async function createConsole(conn: RawConnection): Promise<SqlConsole> {
	for (const s of [...SAFE_SETTINGS, ...CONSOLE_LOCK]) await conn.query(s);
	let chain: Promise<unknown> = Promise.resolve();
	async function run(text: string): Promise<ConsoleResult> {
		const sql = text.trim().replace(/;\s*$/, '');
		if (sql === '') throw new Error('Bitte eine SQL-Abfrage eingeben.');
		if (!READ.test(stripComments(sql)))
			throw new Error(
				'Die Konsole führt nur lesende Abfragen aus (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE …).'
			);
		await conn.query('BEGIN TRANSACTION READ ONLY');
		try {
			const stmt = (await conn.prepare(sql)) as PreparedLike;
			try {
				const table = await stmt.query();
				const fields = (table as SchemaLike).schema.fields;
				return {
					columns: fields.map((f) => f.name),
					rows: isoDates(fields, toRows<Record<string, unknown>>(table))
				};
			} finally {
				await stmt.close();
			}
		} catch (e) {
			throw consoleError(e);
		} finally {
			try {
				await conn.query('ROLLBACK');
			} catch {
				// the statement itself ended the transaction (e.g. COMMIT)
			}
		}
	}
	return {
		run(text) {
			const next = chain.then(
				() => run(text),
				() => run(text)
			);
			chain = next.catch(() => undefined);
			return next;
		}
	};
}
