import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../../src/lib/db/registry';

function testSources(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return testSources(p);
		return f.endsWith('.test.ts') ? [readFileSync(p, 'utf8')] : [];
	});
}

describe('query registry', () => {
	const sources = [...testSources('tests/unit'), ...testSources('src')].join('\n');

	it.each(Object.keys(registry))('„%s“ is run by a unit test', (key) => {
		expect(sources.includes(`registry.${key}`), `no unit test uses registry.${key}`).toBe(true);
	});

	it('never interpolates values into SQL text', () => {
		for (const [key, q] of Object.entries(registry)) {
			if (typeof q === 'function') continue;
			expect(q.sql, key).not.toMatch(/\$\{/);
		}
	});
});
