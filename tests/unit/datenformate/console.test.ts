import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import { registry } from '../../../src/lib/db/registry';
import { rowsToIpc } from '../../../src/lib/ingest/arrow';

const dbP = openNodeDb();

describe('SQL console (own connection, read-only, configuration locked)', () => {
	it('reads every table the app has loaded; dates come back as ISO text', async () => {
		const db = await dbP;
		await db.ensureTables(['gemeinden']);
		await db.replaceTable(
			'konsole_test',
			rowsToIpc([{ name: 'a', type: 'int' }], [{ a: 1 }, { a: 2 }])
		);
		const c = await db.openConsole();
		const r = await c.run(
			"SELECT count(*)::INTEGER AS n, DATE '2025-03-31' AS stichtag FROM gemeinden;"
		);
		const [{ n }] = await db.rows(registry.ingestTableCount('gemeinden'));
		expect(r.columns).toEqual(['n', 'stichtag']);
		expect(r.rows).toEqual([{ n, stichtag: '2025-03-31' }]);
		expect((await c.run('-- Kommentar\nFROM konsole_test ORDER BY a')).rows).toEqual([
			{ a: 1 },
			{ a: 2 }
		]);
	});

	it('cannot switch extension loading back on – neither in the console nor anywhere else', async () => {
		const db = await dbP;
		const c = await db.openConsole();
		await expect(c.run('SET autoload_known_extensions=true')).rejects.toThrow(
			/nur lesende Abfragen/
		);
		expect(() => db.raw.query('SET autoload_known_extensions=true')).toThrow(
			/configuration has been locked/
		);
		const [{ value }] = (
			await c.run("SELECT current_setting('autoload_known_extensions') AS value")
		).rows;
		expect(value).toBe(false);
	});

	it('cannot read a URL or a local file: a German error with DuckDB’s text', async () => {
		const c = await (await dbP).openConsole();
		await expect(c.run("SELECT * FROM read_csv('http://example.org/a.csv')")).rejects.toThrow(
			/^Die Konsole liest keine Dateien und keine Adressen im Internet.*DuckDB meldet: .*Permission Error/
		);
		await expect(c.run("FROM read_csv('/etc/passwd')")).rejects.toThrow(/Permission Error/);
	});

	it('changes nothing: a write inside a read query fails in the read-only transaction; one statement per run', async () => {
		const db = await dbP;
		const c = await db.openConsole();
		const before = await db.rows(registry.ingestTableHash('konsole_test'));
		await expect(
			c.run('WITH x AS (SELECT 3 AS a) INSERT INTO konsole_test SELECT * FROM x')
		).rejects.toThrow(/^Die Konsole darf nur lesen, nichts ändern\. DuckDB meldet: .*read-only/);
		await expect(c.run('SELECT 1; DROP TABLE konsole_test')).rejects.toThrow(/nur eine Anweisung/);
		await expect(c.run('DROP TABLE konsole_test')).rejects.toThrow(/nur lesende Abfragen/);
		await expect(c.run('SELECT * FROM WHERE')).rejects.toThrow(
			/fehlerhaft geschrieben.*Parser Error/
		);
		expect(await db.rows(registry.ingestTableHash('konsole_test'))).toEqual(before);
		expect((await c.run('SELECT 42 AS x')).rows).toEqual([{ x: 42 }]);
	});

	it('the app’s own connection keeps working after the lock (lazy tables, replaceTable)', async () => {
		const db = await dbP;
		await db.openConsole();
		await db.replaceTable('konsole_test', rowsToIpc([{ name: 'a', type: 'int' }], [{ a: 7 }]));
		expect(await db.rows(registry.ingestTableCount('konsole_test'))).toEqual([{ n: 1 }]);
		expect((await db.rows(registry.ingestTableCount('kreise')))[0].n).toBeGreaterThan(0);
	});
});
