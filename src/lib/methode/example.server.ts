// Owns: the worked example on /methode/ — the median municipality at the latest peildatum, its
// score taken apart by status (by the SQL that computes every score: queries.scoreBreakdown) and
// its boundaries and group under each grouping method at its default parameters. Computed by
// the engine at build time, so the example can never disagree with the rest of the site.
import { DEFAULT_METHODS, GROUPS, type Group } from '../maturity/methods';
import { computeOverview, groupCounts } from '../maturity/overview';
import { scoreBreakdown } from '../maturity/queries';
import type { Site } from '../maturity/site.server';
import type { ExampleMethod, WorkedExample } from './example';

export async function workedExample(site: Site): Promise<WorkedExample> {
	const o = site.overview;
	const last = o.peildata.length - 1;
	// The median municipality: middle of the municipalities with a score, by score then code.
	const ranked = o.codes
		.map((code, i) => ({ code, score: o.score[last][i], i }))
		.filter((x): x is { code: string; score: number; i: number } => x.score !== null)
		.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
	const mid = ranked[Math.floor((ranked.length - 1) / 2)];
	const breakdown = await scoreBreakdown(site.db, mid.code, o.peildata[last]);
	const methods: ExampleMethod[] = [];
	for (const method of Object.values(DEFAULT_METHODS)) {
		const ov = method.kind === 'rogers' ? o : await computeOverview(site.db, { method, codes: o.codes });
		const b = ov.boundaries[last]!;
		const counts = groupCounts(ov.group[last]);
		methods.push({
			method,
			lower: b.lower,
			upper: b.upper,
			degenerate: !!b.degenerate,
			group: ov.group[last][mid.i],
			counts: Object.fromEntries(GROUPS.map((g) => [g, counts[g]])) as Record<Group, number>
		});
	}
	return {
		code: mid.code,
		naam: site.gemeenten.find((g) => g.gemeentecode === mid.code)!.gemeentenaam,
		rank: o.rank[last][mid.i],
		n: ranked.length,
		statusRows: breakdown.rows,
		totalWeight: breakdown.totalWeight,
		weightedSum: breakdown.weightedSum,
		score: breakdown.score,
		methods
	};
}
