// The methodology page quotes numbers computed by the site's own engine at build time: the
// latest statistics, the divisions of the peildata, the herindelingen and the worked examples
// (src/lib/methode/example.server.ts).
import { divisionOn } from '$lib/data/mergers';
import { rebasedExamples, workedExample } from '$lib/methode/example.server';
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	const o = site.overview;
	const last = o.peildata.length - 1;
	// Consecutive peildata whose divisions have the same number of municipalities.
	const divisions: { n: number; first: string; last: string }[] = [];
	for (const pd of o.peildata) {
		const n = divisionOn(site.gemeenten, pd).length;
		const prev = divisions.at(-1);
		if (prev?.n === n) prev.last = pd;
		else divisions.push({ n, first: pd, last: pd });
	}
	return {
		nStandaarden: site.standaarden.length,
		allWeightsOne: site.standaarden.every((s) => s.gewicht === 1),
		adoptieRows: site.adoptieRows,
		peildatum: o.peildata[last],
		stats: o.stats[last],
		boundaries: o.boundaries[last],
		divisions,
		nAll: site.gemeenten.length,
		nToday: site.current.length,
		herindelingen: site.herindelingen,
		names: Object.fromEntries(site.gemeenten.map((g) => [g.gemeentecode, g.gemeentenaam])),
		example: await workedExample(site),
		rebased: await rebasedExamples(site)
	};
}
