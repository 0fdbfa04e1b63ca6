// Owns: the shapes of the worked examples on /methode/ (computed at build time by
// example.server.ts): one municipality's score and group, and two re-based scores (a merger and
// a split) taken apart into their parts.
import type { MergeKind } from '../data/schema';
import type { Group, Method } from '../maturity/methods';
import type { BreakdownRow, RebasedPart } from '../maturity/queries';

export interface ExampleMethod {
	method: Method;
	lower: number;
	upper: number;
	degenerate: boolean;
	group: Group | null;
	counts: Record<Group, number>;
}

export interface WorkedExample {
	code: string;
	naam: string;
	rank: number | null;
	n: number;
	statusRows: BreakdownRow[];
	totalWeight: number;
	weightedSum: number;
	score: number;
	methods: ExampleMethod[];
}

/** A municipality with its name, as the examples name it. */
export interface Named {
	code: string;
	naam: string;
}

/** One re-based score taken apart (rule: sql.ts rebasedScoresTableSql; numbers: queries.rebasedParts). */
export interface RebasedExample {
	/** Which kind of herindeling the example shows. */
	kind: Extract<MergeKind, 'samenvoeging' | 'splitsing'>;
	/** Today's municipality whose history is re-based. */
	today: Named;
	/** The date of the herindeling. */
	datum: string;
	/** The peildatum of the example: the last one before the herindeling. */
	peildatum: string;
	/** For a split: the dissolved municipality and where its inhabitants went (largest share first). */
	split: { from: Named; to: (Named & { aandeel: number })[] } | null;
	parts: (RebasedPart & { naam: string })[];
	byInhabitants: boolean;
	score: number;
	/** Rank among today's municipalities at that peildatum, of n. */
	rank: number;
	n: number;
	/** Group in the re-based view (default method) at that peildatum. */
	group: Group | null;
}
