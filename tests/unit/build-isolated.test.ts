import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const parent = mkdtempSync(join(tmpdir(), 'atlas-isolated-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('build', () => {
	it('succeeds from data/ alone, with no ../shared beside the project', () => {
		const repo = join(parent, 'repo');
		mkdirSync(repo);
		for (const f of [
			'src',
			'static',
			'data',
			'scripts',
			'svelte.config.js',
			'vite.config.ts',
			'package.json',
			'tsconfig.json'
		]) {
			cpSync(resolve(f), join(repo, f), { recursive: true });
		}
		symlinkSync(resolve('node_modules'), join(repo, 'node_modules'));
		expect(existsSync(join(parent, 'shared'))).toBe(false);
		const r = spawnSync('npx', ['vite', 'build'], {
			cwd: repo,
			encoding: 'utf8',
			timeout: 240_000,
			env: { ...process.env, ATLAS_BUILD: '' }
		});
		expect(r.status, r.stderr.slice(-2000)).toBe(0);
		expect(existsSync(join(repo, 'build', 'index.html'))).toBe(true);
		expect(existsSync(join(repo, 'build', 'orte', '16053000.html'))).toBe(true);
	}, 300_000);
});
