// Owns: the worked examples on /methode/, computed by the engine at build time so they can never
// disagree with the rest of the site:
// - the median municipality at the latest peildatum: its score taken apart by status (the SQL that
//   computes every score: queries.scoreBreakdown) and its boundaries and group under each
//   grouping method at its default parameters;
// - two re-based scores (queries.rebasedParts): the first merger of herindelingen.csv and the
//   first split, each at the last peildatum before it took effect; for the split, the
//   municipality that received the largest share.
import { predecessorsOf, successorsOf } from '../data/mergers';
import { DEFAULT_METHODS, GROUPS, type Group } from '../maturity/methods';
import { groupCounts } from '../maturity/overview';
import { computeOverview } from '../maturity/compute-overview';
import { rebasedParts, scoreBreakdown } from '../maturity/queries';
import type { Site } from '../maturity/site.server';
import { compareCodes } from '../i18n/format';
import type { ExampleMethod, Named, RebasedExample, WorkedExample } from './example';

export async function workedExample(site: Site): Promise<WorkedExample> {
	const o = site.overview;
	const last = o.peildata.length - 1;
	// The median municipality: middle of the municipalities with a score, by score then code.
	const ranked = o.codes
		.map((code, i) => ({ code, score: o.score[last][i], i }))
		.filter((x): x is { code: string; score: number; i: number } => x.score !== null)
		.sort((a, b) => a.score - b.score || compareCodes(a.code, b.code));
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
		naam: nameOf(site, mid.code),
		rank: o.rank[last][mid.i],
		n: ranked.length,
		statusRows: breakdown.rows,
		totalWeight: breakdown.totalWeight,
		weightedSum: breakdown.weightedSum,
		score: breakdown.score,
		methods
	};
}

function nameOf(site: Site, code: string): string {
	const g = site.gemeenten.find((x) => x.gemeentecode === code);
	if (!g) throw new Error(`worked example: ${code} is not in gemeenten`);
	return g.gemeentenaam;
}

const named = (site: Site, code: string): Named => ({ code, naam: nameOf(site, code) });

/** The merger and the split of the re-basing worked examples (null where the data has none). */
export async function rebasedExamples(site: Site): Promise<RebasedExample[]> {
	const out: RebasedExample[] = [];
	const merger = site.herindelingen.find((h) => h.soort === 'samenvoeging');
	if (merger) {
		const ex = await rebasedExample(site, 'samenvoeging', merger.nieuwe_code, merger.datum, null);
		if (ex) out.push(ex);
	}
	const split = site.herindelingen.find((h) => h.soort === 'splitsing');
	if (split) {
		const to = successorsOf(split.oude_code, site.herindelingen).map((m) => ({ ...named(site, m.nieuwe_code), aandeel: m.aandeel_inwoners }));
		const ex = await rebasedExample(site, 'splitsing', to[0].code, split.datum, { from: named(site, split.oude_code), to });
		if (ex) out.push(ex);
	}
	return out;
}

async function rebasedExample(
	site: Site,
	kind: RebasedExample['kind'],
	code: string,
	datum: string,
	split: RebasedExample['split']
): Promise<RebasedExample | null> {
	const r = site.rebased;
	const p = r.peildata.findLastIndex((pd) => pd < datum);
	if (p < 0) return null;
	const peildatum = r.peildata[p];
	const parts = await rebasedParts(site.db, code, peildatum);
	if (!parts) return null;
	// A merger's example needs every predecessor scored then; otherwise it would not show the rule.
	if (kind === 'samenvoeging' && parts.parts.length < predecessorsOf(code, site.herindelingen).length) return null;
	return {
		kind,
		today: named(site, code),
		datum,
		peildatum,
		split,
		parts: parts.parts.map((x) => ({ ...x, naam: nameOf(site, x.gemeentecode) })),
		byInhabitants: parts.byInhabitants,
		score: parts.score,
		rank: parts.rank,
		n: parts.n,
		group: r.group[p][r.codes.indexOf(code)]
	};
}
