// Owns: the Engine implementation for Node (prerender at build time, Vitest, benchmarks).
// It runs duckdb-wasm's own Node build (blocking API), i.e. the same DuckDB version and the
// same wasm binary as the browser, so the same SQL gives identical results in both places.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Engine, Value } from './engine';
import { arrowToRows, insertTarget } from './engine';

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

export async function createNodeEngine(): Promise<Engine> {
	const require = createRequire(import.meta.url);
	const duckdb: Blocking = require('@duckdb/duckdb-wasm/blocking');
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => {});
	const conn = db.connect();
	return {
		async query<T>(sql: string, params: Value[] = []): Promise<T[]> {
			if (params.length === 0) return arrowToRows<T>(conn.query(sql));
			const stmt = conn.prepare(sql);
			try {
				return arrowToRows<T>(stmt.query(...params));
			} finally {
				stmt.close();
			}
		},
		async exec(sql: string): Promise<void> {
			conn.query(sql);
		},
		async registerText(name: string, text: string): Promise<void> {
			db.registerFileText(name, text);
		},
		async registerBuffer(name: string, bytes: Uint8Array): Promise<void> {
			db.registerFileBuffer(name, bytes);
		},
		async insertArrow(table: string, ipc: Uint8Array): Promise<void> {
			conn.insertArrowFromIPCStream(ipc, { ...insertTarget(table), create: true });
		},
		async close(): Promise<void> {
			conn.close();
			db.reset();
		}
	};
}
