import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { buildReference } from '../../../src/lib/ingest/reference';
import type { GemeindeRef, SuccessorRef } from '../../../src/lib/ingest/types';

const root = process.cwd();

export const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(root, 'tests/fixtures', name)));

function dataset<T>(file: string): T[] {
	return tableFromIPC(readFileSync(join(root, 'data', file)))
		.toArray()
		.map((r) => ({ ...r.toJSON() }) as T);
}

/** Reference lists straight from data/ (the browser gets them through registry.ingestGemeinden/-Successors). */
export const reference = () =>
	buildReference(
		dataset<GemeindeRef>('gemeinden.arrow'),
		dataset<SuccessorRef>('gemeinden_2022_2025.arrow')
	);

export const changes = () => dataset<SuccessorRef>('gemeinden_2022_2025.arrow');
