// Vite configuration. Unit tests (Vitest) live in tests/unit and run in Node without a browser;
// the end-to-end suite has its own config, tests/e2e/vitest.config.ts (npm run test:e2e).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { pruneNldsCss } from './scripts/prune-nlds-css.js';

export default defineConfig({
	plugins: [sveltekit()],
	// The NL Design System CSS without the variants this site never uses (scripts/prune-nlds-css.js),
	// small enough to be inlined into each page like the rest of the CSS (svelte.config.js).
	css: { postcss: { plugins: [pruneNldsCss()] } },
	// DuckDB-wasm is only ever loaded in the browser through a dynamic import (see
	// src/lib/maturity/worker-engine.ts); keep Vite's dep optimiser away from it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// SOURCEMAP=1 npm run build: source maps for profiling the built site (names in a CPU profile).
	// No <link rel=modulepreload> for a page's JavaScript, added while it hydrates either (issue 12,
	// measured): Vite's preload helper appended one per chunk during hydration, 35–50 ms of main
	// thread (4× that on a phone), and the browser then fetched and compiled them all up front.
	// The browser still loads each page's modules as one import graph; stylesheets are unaffected
	// (Vite keeps loading a chunk's CSS, which resolveDependencies is not asked about).
	build: { sourcemap: process.env.SOURCEMAP === '1', modulePreload: { polyfill: false, resolveDependencies: () => [] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Hooks start a DuckDB engine; on a busy 2-core machine that can take well over the 10 s default.
		hookTimeout: 120_000
	}
});
