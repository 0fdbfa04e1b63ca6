// The overview page: the default view (all standards, Rogers, each peildatum in its own division)
// is computed at build time by the engine and baked into the page, so the map, figures and table
// are there before any JavaScript runs. To keep the page light, only the latest two peildata carry
// scores in the HTML, and the first one its groups (the default movement between groups is from
// the first peildatum to the latest); the rest comes from /api/overzicht.json when the view needs it.
import { getSite } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';
import { packGemeenten } from '$lib/data/pack';

export async function load() {
	const site = await getSite();
	const last = site.overview.peildata.length - 1;
	return {
		gemeenten: packGemeenten(site.gemeenten),
		herindelingen: site.herindelingen.map(({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners }) => ({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners })),
		standaarden: site.standaarden.map((s) => ({ standaard_id: s.standaard_id, naam: s.naam })),
		overview: packOverview(site.overview, [last - 1, last], [0])
	};
}
