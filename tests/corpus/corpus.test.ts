import { gunzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Bound } from '../../src/lib/db/sql';
import { registry } from '../../src/lib/db/registry';
import { isGerman, type ImportSession } from '../../src/lib/ingest';
import { testDb } from '../unit/db/helpers';
import { nodeSession } from '../unit/ingest/session';

/**
 * Every file of ../shared/corpus (1,103 files from DuckDB's, PapaParse's and geojsonhint's test suites,
 * Parquet test files, German open data) through the /daten pipeline as a free table – on the JS path and
 * on the DuckDB (bulk) path. Expected outcomes per file class: tests/corpus/README.md.
 */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const TIMEOUT = 20_000;
const BUILT_IN = ['events', 'massnahmen', 'pilots', 'stationen'];

function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((n) => {
			const p = join(dir, n);
			const st = statSync(p);
			return st.isDirectory() ? files(p) : st.isFile() && n !== 'SOURCES.md' ? [p] : [];
		});
}

interface Outcome {
	status: 'geladen' | 'abgelehnt-zeilen' | 'abgelehnt-datei';
	columns: number;
	read: number;
	valid: number;
	rejected: number;
	messages: string[];
	format?: string;
}

const withTimeout = <T>(p: Promise<T>, what: string) =>
	Promise.race([
		p,
		new Promise<never>((_, reject) =>
			setTimeout(() => reject(new Error(`Zeitüberschreitung: ${what}`)), TIMEOUT)
		)
	]);

/** The dialog's path: read → (free table) → check → load the valid rows → restore. */
async function run(s: ImportSession, name: string, bytes: Uint8Array): Promise<Outcome> {
	await s.readBytes(name, bytes);
	if (!s.source)
		return {
			status: 'abgelehnt-datei',
			columns: 0,
			read: 0,
			valid: 0,
			rejected: 0,
			messages: [s.error ?? '']
		};
	const source = s.source;
	const read = s.account!.read;
	await s.check();
	const v = s.validated;
	if (!v)
		return {
			status: 'abgelehnt-datei',
			columns: 0,
			read,
			valid: 0,
			rejected: 0,
			messages: [s.error ?? '']
		};
	const valid = v.bulk?.valid ?? v.records.length;
	const messages = v.problems.slice(0, 50).map((p) => p.message);
	const out: Outcome = {
		status: v.rejected.length ? 'abgelehnt-zeilen' : 'geladen',
		columns: source.parsed.headers.length,
		read,
		valid,
		rejected: v.rejected.length,
		messages,
		format: source.format
	};
	if (valid === 0)
		return { ...out, status: 'abgelehnt-datei', messages: [...messages, s.error ?? ''] };
	const table = s.target!.table;
	await s.confirm('valid_only');
	if (s.error) return { ...out, status: 'abgelehnt-datei', messages: [...messages, s.error] };
	const n = (await (await testDb()).rows(registry.ingestTableCount(table)))[0].n;
	if (n !== valid) out.messages.push(`FEHLT: ${n} Zeilen in der Tabelle, ${valid} gültig`);
	out.messages.push(s.done ?? '');
	await s.restore(table);
	return out;
}

/** the kind of a whole-file refusal, without names and numbers */
const reason = (m: string) =>
	m
		.replace(/„[^“]*“/g, '…')
		.replace(/[\d.]+/g, 'N')
		.slice(0, 70);

const sniffColumns = (file: string): Bound<{ n: number; d: string }> => ({
	sql: `SELECT len(Columns)::INTEGER AS n, Delimiter AS d FROM sniff_csv('${file}', ignore_errors = true)`,
	params: [],
	tables: []
});

const only = process.env.CORPUS_FILTER;
const ALL = existsSync(CORPUS) ? files(CORPUS).filter((f) => !only || f.includes(only)) : [];
const CHUNK = 60;
const chunks = Array.from({ length: Math.ceil(ALL.length / CHUNK) }, (_, i) =>
	ALL.slice(i * CHUNK, (i + 1) * CHUNK)
);

