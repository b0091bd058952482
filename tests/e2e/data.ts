import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';

const dir = join(process.cwd(), 'data');

/** Expected figures come from data/, never typed into tests. */
export function dataset<T = Record<string, unknown>>(name: string): T[] {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		datasets: { name: string; file: string }[];
	};
	const meta = manifest.datasets.find((d) => d.name === name);
	if (!meta) throw new Error(`no dataset ${name}`);
	return tableFromIPC(readFileSync(join(dir, meta.file)))
		.toArray()
		.map((r) => ({ ...r.toJSON() }) as T);
}

export const summary = () =>
	JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as {
		gemeinden: number;
		einwohner: number;
	};

export const deInt = (n: number) => new Intl.NumberFormat('de-DE').format(n);
