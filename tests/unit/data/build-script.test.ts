import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const RAW = resolve('../shared/data/raw');
const hasRaw = existsSync(RAW);
const work = mkdtempSync(join(tmpdir(), 'atlas-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(raw: string, out: string) {
	return spawnSync('npx', ['tsx', 'scripts/data/build.ts', '--raw', raw, '--out', out], {
		encoding: 'utf8',
		timeout: 60_000
	});
}

const files = (dir: string) =>
	readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => e.name);

function snapshot(dir: string) {
	return Object.fromEntries(
		files(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')])
	);
}

describe.skipIf(!hasRaw)('npm run data', () => {
	it('reproduces the committed data/ byte for byte', () => {
		const out = join(work, 'fresh');
		const r = run(RAW, out);
		expect(r.status, r.stderr).toBe(0);
		for (const f of files(out)) {
			expect(readFileSync(join(out, f)).equals(readFileSync(join('data', f))), f).toBe(true);
		}
	});

	it('a truncated raw file: exits non-zero naming file and line, leaves data/ unchanged', () => {
		const raw = join(work, 'raw-truncated');
		cpSync(RAW, raw, { recursive: true });
		const file = join(raw, 'th_gemeinden_gv100_2025-11-30.csv');
		const text = readFileSync(file, 'utf8');
		writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
		const out = join(work, 'out-truncated');
		cpSync('data', out, { recursive: true, filter: (src) => !src.includes('generated') });
		const before = snapshot(out);
		const r = run(raw, out);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/th_gemeinden_gv100_2025-11-30\.csv, Zeile \d+/);
		expect(snapshot(out)).toEqual(before);
	});

	it('a missing raw file: exits non-zero naming the file', () => {
		const raw = join(work, 'raw-missing');
		cpSync(RAW, raw, { recursive: true });
		rmSync(join(raw, 'th_planungsregionen.csv'));
		const r = run(raw, join(work, 'out-missing'));
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain('th_planungsregionen.csv: Datei fehlt');
	});
});
