import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { rowsToIpc } from '../../../src/lib/ingest/arrow';
import { analyseCsv, decide, suggest, validateSource } from '../../../src/lib/ingest/importer';
import { loadImport } from '../../../src/lib/ingest/load';
import { LocalStore, MemoryBackend } from '../../../src/lib/store/index';
import { testDb } from '../db/helpers';
import { reference } from '../ingest/helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('hostile table and column names', () => {
	it('a CSV named and headed with quotes, semicolons and SQL keywords loads through the pipeline and queries', async () => {
		const db = await testDb();
		const store = new LocalStore({ backend: new MemoryBackend() });
		await store.open();
		const name = 'x"; DROP TABLE gemeinden; --.csv';
		const csv =
			'select;"a""b;c";from;order;Wert\r\n' +
			'1;"O\'Brien; ""zitiert""";DROP TABLE x;;3,5\r\n' +
			'2;ohne;from;desc;-1\r\n';
		const a = analyseCsv(name, enc(csv));
		if (!a.ok) throw new Error(a.message);
		const choice = suggest(a.source, []);
		expect(choice.target.fields.map((f) => f.name)).toEqual([
			'select',
			'a_b_c',
			'from',
			'order',
			'wert'
		]);
		const v = await validateSource(a.source, choice, reference());
		const ready = decide(choice.target, v, 'strict', [], { ref: reference(), fileName: name });
		if (!ready.ok) throw new Error(ready.message);
		const loaded = await loadImport(db, store, choice.target, ready, name);
		expect(loaded.rows).toBe(2);
		const table = choice.target.table;
		expect((await db.rows(registry.ingestTableCount(table)))[0].n).toBe(2);
		const rows = await db.rows(registry.ingestTableRows(table, 10));
		expect(rows).toEqual([
			{ select: 1, a_b_c: 'O\'Brien; "zitiert"', from: 'DROP TABLE x', order: null, wert: 3.5 },
			{ select: 2, a_b_c: 'ohne', from: 'from', order: 'desc', wert: -1 }
		]);
		// the embedded table named in the file name is untouched
		await db.ensureTables(['gemeinden']);
		expect((await db.rows(registry.ingestTableCount('gemeinden')))[0].n).toBeGreaterThan(600);
		// the SQL console reads the same table with quoted identifiers
		const c = await db.openConsole();
		const r = await c.run(`SELECT "select", "from" FROM "${table}" WHERE "order" = 'desc'`);
		expect(r.rows).toEqual([{ select: 2, from: 'from' }]);
	});

	it('raw names (project files keep them) are quoted everywhere: replace, count, rows, hash, drop', async () => {
		const db = await testDb();
		const table = 'we"ird; DROP TABLE gemeinden; --';
		const col = 'sp"alte; select';
		await db.replaceTable(
			table,
			rowsToIpc(
				[
					{ name: col, type: 'text' },
					{ name: 'from', type: 'int' }
				],
				[
					{ [col]: "'; DROP TABLE x; --", from: 1 },
					{ [col]: 'b', from: 2 }
				]
			)
		);
		expect((await db.rows(registry.ingestTableCount(table)))[0].n).toBe(2);
		expect(await db.rows(registry.ingestTableRows(table, 5))).toEqual([
			{ [col]: "'; DROP TABLE x; --", from: 1 },
			{ [col]: 'b', from: 2 }
		]);
		expect((await db.rows(registry.ingestTableHash(table)))[0].n).toBe(2);
		await db.rows(registry.ingestDropTable(table));
		await expect(db.rows(registry.ingestTableCount(table))).rejects.toThrow();
		expect((await db.rows(registry.ingestTableCount('gemeinden')))[0].n).toBeGreaterThan(600);
	});
});
