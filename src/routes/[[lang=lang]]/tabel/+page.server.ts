// The full table of the overview as a page of its own: every municipality at the latest
// peildatum under the default method, prerendered, so it works without JavaScript and the
// overview's HTML can stay small (the overview renders its table in the browser, on demand).
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	const o = site.overview;
	const p = o.peildata.length - 1;
	const byCode = new Map(site.gemeenten.map((g) => [g.gemeentecode, g]));
	const rows = o.codes.flatMap((code, i) => {
		const score = o.score[p][i];
		if (score === null) return [];
		const g = byCode.get(code)!;
		const prev = p > 0 ? o.score[p - 1][i] : null;
		return [
			{
				code,
				naam: g.gemeentenaam,
				provincie: g.provincienaam,
				inwoners: g.inwoners,
				score,
				rank: o.rank[p][i],
				percentile: o.percentile[p][i],
				group: o.group[p][i],
				change: prev !== null ? score - prev : null
			}
		];
	});
	return { peildatum: o.peildata[p], rows };
}