describe.skipIf(!existsSync(CORPUS))('corpus ../shared/corpus as free tables', () => {
	const totals = { geladen: 0, 'abgelehnt-zeilen': 0, 'abgelehnt-datei': 0 };
	const bad: string[] = [];
	const reasons = new Map<string, number>();
	let sessions: { js: ImportSession; duck: ImportSession } | undefined;
	let before: unknown;
	let k = 0;
	const builtIn = async () => {
		const db = await testDb();
		return Promise.all(BUILT_IN.map(async (t) => (await db.rows(registry.ingestTableHash(t)))[0]));
	};

	beforeAll(async () => {
		sessions = {
			js: (await nodeSession()).session,
			duck: (await nodeSession({ bulkThreshold: 1 })).session
		};
		before = await builtIn();
	}, 300_000);

	afterAll(async () => {
		if (!sessions) return;
		console.log(
			`Korpus: ${ALL.length} Dateien – ${totals.geladen} geladen, ${totals['abgelehnt-zeilen']} mit abgelehnten Zeilen (Zeile+Spalte), ${totals['abgelehnt-datei']} als Datei abgelehnt; ${bad.length} Befunde\nAbgelehnt, weil: ${[
				...reasons
			]
				.sort((a, b) => b[1] - a[1])
				.map(([r, n]) => `${n}× ${r}`)
				.join('; ')}`
		);
	});

	async function check(path: string) {
		const db = await testDb();
		const { js, duck } = sessions!;
		const name = relative(CORPUS, path).replaceAll('/', '_');
		const bytes = new Uint8Array(readFileSync(path));
		let a: Outcome;
		try {
			a = await withTimeout(run(js, name, bytes), name);
		} catch (e) {
			bad.push(`${name}: Ausnahme/Hänger ${String(e)}`);
			return;
		}
		totals[a.status]++;
		if (a.status === 'abgelehnt-datei') {
			const why = reason(a.messages.at(-1) ?? '');
			reasons.set(why, (reasons.get(why) ?? 0) + 1);
		}
		if (a.status !== 'abgelehnt-datei' && a.read !== a.valid + a.rejected)
			bad.push(`${name}: ${a.read} gelesen ≠ ${a.valid} + ${a.rejected}`);
		for (const m of a.messages)
			if (m && !isGerman(m)) bad.push(`${name}: nicht deutsch: ${m.slice(0, 160)}`);
		for (const m of a.messages) if (m.startsWith('FEHLT')) bad.push(`${name}: ${m}`);
		// one column where DuckDB's sniffer finds more: a silent structure change
		if (a.columns === 1 && a.format === 'csv') {
			const f = `corpus_${++k}.csv`;
			await db.registerFile(f, bytes);
			const r = await db
				.rows(sniffColumns(f))
				.then((r) => r[0])
				.catch(() => undefined);
			await db.dropFile(f);
			// (DuckDB's sniffer also reports columns for a delimiter the text does not hold)
			const plain = name.endsWith('.gz') ? gunzipSync(bytes) : bytes;
			const text = new TextDecoder().decode(plain.subarray(0, 65536));
			if (r && r.n > 1 && text.includes(r.d))
				bad.push(`${name}: eine Spalte, DuckDB findet ${r.n}`);
		}
		// the DuckDB path gives the same verdict
		let b: Outcome;
		try {
			b = await withTimeout(run(duck, name, bytes), `${name} (DuckDB)`);
		} catch (e) {
			bad.push(`${name}: Ausnahme/Hänger auf dem DuckDB-Weg ${String(e)}`);
			return;
		}
		if (a.status !== b.status || a.valid !== b.valid || a.rejected !== b.rejected)
			bad.push(
				`${name}: JS ${a.status} ${a.valid}+${a.rejected}, DuckDB ${b.status} ${b.valid}+${b.rejected}`
			);
	}

	for (const [i, chunk] of chunks.entries()) {
		it(
			`files ${i * CHUNK + 1}–${i * CHUNK + chunk.length}: no exception, no hang, every row accounted, German, JS = DuckDB`,
			async () => {
				const from = bad.length;
				for (const path of chunk) await check(path);
				const found = bad.slice(from);
				if (found.length) console.log(found.join('\n'));
				expect(found).toEqual([]);
			},
			CHUNK * 2 * TIMEOUT
		);
	}

	it('built-in tables unchanged after all files', async () => {
		expect(await builtIn()).toEqual(before);
	});
});

if (!existsSync(CORPUS)) console.log(`Korpus-Test übersprungen: ${CORPUS} fehlt.`);
