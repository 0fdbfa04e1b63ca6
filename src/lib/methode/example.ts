// Owns: the shape of the worked example on /methode/ (computed at build time by example.server.ts).
import type { Group, Method } from '../maturity/methods';
import type { BreakdownRow } from '../maturity/queries';

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

