import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	return {
		gemeenten: site.gemeenten.map((g) => ({ code: g.gemeentecode, naam: g.gemeentenaam })),
		standaarden: site.standaarden.map((s) => ({ standaard_id: s.standaard_id, naam: s.naam, prioriteit: s.prioriteit }))
	};
}
