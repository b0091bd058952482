import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import { sql } from '../../../src/lib/db/sql';
import { rowsToIpc } from '../../../src/lib/data/arrow';

const byId = sql<{ id: number; name: string }, [number]>(
	['t'],
	'SELECT id, name FROM t WHERE id >= $1 ORDER BY id'
);

describe('prepared statements are reused by SQL text and never serve stale tables', () => {
	it('repeated values and a replaced table', async () => {
		const db = await openNodeDb();
		const ipc = (names: string[]) =>
			rowsToIpc(
				[
					{ name: 'id', type: 'int' },
					{ name: 'name', type: 'text' }
				],
				names.map((name, i) => ({ id: i, name }))
			);
		await db.replaceTable('t', ipc(['a', 'b', 'c']));
		expect(await db.rows(byId, [1])).toEqual([
			{ id: 1, name: 'b' },
			{ id: 2, name: 'c' }
		]);
		expect(await db.rows(byId, [2])).toEqual([{ id: 2, name: 'c' }]);
		await db.replaceTable('t', ipc(['x', 'y']));
		expect(await db.rows(byId, [0])).toEqual([
			{ id: 0, name: 'x' },
			{ id: 1, name: 'y' }
		]);
		await db.rows(sql<never>([], "CREATE OR REPLACE TABLE t AS SELECT 7 AS id, 'z' AS name"));
		expect(await db.rows(byId, [0])).toEqual([{ id: 7, name: 'z' }]);
	});

	it('a failing statement leaves the cache usable', async () => {
		const db = await openNodeDb();
		const bad = sql<{ x: number }, [string]>([], 'SELECT CAST($1 AS INTEGER) AS x');
		await expect(db.rows(bad, ['keine Zahl'])).rejects.toThrow();
		expect(await db.rows(bad, ['41'])).toEqual([{ x: 41 }]);
	});
});
