// Owns: the method applied to one municipality's hypothetical statuses ("wat als…"), without the
// engine: its new score, and its group, rank and percentile among everyone else's published
// figures of that peildatum. Pure TypeScript over results of the SQL (statuses with weights,
// every municipality's score), computed exactly as sql.ts and methods.ts do:
//   score      = round(Σ weight × status value / Σ weight over the standards available, 9 decimals)
//   statistics = n, mean and population SD of all scores of the peildatum, with this one's
//                replaced (so the group boundaries move with it, as a recomputation would);
//   group      = assignGroup(score, boundaries(method, statistics));
//   rank       = 1 + the number of others scoring strictly higher (SQL rank() … DESC);
//   percentile = 100 × share of the others scoring strictly lower (SQL percent_rank()).
// tests/unit/whatif.test.ts runs many random plans through the SQL (the plan applied to the
// adoption rows, everything recomputed by computeOverview) and checks that these are identical.
import type { Status } from '../data/schema';
import { liftToNextGroup, type Lift, type StandardStatus } from './explain';
import { assignGroup, boundaries, DEFAULT_METHOD, roundScore, type Boundaries, type Group, type Method, type Stats } from './methods';
import type { Overview } from './overview';
import type { CellStatus } from './queries';
import { STATUS_VALUES } from './scoring';

/** One standard available at the peildatum, with its weight and the municipality's status. */
export interface StandardAt {
	standaard_id: string;
	gewicht: number;
	status: CellStatus;
}

/** Everyone's published scores at one peildatum (null: no figures then). */
export interface ScoreField {
	peildatum: string;
	codes: readonly string[];
	scores: readonly (number | null)[];
}

export interface WhatIf {
	score: number;
	group: Group;
	rank: number;
	/** Municipalities with a score at the peildatum (this one included). */
	n: number;
	/** 0–100: share of the other municipalities scoring strictly lower. */
	percentile: number;
	stats: Stats;
	boundaries: Boundaries;
	/** Distance to the next group up and the fewest standards that would get there (boundaries held). */
	lift: Lift;
}

/** The value the method gives a status (a missing row counts as 0). */
export function statusValue(s: CellStatus): number {
	return s === 'ontbreekt' ? 0 : STATUS_VALUES[s];
}

/** The standards with the plan's statuses applied (a plan may only name standards available then). */
export function applyChanges(standards: readonly StandardAt[], changes: ReadonlyMap<string, Status>): StandardAt[] {
	return standards.map((s) => {
		const to = changes.get(s.standaard_id);
		return to ? { ...s, status: to } : s;
	});
}

/** The score of a set of statuses: Σ weight × value / Σ weight, at the method's 9 decimals. */
export function scoreOf(standards: readonly StandardAt[]): number {
	let wv = 0;
	let w = 0;
	for (const s of standards) {
		wv += s.gewicht * statusValue(s.status);
		w += s.gewicht;
	}
	return roundScore(w > 0 ? wv / w : 0);
}

/** One peildatum of an overview (or of the prerendered scores file) as a score field. */
export function fieldOf(o: Pick<Overview, 'codes' | 'peildata' | 'score'>, peildatum: string): ScoreField | null {
	const p = o.peildata.indexOf(peildatum);
	if (p < 0 || o.score[p]?.length !== o.codes.length) return null;
	return { peildatum, codes: o.codes, scores: o.score[p] };
}

/** Linear-interpolation quantile of sorted values (DuckDB quantile_cont). */
function quantile(sorted: readonly number[], q: number): number {
	const pos = q * (sorted.length - 1);
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The statistics selectStatsSql computes, over given scores. */
export function statsOf(peildatum: string, scores: readonly number[], levels: readonly [number, number] = [0.15, 0.85]): Stats {
	const n = scores.length;
	const sorted = [...scores].sort((a, b) => a - b);
	let sum = 0;
	for (const x of scores) sum += x;
	const mean = sum / n;
	let ss = 0;
	for (const x of scores) ss += (x - mean) ** 2;
	return {
		peildatum,
		n,
		mean,
		sd: n > 0 ? Math.sqrt(ss / n) : 0,
		min: sorted[0],
		max: sorted[n - 1],
		q_low: quantile(sorted, levels[0]),
		q_high: quantile(sorted, levels[1]),
		median: quantile(sorted, 0.5)
	};
}

/**
 * The municipality `code` with these statuses (all standards available at the field's peildatum),
 * among everyone else's published scores of that peildatum.
 */
export function whatIf(code: string, standards: readonly StandardAt[], field: ScoreField, method: Method = DEFAULT_METHOD): WhatIf {
	const score = scoreOf(standards);
	const others: number[] = [];
	field.codes.forEach((c, i) => {
		const s = field.scores[i];
		if (c !== code && s !== null && s !== undefined) others.push(s);
	});
	const all = [...others, score];
	const levels: [number, number] = method.kind === 'quantiles' ? [method.low, 1 - method.high] : [0.15, 0.85];
	const stats = statsOf(field.peildatum, all, levels);
	const b = boundaries(method, stats, all);
	let higher = 0;
	let lower = 0;
	for (const s of others) {
		if (s > score) higher++;
		else if (s < score) lower++;
	}
	const total = standards.reduce((a, s) => a + s.gewicht, 0);
	const statuses: StandardStatus[] = standards.map((s) => ({
		standaard_id: s.standaard_id,
		gewicht: s.gewicht,
		waarde: statusValue(s.status),
		status: s.status,
		gain: total > 0 ? (s.gewicht * (1 - statusValue(s.status))) / total : 0
	}));
	return {
		score,
		group: assignGroup(score, b),
		rank: higher + 1,
		n: all.length,
		percentile: others.length ? Math.round(100 * (lower / others.length) * 1e6) / 1e6 : 0,
		stats,
		boundaries: b,
		lift: liftToNextGroup(score, b, statuses)
	};
}
