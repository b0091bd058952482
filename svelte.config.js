import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withPrecompression } from './scripts/build/precompress.js';

// ATLAS_BUILD=name builds into build-name/ and .svelte-kit-name/, so parallel e2e runs don't collide.
const suffix = process.env.ATLAS_BUILD ? `-${process.env.ATLAS_BUILD}` : '';
/** The static site (pages and assets), precompressed. */
export const buildDir = `build${suffix}`;

const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').replace(
	/\r\n/g,
	'\n'
);
/**
 * CSP hashes of the inline scripts in app.html (SvelteKit hashes only its own).
 * @type {`sha256-${string}`[]}
 */
const appHtmlScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, code]) =>
		/** @type {`sha256-${string}`} */ (
			`sha256-${createHash('sha256').update(code).digest('base64')}`
		)
);
if (appHtmlScripts.length !== appHtml.split('<script').length - 1)
	throw new Error(
		'src/app.html: every inline script must be a plain <script> (its CSP hash is computed here)'
	);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: `.svelte-kit${suffix}`,
		// a page's own small stylesheets travel in its HTML: no render-blocking request each (MapLibre's stays a file)
		inlineStyleThreshold: 8192,
		adapter: withPrecompression(
			adapter({ pages: buildDir, assets: buildDir, fallback: '404.html' }),
			buildDir
		),
		// data computed at build time and fetched by script only (no link leads there)
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/karte.json', '/kennzahlen.json']
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScripts],
				// SvelteKit and Svelte write style="…" attributes (page wrapper, route announcer, style: directives
				// in prerendered HTML); tested, see README "Sicherheit".
				'style-src': ['self', 'unsafe-inline'],
				// the one opt-in online basemap (off by default, src/lib/map/basemap.svelte.ts)
				'img-src': ['self', 'data:', 'blob:', 'https://sgx.geodatenzentrum.de'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'data:', 'blob:', 'https://sgx.geodatenzentrum.de'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
