// The methodology page quotes numbers computed by the site's own engine at build time: the
// latest statistics and, as a worked example, the median municipality's score taken apart
// status by status and its group under each of the four grouping methods.
import { STATUSES } from '$lib/data/schema';
import { DEFAULT_METHODS, GROUPS, type Group, type Method } from '$lib/maturity/methods';
import { computeOverview, groupCounts } from '$lib/maturity/overview';
import { getSite } from '$lib/maturity/site.server';
import { selectStatusesSql } from '$lib/maturity/sql';

export interface ExampleStatusRow {
	status: string;
	n: number;
	gewicht: number;
	waarde: number;
	bijdrage: number;
}
export interface ExampleMethod {
	method: Method;
	lower: number;
	upper: number;
	degenerate: boolean;
	group: Group | null;
	counts: Record<Group, number>;
}

export async function load() {
	const site = await getSite();
	const o = site.overview;
	const last = o.peildata.length - 1;
	const peildatum = o.peildata[last];

	// The median municipality: middle of the municipalities with a score, by score then code.
	const ranked = o.codes
		.map((code, i) => ({ code, score: o.score[last][i], i }))
		.filter((x): x is { code: string; score: number; i: number } => x.score !== null)
		.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
	const mid = ranked[Math.floor((ranked.length - 1) / 2)];
	const gemeente = site.gemeenten.find((g) => g.gemeentecode === mid.code)!;

	const cells = (await site.engine.query<{ peildatum: string; standaard_id: string; gewicht: number; waarde: number; status: string }>(selectStatusesSql(), [mid.code])).filter(
		(c) => c.peildatum === peildatum
	);
	const statusRows: ExampleStatusRow[] = [...STATUSES, 'ontbreekt']
		.map((status) => {
			const of = cells.filter((c) => c.status === status);
			const gewicht = of.reduce((a, c) => a + c.gewicht, 0);
			const waarde = of[0]?.waarde ?? 0;
			return { status, n: of.length, gewicht, waarde, bijdrage: of.reduce((a, c) => a + c.gewicht * c.waarde, 0) };
		})
		.filter((r) => r.n > 0);
	const totalWeight = statusRows.reduce((a, r) => a + r.gewicht, 0);
	const weightedSum = statusRows.reduce((a, r) => a + r.bijdrage, 0);

	const methods: ExampleMethod[] = [];
	for (const method of Object.values(DEFAULT_METHODS)) {
		const ov = method.kind === 'rogers' ? o : await computeOverview(site.engine, { method, codes: o.codes });
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
		nStandaarden: site.standaarden.length,
		allWeightsOne: site.standaarden.every((s) => s.gewicht === 1),
		adoptieRows: site.adoptieRows,
		peildatum,
		stats: o.stats[last],
		boundaries: o.boundaries[last],
		example: {
			code: mid.code,
			naam: gemeente.gemeentenaam,
			rank: o.rank[last][mid.i],
			n: ranked.length,
			statusRows,
			totalWeight,
			weightedSum,
			score: mid.score,
			methods
		}
	};
}
