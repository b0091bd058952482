import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');
/** The engine folders and the only folders of src/lib each may import (never a feature). */
const ENGINE: Record<string, readonly string[]> = {
	data: [],
	store: ['data'],
	db: ['data', 'store'],
	format: []
};

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return files(p);
		return /\.(ts|js|svelte)$/.test(f) ? [p] : [];
	});
}

/** Every module specifier of a file: static imports and exports, `import('…')`, `import.meta.glob`. */
function specifiers(text: string): string[] {
	const out: string[] = [];
	const re =
		/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|import\.meta\.glob(?:<[^>]*>)?\(\s*)['"]([^'"]+)['"]/g;
	for (const m of text.matchAll(re)) out.push(m[1]);
	return out;
}

/** The src/lib folder a specifier points into, or null (package, route, same file tree root). */
function folderOf(spec: string, from: string): string | null {
	let target: string;
	if (spec.startsWith('$lib/')) target = join(LIB, spec.slice(5));
	else if (spec.startsWith('.')) target = resolve(dirname(from), spec);
	else return null;
	const rel = relative(LIB, target);
	if (rel.startsWith('..')) return null;
	const top = rel.split(/[\\/]/)[0];
	return top && !top.includes('*') && !/\.(ts|js|svelte)$/.test(top) ? top : null;
}

function graph(): Map<string, Map<string, string>> {
	const g = new Map<string, Map<string, string>>();
	for (const file of files(LIB)) {
		const own = relative(LIB, file).split(/[\\/]/)[0];
		if (own === relative(LIB, file)) continue;
		const text = readFileSync(file, 'utf8');
		for (const spec of specifiers(text)) {
			const to = folderOf(spec, file);
			if (!to || to === own) continue;
			if (!g.has(own)) g.set(own, new Map());
			if (!g.get(own)!.has(to)) g.get(own)!.set(to, `${relative('.', file)} → ${spec}`);
		}
	}
	return g;
}

/** One cycle per strongly connected component with more than one folder (Tarjan). */
function cycles(g: Map<string, Map<string, string>>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const out: string[][] = [];
	let i = 0;
	const visit = (v: string) => {
		index.set(v, i);
		low.set(v, i++);
		stack.push(v);
		for (const w of g.get(v)?.keys() ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const scc: string[] = [];
			let w: string;
			do scc.push((w = stack.pop()!));
			while (w !== v);
			if (scc.length > 1) out.push(scc.sort());
		}
	};
	for (const v of g.keys()) if (!index.has(v)) visit(v);
	return out;
}

describe('folders of src/lib', () => {
	const g = graph();

	it('import one another without a cycle', () => {
		const found = cycles(g).map((scc) =>
			scc
				.flatMap((a) =>
					[...(g.get(a) ?? [])].filter(([b]) => scc.includes(b)).map(([, where]) => where)
				)
				.join('\n')
		);
		expect(found, found.join('\n\n')).toEqual([]);
	});

	it('the engine (db, store, data, format) imports no feature', () => {
		for (const [engine, allowed] of Object.entries(ENGINE)) {
			const bad = [...(g.get(engine) ?? [])].filter(([to]) => !allowed.includes(to));
			expect(
				bad.map(([, where]) => where),
				engine
			).toEqual([]);
		}
	});

	it('sees the imports it checks (the graph is not empty)', () => {
		expect(g.get('kataster')?.has('db')).toBe(true);
		expect(
			cycles(
				new Map([
					['a', new Map([['b', '']])],
					['b', new Map([['a', '']])]
				])
			)
		).toEqual([['a', 'b']]);
	});
});

describe('the code base as a newcomer reads it', () => {
	const svelte = [...files(resolve('src/lib')), ...files(resolve('src/routes'))].filter((f) =>
		f.endsWith('.svelte')
	);

	it('keeps every component at most 200 lines', () => {
		const long = svelte
			.map(
				(f) => [relative(resolve('.'), f), readFileSync(f, 'utf8').split('\n').length - 1] as const
			)
			.filter(([, n]) => n > 200)
			.map(([f, n]) => `${f}: ${n}`);
		expect(svelte.length).toBeGreaterThan(50);
		expect(long).toEqual([]);
	});

	it('keeps view state in the URL through UrlState only (no hand-written history calls)', () => {
		const hand = [...files(resolve('src/lib')), ...files(resolve('src/routes'))]
			.filter((f) => f !== resolve('src/lib/url/state.svelte.ts'))
			.filter((f) =>
				/\breplaceState\b|history\.(replace|push)State|\bpushState\b|\bgoto\(\s*`/.test(
					readFileSync(f, 'utf8')
				)
			)
			.map((f) => relative(resolve('.'), f));
		expect(hand).toEqual([]);
	});
});

describe('src holds no code only the tests use', () => {
	it('every exported function, class and constant of src/lib is used by the app or a script', () => {
		const app = [...files(resolve('src')), ...files(resolve('scripts'))];
		const text = new Map(app.map((f) => [f, readFileSync(f, 'utf8')]));
		const unused: string[] = [];
		for (const f of files(resolve('src/lib')).filter((f) => f.endsWith('.ts'))) {
			const own = text.get(f)!;
			for (const [, name] of own.matchAll(/^export (?:async )?(?:function|const|class) (\w+)/gm)) {
				const word = new RegExp(`\\b${name}\\b`);
				const elsewhere = [...text].some(([g, t]) => g !== f && word.test(t));
				if (!elsewhere && own.split(word).length < 3)
					unused.push(`${relative(resolve('.'), f)}: ${name}`);
			}
		}
		expect(unused).toEqual([]);
	});
});
