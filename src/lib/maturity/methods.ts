// Owns: the grouping methods (kopgroep / peloton / achterhoede). Every method turns the score
// statistics of one peildatum into two boundaries; one rule then assigns groups:
//   kopgroep    score > upper
//   achterhoede score < lower
//   peloton     otherwise (a score exactly on a boundary belongs to the peloton).
// Scores and boundaries are compared at SCORE_DECIMALS decimals.
import { ckmeans } from 'simple-statistics';
import { SCORE_DECIMALS } from './scoring';

export type Group = 'kopgroep' | 'peloton' | 'achterhoede';
export const GROUPS: readonly Group[] = ['kopgroep', 'peloton', 'achterhoede'];

export type Method =
	| { kind: 'rogers'; k: number }
	| { kind: 'quantiles'; low: number; high: number }
	| { kind: 'thresholds'; low: number; high: number }
	| { kind: 'breaks' };

export type MethodKind = Method['kind'];

/** Defaults: Rogers ±1 SD (BRIEF); quantiles 15/70/15; thresholds 40/70 on the 0–100 scale. */
export const DEFAULT_METHODS: { [K in MethodKind]: Extract<Method, { kind: K }> } = {
	rogers: { kind: 'rogers', k: 1 },
	quantiles: { kind: 'quantiles', low: 0.15, high: 0.15 },
	thresholds: { kind: 'thresholds', low: 0.4, high: 0.7 },
	breaks: { kind: 'breaks' }
};
export const DEFAULT_METHOD: Method = DEFAULT_METHODS.rogers;

/** Same method with the same parameters (whatever the order of the object's keys). */
export function sameMethod(a: Method, b: Method): boolean {
	switch (a.kind) {
		case 'rogers':
			return b.kind === 'rogers' && a.k === b.k;
		case 'quantiles':
		case 'thresholds':
			return b.kind === a.kind && a.low === b.low && a.high === b.high;
		case 'breaks':
			return b.kind === 'breaks';
	}
}

export function isDefaultMethod(m: Method): boolean {
	return m.kind === 'rogers' && m.k === 1;
}

/** One problem with user-set parameters: which field, which rule, and what is allowed. */
export interface MethodProblem {
	field: 'k' | 'high' | 'low';
	rule: 'range' | 'sum' | 'order';
	/** Allowed range of the field, on the scale of the method (shares and scores 0–1). */
	min?: number;
	max?: number;
}

/** Allowed parameter ranges; the picker's inputs use the same. */
export const METHOD_LIMITS = {
	k: { min: 0.25, max: 3 },
	share: { min: 0, max: 0.49 },
	threshold: { min: 0, max: 1 }
} as const;

/** Every problem with a method's parameters (empty when it can be applied). */
export function methodProblems(m: Method): MethodProblem[] {
	const out: MethodProblem[] = [];
	const within = (field: MethodProblem['field'], v: number, r: { min: number; max: number }) => {
		if (!Number.isFinite(v) || v < r.min || v > r.max) out.push({ field, rule: 'range', ...r });
	};
	switch (m.kind) {
		case 'rogers':
			within('k', m.k, METHOD_LIMITS.k);
			break;
		case 'quantiles':
			within('high', m.high, METHOD_LIMITS.share);
			within('low', m.low, METHOD_LIMITS.share);
			if (!out.length && m.low + m.high >= 1) out.push({ field: 'high', rule: 'sum' });
			break;
		case 'thresholds':
			within('low', m.low, METHOD_LIMITS.threshold);
			within('high', m.high, METHOD_LIMITS.threshold);
			if (!out.length && m.low > m.high) out.push({ field: 'low', rule: 'order' });
			break;
	}
	return out;
}

/** Whether a method's parameters can be applied. */
export function methodOk(m: Method): boolean {
	return methodProblems(m).length === 0;
}

/** Score statistics of one peildatum as computed by selectStatsSql. */
export interface Stats {
	peildatum: string;
	n: number;
	mean: number;
	sd: number;
	min: number;
	max: number;
	q_low: number;
	q_high: number;
	median: number;
}

export interface Boundaries {
	lower: number;
	upper: number;
	/** Set when the method cannot separate groups here (e.g. all scores equal): everyone is peloton. */
	degenerate?: 'equal-scores' | 'too-few-distinct';
}

export function roundScore(x: number): number {
	const f = 10 ** SCORE_DECIMALS;
	return Math.round(x * f) / f;
}

/** The quantile levels the stats query must compute for this method (?1 low, ?2 high). */
export function quantileLevels(m: Method): [number, number] {
	return m.kind === 'quantiles' ? [m.low, 1 - m.high] : [0.15, 0.85];
}

/**
 * Boundaries for one peildatum. `scores` (any order) is only used by natural breaks.
 * Natural breaks: Ckmeans (optimal 1-D k-means, k = 3, from simple-statistics); each boundary is
 * the midpoint between neighbouring clusters. With fewer than 3 distinct scores there are no breaks.
 */
export function boundaries(m: Method, s: Stats, scores: readonly number[]): Boundaries {
	let b: Boundaries;
	switch (m.kind) {
		case 'rogers':
			b = { lower: s.mean - m.k * s.sd, upper: s.mean + m.k * s.sd };
			if (s.sd === 0) b.degenerate = 'equal-scores';
			break;
		case 'quantiles':
			b = { lower: s.q_low, upper: s.q_high };
			if (s.min === s.max) b.degenerate = 'equal-scores';
			break;
		case 'thresholds':
			b = { lower: m.low, upper: m.high };
			break;
		case 'breaks': {
			const sorted = scores.map(roundScore).sort((a, b) => a - b);
			const distinct = new Set(sorted).size;
			if (distinct < 3) {
				b = { lower: s.min, upper: s.max, degenerate: distinct <= 1 ? 'equal-scores' : 'too-few-distinct' };
				break;
			}
			// Clusters over all scores (with their multiplicity). Should a tie be split between two
			// clusters, the midpoint equals the tied score and the boundary rule keeps the tie together.
			const clusters = ckmeans(sorted, 3);
			const last = (c: number[]) => c[c.length - 1];
			b = { lower: (last(clusters[0]) + clusters[1][0]) / 2, upper: (last(clusters[1]) + clusters[2][0]) / 2 };
			break;
		}
	}
	return { ...b, lower: roundScore(b.lower), upper: roundScore(b.upper) };
}

export function assignGroup(score: number, b: Boundaries): Group {
	const x = roundScore(score);
	if (x > b.upper) return 'kopgroep';
	if (x < b.lower) return 'achterhoede';
	return 'peloton';
}
