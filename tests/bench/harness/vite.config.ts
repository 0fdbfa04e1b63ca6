// Builds the benchmark harness (tests/bench/harness) into tests/bench/results/harness.
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
	root: import.meta.dirname,
	base: '/harness/',
	logLevel: 'warn',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { outDir: path.resolve(import.meta.dirname, '../results/harness'), emptyOutDir: true, target: 'es2022' }
});
