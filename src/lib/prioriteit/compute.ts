// Owns: the page of one GGU priority (view.ts) computed from a loaded dataset: the scores over
// that priority's standards with the default method (computeOverview with scope { prioriteit }),
// at build time (prerender) and in the browser's engine for a delivery's preview.
import type { Priority } from '../data/schema';
import type { Db } from '../maturity/dataset';
import { computeOverview } from '../maturity/compute-overview';
import { DEFAULT_METHOD } from '../maturity/methods';
import type { Overview } from '../maturity/overview';
import type { StandardsList } from '../standaarden/view';
import { G2L, type PriorityView } from './view';

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
