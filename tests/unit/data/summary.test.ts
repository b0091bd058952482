import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';
import { testDb } from '../db/helpers';

const summary = JSON.parse(readFileSync('data/summary.json', 'utf8')) as {
	groessenklassen: { size_class: string; gemeinden: number; einwohner: number; staedte: number }[];
};

describe('summary.json', () => {
	it('the prerendered size-class figures equal what the browser’s query gives', async () => {
		const db = await testDb();
		const rows = await db.rows(registry.sizeClassCounts);
		const byKey = (xs: { size_class: string }[]) =>
			[...xs].sort((a, b) => a.size_class.localeCompare(b.size_class));
		expect(byKey(summary.groessenklassen.filter((c) => c.gemeinden > 0))).toEqual(
			byKey(rows.map((r) => ({ ...r })))
		);
	});
});
