// The methodology page quotes numbers computed by the site's own engine at build time: the
// latest statistics and a worked example (src/lib/methode/example.server.ts).
import { workedExample } from '$lib/methode/example.server';
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	const o = site.overview;
	const last = o.peildata.length - 1;
	return {
		nStandaarden: site.standaarden.length,
		allWeightsOne: site.standaarden.every((s) => s.gewicht === 1),
		adoptieRows: site.adoptieRows,
		peildatum: o.peildata[last],
		stats: o.stats[last],
		boundaries: o.boundaries[last],
		example: await workedExample(site)
	};
}
