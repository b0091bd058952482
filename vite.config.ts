import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { precompressedPreview } from './scripts/build/precompress.js';
import { buildDir } from './svelte.config.js';

export default defineConfig({
	plugins: [sveltekit(), precompressedPreview(buildDir)],
	build: {
		// data files and wasm must stay separate, cacheable files of our origin
		assetsInlineLimit: 0,
		chunkSizeWarningLimit: 1500
	},
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/corpus/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30000,
		hookTimeout: 60000
	}
});
