/**
 * `npm run datenstand -- pruefen <datei>`: checks a Datenstand file in Node (format, hashes, tables,
 * row counts, no object data unless flagged) and prints a German summary. Exit code 0 = in order,
 * 1 = the file is not usable, 2 = wrong call or file not readable.
 * `npm run datenstand -- kopieren [ziel]` (after `vite build`): copies `datenstand/*.atlas` of the
 * repository into the build, after checking each; a broken file stops the build.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkDatenstand } from './check';

const USAGE =
	'Aufruf: npm run datenstand -- pruefen <datei.atlas>\n       npm run datenstand -- kopieren [build-Verzeichnis]';

export function main(args: string[], out: (s: string) => void = console.log): Promise<number> {
	const [cmd, ...rest] = args;
	if (cmd === 'pruefen') return pruefen(rest, out);
	if (cmd === 'kopieren') return kopieren(rest, out);
	out(USAGE);
	return Promise.resolve(2);
}

async function pruefen(files: string[], out: (s: string) => void): Promise<number> {
	if (files.length !== 1) {
		out(USAGE);
		return 2;
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(files[0]);
	} catch (e) {
		out(
			`Die Datei „${files[0]}“ kann nicht gelesen werden (${(e as NodeJS.ErrnoException).code ?? String(e)}).`
		);
		return 2;
	}
	const r = await checkDatenstand(basename(files[0]), bytes);
	out(r.text);
	return r.ok ? 0 : 1;
}

async function kopieren(rest: string[], out: (s: string) => void): Promise<number> {
	const suffix = process.env.ATLAS_BUILD ? `-${process.env.ATLAS_BUILD}` : '';
	const target = join(rest[0] ?? `build${suffix}`, 'datenstand');
	const files = existsSync('datenstand')
		? readdirSync('datenstand').filter((f) => f.endsWith('.atlas'))
		: [];
	if (!files.length) return 0;
	for (const f of files) {
		const r = await checkDatenstand(f, readFileSync(join('datenstand', f)));
		if (!r.ok) {
			out(r.text);
			return 1;
		}
	}
	mkdirSync(target, { recursive: true });
	for (const f of files) copyFileSync(join('datenstand', f), join(target, f));
	out(`Datenstand kopiert nach ${target}: ${files.join(', ')}`);
	return 0;
}

if (process.argv[1] && /cli\.ts$/.test(process.argv[1]))
	main(process.argv.slice(2)).then((code) => process.exit(code));
