import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';

export interface LighthouseRow {
	route: string;
	preset: 'mobile' | 'desktop';
	score: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	fcpMs: number;
}

/** The CLI as a child process; asynchronous, so that a server in this process keeps answering. */
function run(args: string[]): Promise<{ status: number | null; stderr: string }> {
	return new Promise((done) => {
		const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += String(d)));
		child.on('close', (status) => done({ status, stderr }));
	});
}

/**
 * Lighthouse 12.2.3 (devDependency; 13 needs Node 22) through its CLI with Debian's Chromium, performance
 * category only, default throttling of the preset (simulated for mobile).
 */
export async function lighthouse(
	base: string,
	routes: readonly string[]
): Promise<LighthouseRow[]> {
	const rows: LighthouseRow[] = [];
	const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
	try {
		for (const preset of ['mobile', 'desktop'] as const)
			for (const route of routes) {
				const out = join(dir, 'report.json');
				const r = await run([
					'lighthouse',
					base + route,
					'--only-categories=performance',
					'--output=json',
					`--output-path=${out}`,
					'--quiet',
					'--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
					...(preset === 'desktop' ? ['--preset=desktop'] : [])
				]);
				if (r.status !== 0) throw new Error(`lighthouse ${route}: ${r.stderr.slice(-500)}`);
				const lhr = JSON.parse(readFileSync(out, 'utf8'));
				const audit = (id: string) => lhr.audits[id]?.numericValue as number;
				rows.push({
					route,
					preset,
					score: Math.round(lhr.categories.performance.score * 100),
					lcpMs: audit('largest-contentful-paint'),
					tbtMs: audit('total-blocking-time'),
					cls: audit('cumulative-layout-shift'),
					fcpMs: audit('first-contentful-paint')
				});
				console.log(JSON.stringify(rows.at(-1)));
			}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}
