// Benchmark harness (not part of the site): runs the site's own engine modules in the browser —
// the DuckDB-wasm worker engine, the Arrow loader, the scoring SQL and the grouping methods — on
// data served next to it, and leaves timings on window.__bench for tests/bench/run.ts to read.
// ?case=arrow|csv (example data, two load formats) or ?case=scale (the ~5M-row table).
import { RESOURCE_ORDER, resource } from '../../../src/lib/data/schema';
import { loadDataset, PUBLISHED_NS, type ArrowTables, type Db } from '../../../src/lib/maturity/dataset';
import { DEFAULT_METHODS } from '../../../src/lib/maturity/methods';
import { computeOverview } from '../../../src/lib/maturity/compute-overview';
import { gemeenten } from '../../../src/lib/maturity/queries';
import { createTablesSql, rawTable, sqlString } from '../../../src/lib/maturity/sql';
import { createWorkerEngine } from '../../../src/lib/maturity/worker-engine';

const params = new URLSearchParams(location.search);
const which = params.get('case') ?? 'arrow';
const base = params.get('data') ?? '/data/example/';
const runs = Number(params.get('runs') ?? 20);
const out: Record<string, unknown> = { case: which };
const w = window as unknown as { __bench?: Record<string, unknown>; __benchError?: string };

async function bytes(name: string): Promise<Uint8Array> {
	const r = await fetch(base + name);
	if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
	return new Uint8Array(await r.arrayBuffer());
}

function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

async function main() {
	const t0 = performance.now();
	const engine = await createWorkerEngine();
	out.engineReadyMs = performance.now(); // since navigation start
	out.engineInitMs = performance.now() - t0;

	const tLoad = performance.now();
	let db: Db;
	if (which === 'csv') {
		// The CSV route: DuckDB's own reader over the published CSVs, then the same typed tables.
		for (const name of RESOURCE_ORDER) {
			await engine.registerBuffer(`${name}.csv`, await bytes(`${name}.csv`));
			const cols = resource(name)
				.schema.fields.map((f) => `${sqlString(f.name)}: 'VARCHAR'`)
				.join(', ');
			await engine.exec(`CREATE OR REPLACE TABLE ${rawTable(PUBLISHED_NS, name)} AS SELECT * FROM read_csv(${sqlString(`${name}.csv`)}, header = true, auto_detect = false, columns = {${cols}})`);
		}
		for (const s of createTablesSql(PUBLISHED_NS, RESOURCE_ORDER)) await engine.exec(s);
		db = { engine, ns: PUBLISHED_NS };
	} else {
		const files = await Promise.all(RESOURCE_ORDER.map((n) => bytes(`${n}.arrow`)));
		out.bytes = files.reduce((a, f) => a + f.byteLength, 0);
		db = await loadDataset(engine, Object.fromEntries(RESOURCE_ORDER.map((n, i) => [n, files[i]])) as ArrowTables);
	}
	out.loadMs = performance.now() - tLoad;
	const [{ n }] = await engine.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM adoptie');
	out.adoptieRows = n;
	const codes = (await gemeenten(db)).map((g) => g.gemeentecode);

	const tFirst = performance.now();
	const first = await computeOverview(db, { method: DEFAULT_METHODS.rogers, codes });
	out.firstResultMs = performance.now() - tFirst; // includes materialising the scores table
	out.firstResultSinceNavigationMs = performance.now();
	out.peildata = first.peildata.length;

	const regroup: Record<string, { p50: number; p95: number; runs: number }> = {};
	for (const m of Object.values(DEFAULT_METHODS)) {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t = performance.now();
			await computeOverview(db, { method: m, codes });
			times.push(performance.now() - t);
		}
		regroup[m.kind] = { p50: pct(times, 0.5), p95: pct(times, 0.95), runs };
	}
	out.regroupAllPeildataMs = regroup;
	const [mem] = await engine.query<{ bytes: number }>('SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()');
	out.duckdbMemoryBytes = mem.bytes;
	const perfMem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
	out.mainJsHeapBytes = perfMem?.usedJSHeapSize ?? null;
	w.__bench = out;
	document.getElementById('out')!.textContent = JSON.stringify(out, null, 2);
}

main().catch((e: unknown) => {
	w.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
	document.getElementById('out')!.textContent = w.__benchError;
});
