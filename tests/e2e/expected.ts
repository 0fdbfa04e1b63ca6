// Independent expectations for the browser tests: the same engine and SQL, run here in Node on the
// published data, so every number the site shows can be checked against a fresh computation.
import { readPublished, toArrowTables, type Tables } from '../../src/lib/data/published.server';
import type { Gemeente } from '../../src/lib/data/schema';
import { loadDataset, type Db } from '../../src/lib/maturity/dataset';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_METHODS, type Method } from '../../src/lib/maturity/methods';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import { type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { gemeenten as gemeentenOf } from '../../src/lib/maturity/queries';

export interface Expected {
	db: Db;
	tables: Tables;
	gemeenten: Gemeente[];
	codes: string[];
	overview(method: Method, prioriteit?: number | null): Promise<Overview>;
	/** The default view on today's municipalities, history re-based. */
	rebased(): Promise<Overview>;
	close(): Promise<void>;
}

export async function expected(): Promise<Expected> {
	const tables = readPublished();
	const db = await loadDataset(await createNodeEngine(), toArrowTables(tables));
	const gemeenten = await gemeentenOf(db);
	const codes = gemeenten.map((g) => g.gemeentecode);
	return {
		db,
		tables,
		gemeenten,
		codes,
		overview: (method, prioriteit = null) => computeOverview(db, { method, codes, scope: { prioriteit } }),
		rebased: () =>
			computeOverview(db, { method: DEFAULT_METHODS.rogers, codes: gemeenten.filter((g) => g.geldig_tot === null).map((g) => g.gemeentecode), division: 'huidig' }),
		close: () => db.engine.close()
	};
}

/** A 0–1 score as the Dutch UI shows it (0–100, one decimal, decimal comma). */
export function nlScore(x: number | null): string {
	return x === null ? '–' : new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100);
}

/** For a test file: the expectations and the default overview, made before all tests (read them inside a test) and closed after. */
export function useExpected(): { readonly exp: Expected; readonly overview: Overview } {
	const ready = {} as { exp: Expected; overview: Overview };
	beforeAll(async () => {
		ready.exp = await expected();
		ready.overview = await ready.exp.overview(DEFAULT_METHODS.rogers);
	});
	afterAll(async () => ready.exp?.close());
	return ready;
}
