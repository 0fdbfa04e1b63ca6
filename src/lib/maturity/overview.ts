// Owns: the national view of the maturity method — for every peildatum, every municipality's
// score, rank, percentile and group under a chosen scope (all standards, one priority, one kind)
// and grouping method — plus transitions between groups: its shape, and what pages do with it
// (counts, transitions, packing for the page's data). Plain data, no SQL: computing it is
// compute-overview.ts (the same code at build time and in the browser's engine).
import type { Boundaries, Group, Method, Stats } from './methods';
import type { Division } from './scoring';

/** Columnar: arrays indexed [peildatum index][municipality index]; null = no data at that peildatum. */
export interface Overview {
	scope: string;
	method: Method;
	/** The municipalities of each peildatum, or today's with re-based history (sql.ts Division). */
	division: Division;
	codes: string[];
	peildata: string[];
	/** Null where no municipality has a score at that peildatum in this scope (e.g. no standard of a priority available yet). */
	stats: (Stats | null)[];
	boundaries: (Boundaries | null)[];
	score: (number | null)[][];
	rank: (number | null)[][];
	percentile: (number | null)[][];
	group: (Group | null)[][];
	/** Standards counted as missing (no row) per municipality and peildatum. */
	missing: (number | null)[][];
}

export interface GroupCounts {
	kopgroep: number;
	peloton: number;
	achterhoede: number;
	/** Municipalities without data at this peildatum. */
	geen: number;
}

export function groupCounts(groups: readonly (Group | null)[]): GroupCounts {
	const c: GroupCounts = { kopgroep: 0, peloton: 0, achterhoede: 0, geen: 0 };
	for (const g of groups) c[g ?? 'geen']++;
	return c;
}

export interface Transition {
	from: Group | null;
	to: Group | null;
	codes: string[];
}

/** Municipalities moving between groups from peildatum index `a` to `b` (all 16 from→to cells, incl. no data). */
export function transitions(o: Overview, a: number, b: number): Transition[] {
	const keys: (Group | null)[] = ['kopgroep', 'peloton', 'achterhoede', null];
	const cells = new Map<string, Transition>();
	for (const f of keys) for (const t of keys) cells.set(`${f}>${t}`, { from: f, to: t, codes: [] });
	o.codes.forEach((code, i) => cells.get(`${o.group[a][i]}>${o.group[b][i]}`)!.codes.push(code));
	return [...cells.values()];
}

/**
 * Transport form of an Overview for page data and the prerendered JSON: groups as one letter per
 * municipality (k/p/a/-), scores rounded to 5 decimals (display needs 3), percentiles as shown
 * (whole numbers, shownPercentile: the one rounding, so a table and a page can never disagree).
 * `only` keeps scores, ranks, percentiles and groups for those peildatum indices alone (the others
 * become empty: not loaded, see isLoaded); `groupsOf` keeps the groups of more indices (enough for
 * movement between groups, see groupsLoaded); statistics and boundaries are always complete.
 */
export interface PackedOverview extends Pick<Overview, 'scope' | 'method' | 'division' | 'codes' | 'peildata' | 'stats' | 'boundaries' | 'score' | 'rank' | 'percentile'> {
	/** Per peildatum, one letter per municipality (k/p/a/-). */
	group: string[];
}

const G2L: Record<Group, string> = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' };
const L2G: Record<string, Group | null> = { k: 'kopgroep', p: 'peloton', a: 'achterhoede', '-': null };
const round = (x: number | null, f: number) => (x === null ? null : Math.round(x * f) / f);

export function packOverview(o: Overview, only?: readonly number[], groupsOf: readonly number[] = []): PackedOverview {
	const keep = (p: number) => !only || only.includes(p);
	return {
		scope: o.scope,
		method: o.method,
		division: o.division,
		codes: o.codes,
		peildata: o.peildata,
		stats: o.stats,
		boundaries: o.boundaries,
		group: o.group.map((row, p) => (keep(p) || groupsOf.includes(p) ? row.map((g) => (g ? G2L[g] : '-')).join('') : '')),
		score: o.score.map((row, p) => (keep(p) ? row.map((x) => round(x, 1e5)) : [])),
		rank: o.rank.map((row, p) => (keep(p) ? row : [])),
		percentile: o.percentile.map((row, p) => (keep(p) ? row.map((x) => (x === null ? null : shownPercentile(x))) : []))
	};
}

export function unpackOverview(p: PackedOverview): Overview {
	return {
		...p,
		group: p.group.map((s) => [...s].map((c) => L2G[c])),
		missing: p.peildata.map(() => [])
	};
}

/**
 * A percentile (0–100, share of the other municipalities scoring lower) as the site shows it: a
 * whole number. The only place a percentile is rounded; every page and table shows this value.
 */
export function shownPercentile(p: number): number {
	return Math.round(p);
}

/** Whether the groups of peildatum index p are present (see packOverview). */
export function groupsLoaded(o: Overview, p: number): boolean {
	return o.group[p]?.length === o.codes.length;
}

/** Whether scores, ranks and percentiles of peildatum index p are present (see packOverview). */
export function isLoaded(o: Overview, p: number): boolean {
	return o.score[p]?.length === o.codes.length && o.group[p]?.length === o.codes.length;
}
