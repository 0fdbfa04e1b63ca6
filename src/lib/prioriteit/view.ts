// Owns: what the page of one GGU priority shows, from a dataset: its standards (the list rows),
// the scores over that priority's standards with the default method (computeOverview with scope
// { prioriteit }) — their distribution and groups at the latest peildatum, for the map — and the
// trend of the mean score, beside the mean over all standards. At build time and in the browser.
import type { Priority } from '../data/schema';
import type { Db } from '../maturity/dataset';
import { DEFAULT_METHOD, type Boundaries, type Group } from '../maturity/methods';
import { computeOverview, type Overview } from '../maturity/overview';
import type { StandardRow, StandardsList } from '../standaarden/view';

export interface TrendRow {
	peildatum: string;
	/** Mean and median score (0–1) over this priority's standards; null before any was available. */
	mean: number | null;
	median: number | null;
	/** Mean score over all standards. */
	meanAll: number | null;
	n: number;
}

export interface PriorityView {
	prioriteit: Priority;
	peildata: string[];
	/** The latest peildatum with scores for this priority. */
	latest: string | null;
	/** The municipalities with a score then, their score (5 decimals) and group (k/p/a). */
	codes: string[];
	score: number[];
	group: string;
	boundaries: Boundaries | null;
	trend: TrendRow[];
	standards: StandardRow[];
}

const G2L: Record<Group, string> = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' };
const L2G: Record<string, Group> = { k: 'kopgroep', p: 'peloton', a: 'achterhoede' };
export const groupOfLetter = (c: string | undefined): Group | null => (c ? (L2G[c] ?? null) : null);

/**
 * The view of priority `n`. `codes`: every municipality of the dataset (any date); `all`: the
 * default overview over all standards (its means make the comparison line); `list`: the standards.
 */
export async function priorityView(db: Db, n: Priority, ctx: { codes: string[]; all: Overview; list: StandardsList }): Promise<PriorityView> {
	const o = await computeOverview(db, { scope: { prioriteit: n }, method: DEFAULT_METHOD, codes: ctx.codes });
	let p = o.peildata.length - 1;
	while (p >= 0 && !o.stats[p]) p--;
	const keep = p < 0 ? [] : o.codes.map((c, i) => ({ c, i })).filter(({ i }) => o.score[p][i] !== null);
	const allMean = new Map(ctx.all.peildata.map((pd, i) => [pd, ctx.all.stats[i]?.mean ?? null]));
	return {
		prioriteit: n,
		peildata: o.peildata,
		latest: p < 0 ? null : o.peildata[p],
		codes: keep.map((k) => k.c),
		score: keep.map((k) => Math.round(o.score[p][k.i]! * 1e5) / 1e5),
		group: keep.map((k) => G2L[o.group[p][k.i]!]).join(''),
		boundaries: p < 0 ? null : o.boundaries[p],
		trend: o.peildata.map((pd, i) => ({ peildatum: pd, mean: o.stats[i]?.mean ?? null, median: o.stats[i]?.median ?? null, meanAll: allMean.get(pd) ?? null, n: o.stats[i]?.n ?? 0 })),
		standards: ctx.list.rows.filter((r) => r.prioriteit === n)
	};
}
