import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arqueroEngine } from '../../src/lib/bench/arquero';
import { diffFigures, filterStates, oursFigures, selectionOf } from '../../src/lib/bench/peers';
import { emptyKatasterFilter } from '../../src/lib/kataster/queries';
import { registry } from '../../src/lib/db/registry';
import { openNodeDb } from '../../src/lib/db/node';
import { FACET_DIMS } from '../../src/lib/kataster/data.svelte';

// db.arrow gives the CJS build's table in Node: its own tableToIPC
const { tableToIPC } = createRequire(import.meta.url)(
	'apache-arrow'
) as typeof import('apache-arrow');

describe('benchmark peers', () => {
	it('Arquero gives the Kataster view’s figures for every filter change of the benchmark', async () => {
		const bytes = new Uint8Array(readFileSync('data/kataster_beispiel.arrow'));
		const db = await openNodeDb({ tables: { kataster: bytes } });
		await db.ensureTables(['kataster']);
		await db.rows(registry.katasterPrepare);
		await db.rows(registry.katasterCube);
		const jahr = (await db.arrow(registry.benchJahr)) as Table;
		const arquero = arqueroEngine(tableToIPC(jahr, 'stream'), FACET_DIMS);
		expect(arquero.numRows).toBe(jahr.numRows);
		const states = filterStates(emptyKatasterFilter());
		expect(states).toHaveLength(20);
		for (const { f } of [{ f: emptyKatasterFilter() }, ...states]) {
			const ours = await oursFigures(db, FACET_DIMS, f);
			expect(ours.total.n).toBeGreaterThan(0);
			expect(diffFigures(ours, arquero.run(selectionOf(f)))).toBeNull();
		}
		const other = { ...emptyKatasterFilter(), nutzung: ['Einzelhandel'] };
		expect(
			diffFigures(
				await oursFigures(db, FACET_DIMS, other),
				arquero.run(selectionOf(emptyKatasterFilter()))
			)
		).not.toBeNull();
	}, 180_000);
});
