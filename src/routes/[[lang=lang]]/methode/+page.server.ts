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
		boundaries: o.boundaries[last]
	};
}
