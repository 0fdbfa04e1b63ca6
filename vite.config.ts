// Vite configuration. Unit tests (Vitest) live in tests/unit and run in Node without a browser;
// the end-to-end suite has its own config, tests/e2e/vitest.config.ts (npm run test:e2e).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-wasm is only ever loaded in the browser through a dynamic import (see
	// src/lib/maturity/worker-engine.ts); keep Vite's dep optimiser away from it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// SOURCEMAP=1 npm run build: source maps for profiling the built site (names in a CPU profile).
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Hooks start a DuckDB engine; on a busy 2-core machine that can take well over the 10 s default.
		hookTimeout: 120_000
	}
});
