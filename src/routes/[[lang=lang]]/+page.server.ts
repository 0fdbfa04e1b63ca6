// The overview page: the default view (all standards, Rogers, each peildatum in its own division)
// is computed at build time by the engine and baked into the page, so the map, figures and table
// are there before any JavaScript runs. To keep the page light, only the latest two peildata carry
// scores in the HTML (groups are there for every peildatum); the rest comes from
// /api/overzicht.json when the slider needs it.
import { getSite } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';

export async function load() {
	const site = await getSite();
	const last = site.overview.peildata.length - 1;
	return {
		gemeenten: site.gemeenten.map((g) => ({
			gemeentecode: g.gemeentecode,
			gemeentenaam: g.gemeentenaam,
			provinciecode: g.provinciecode,
			provincienaam: g.provincienaam,
			inwoners: g.inwoners,
			grootteklasse: g.grootteklasse,
			geldig_vanaf: g.geldig_vanaf,
			geldig_tot: g.geldig_tot
		})),
		herindelingen: site.herindelingen.map(({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners }) => ({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners })),
		standaarden: site.standaarden.map((s) => ({ standaard_id: s.standaard_id, naam: s.naam })),
		overview: packOverview(site.overview, [last - 1, last])
	};
}
