// Owns: the one interface through which the app talks to DuckDB, whichever build runs it —
// duckdb-wasm's Node build at prerender time and in tests (node-engine.server.ts), or the
// browser build inside a Web Worker (worker-engine.ts). Both run the very same engine
// version and the very same SQL (sql.ts), so results cannot differ between build and browser.

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export interface Engine {
	/** Run one SQL statement with positional `?` parameters; rows come back as plain objects. */
	query<T = Row>(sql: string, params?: Value[]): Promise<T[]>;
	/** Run statements that return nothing (DDL); no parameters. */
	exec(sql: string): Promise<void>;
	/** Make text visible to SQL as a file named `name` (e.g. for read_csv). */
	registerText(name: string, text: string): Promise<void>;
	/** Make bytes visible to SQL as a file named `name`. */
	registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
	/** Insert an Arrow IPC stream as a new table; `table` may be schema-qualified ("levering.raw_adoptie"). */
	insertArrow(table: string, ipc: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

/**
 * Turn an Arrow result (duckdb-wasm returns apache-arrow Tables) into plain rows.
 * The SQL in sql.ts casts every output column to VARCHAR, INTEGER/BIGINT, DOUBLE or BOOLEAN;
 * BIGINTs arrive as bigint and are converted to number (all counts here are far below 2^53).
 */
export function arrowToRows<T>(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): T[] {
	const out: T[] = [];
	for (const r of table.toArray()) {
		const o = r.toJSON();
		for (const k in o) {
			const v = o[k];
			if (typeof v === 'bigint') o[k] = Number(v);
			else if (v !== null && typeof v === 'object') {
				throw new Error(`Column "${k}" came back as ${Object.prototype.toString.call(v)}; cast it in SQL to VARCHAR/DOUBLE/INTEGER`);
			}
		}
		out.push(o as T);
	}
	return out;
}

/** "schema.table" or "table" → duckdb-wasm's insert options. */
export function insertTarget(table: string): { schema: string; name: string } {
	const dot = table.indexOf('.');
	return dot < 0 ? { schema: 'main', name: table } : { schema: table.slice(0, dot), name: table.slice(dot + 1) };
}
