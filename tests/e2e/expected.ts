// Independent expectations for the browser tests: the same engine and SQL, run here in Node on the
// published data, so every number the site shows can be checked against a fresh computation.
import { readPublished, toArrowTables, type Tables } from '../../src/lib/data/published.server';
import type { Gemeente } from '../../src/lib/data/schema';
import { loadDataset } from '../../src/lib/maturity/dataset';
import type { Engine } from '../../src/lib/maturity/engine';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_METHODS, type Method } from '../../src/lib/maturity/methods';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import { computeOverview, type Overview } from '../../src/lib/maturity/overview';
import { SELECT_GEMEENTEN_SQL } from '../../src/lib/maturity/sql';

export interface Expected {
	engine: Engine;
	tables: Tables;
	gemeenten: Gemeente[];
	codes: string[];
	overview(method: Method, prioriteit?: number | null): Promise<Overview>;
	close(): Promise<void>;
}

export async function expected(): Promise<Expected> {
	const tables = readPublished();
	const engine = await createNodeEngine();
	await loadDataset(engine, toArrowTables(tables));
	const gemeenten = await engine.query<Gemeente>(SELECT_GEMEENTEN_SQL);
	const codes = gemeenten.map((g) => g.gemeentecode);
	return {
		engine,
		tables,
		gemeenten,
		codes,
		overview: (method, prioriteit = null) => computeOverview(engine, { method, codes, scope: { prioriteit } }),
		close: () => engine.close()
	};
}

/** A 0–1 score as the Dutch UI shows it (0–100, one decimal, decimal comma). */
export function nlScore(x: number | null): string {
	return x === null ? '–' : new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100);
}

/** For a test file: the expectations and the default overview, made before and closed after all tests. */
export function useExpected(ready: (exp: Expected, overview: Overview) => void): void {
	let exp: Expected | undefined;
	beforeAll(async () => {
		exp = await expected();
		ready(exp, await exp.overview(DEFAULT_METHODS.rogers));
	});
	afterAll(async () => exp?.close());
}
