// Owns: the Engine implementation for the browser: duckdb-wasm running in a Web Worker, with
// its .wasm and worker files served by this site (bundled by Vite via `?url`; never a CDN).
// Import this module only with a dynamic import() in the browser, so DuckDB stays out of the
// prerender path and out of the first page load.
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Engine, Value } from './engine';
import { arrowToRows, insertTarget } from './engine';

/** The DuckDB build this browser runs (eh with WebAssembly exceptions, else mvp). */
function selectBundle(): Promise<duckdb.DuckDBBundle> {
	return duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
}

/** The engine files this browser would load (what "keep for offline use" stores). */
export async function engineFiles(): Promise<string[]> {
	const bundle = await selectBundle();
	return [bundle.mainModule, bundle.mainWorker!, ...(bundle.pthreadWorker ? [bundle.pthreadWorker] : [])];
}

/** Start DuckDB-wasm in a worker; `onProgress` hears the engine's download (bytes loaded, bytes total or 0). */
export async function createWorkerEngine(onProgress?: (loaded: number, total: number) => void): Promise<Engine> {
	const bundle = await selectBundle();
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => onProgress?.(p.bytesLoaded, p.bytesTotal));
	const conn = await db.connect();
	return {
		async query<T>(sql: string, params: Value[] = []): Promise<T[]> {
			if (params.length === 0) return arrowToRows<T>(await conn.query(sql));
			const stmt = await conn.prepare(sql);
			try {
				return arrowToRows<T>(await stmt.query(...params));
			} finally {
				await stmt.close();
			}
		},
		async exec(sql: string): Promise<void> {
			await conn.query(sql);
		},
		async registerText(name: string, text: string): Promise<void> {
			await db.registerFileText(name, text);
		},
		// duckdb-wasm *transfers* the buffers it is given to the worker, which detaches them here
		// (and it silently skips an empty stream). Callers keep their bytes — the preview loads the
		// same upload again after a diff — so the engine sends a copy.
		async registerBuffer(name: string, bytes: Uint8Array): Promise<void> {
			await db.registerFileBuffer(name, bytes.slice());
		},
		async insertArrow(table: string, ipc: Uint8Array): Promise<void> {
			if (ipc.byteLength === 0) throw new Error(`insertArrow(${table}): empty Arrow stream`);
			await conn.insertArrowFromIPCStream(ipc.slice(), { ...insertTarget(table), create: true });
		},
		async close(): Promise<void> {
			await conn.close();
			await db.terminate();
		}
	};
}
