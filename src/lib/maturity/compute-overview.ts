// Owns: computing the national view (overview.ts) from a loaded dataset: the scores, ranks and
// percentiles by SQL, then each peildatum's boundaries and groups by the grouping method. The same
// code runs at build time (prerender) and in the browser's engine (loaded there on first need).
import { scoresTable, type Db } from './dataset';
import { assignGroup, boundaries, quantileLevels, type Method, type Stats } from './methods';
import type { Overview } from './overview';
import { scopeKey, type Division, type Scope } from './scoring';
import { selectPeildataSql, selectScoresSql, selectStatsSql } from './sql';

export interface ScoreRow {
	peildatum: string;
	gemeentecode: string;
	score: number;
	rang: number;
	n: number;
	percentiel: number;
	n_standaarden: number;
	n_ontbrekend: number;
}

export interface OverviewOptions {
	scope?: Scope;
	method: Method;
	/** Municipality codes defining the columns (e.g. all of gemeenten.csv, sorted; today's for `huidig`). */
	codes: string[];
	division?: Division;
}

export async function computeOverview(db: Db, opts: OverviewOptions): Promise<Overview> {
	const scope = opts.scope ?? {};
	const division = opts.division ?? 'peildatum';
	const table = await scoresTable(db, scope, division);
	const [rows, statRows, pds] = await Promise.all([
		db.engine.query<ScoreRow>(selectScoresSql(table)),
		db.engine.query<Stats>(selectStatsSql(table), quantileLevels(opts.method)),
		db.engine.query<{ peildatum: string }>(selectPeildataSql(db.ns))
	]);
	const peildata = pds.map((r) => r.peildatum);
	const statsBy = new Map(statRows.map((s) => [s.peildatum, s]));
	const stats = peildata.map((p) => statsBy.get(p) ?? null);
	const col = new Map(opts.codes.map((c, i) => [c, i]));
	const pdIndex = new Map(peildata.map((p, i) => [p, i]));
	const empty = <T>() => peildata.map(() => opts.codes.map(() => null as T | null));
	const score = empty<number>();
	const rank = empty<number>();
	const percentile = empty<number>();
	const missing = empty<number>();
	const unknown: string[] = [];
	for (const r of rows) {
		const i = col.get(r.gemeentecode);
		if (i === undefined) {
			unknown.push(r.gemeentecode);
			continue;
		}
		const p = pdIndex.get(r.peildatum)!;
		score[p][i] = r.score;
		rank[p][i] = r.rang;
		percentile[p][i] = r.percentiel;
		missing[p][i] = r.n_ontbrekend;
	}
	if (unknown.length) throw new Error(`Scores for municipalities outside the column list: ${[...new Set(unknown)].slice(0, 5).join(', ')}`);
	const bounds = stats.map((s, p) => (s ? boundaries(opts.method, s, score[p].filter((x): x is number => x !== null)) : null));
	const group = score.map((row, p) => row.map((x) => (x === null || !bounds[p] ? null : assignGroup(x, bounds[p]))));
	return { scope: scopeKey(scope), method: opts.method, division, codes: opts.codes, peildata, stats, boundaries: bounds, score, rank, percentile, group, missing };
}

