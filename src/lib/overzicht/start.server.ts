// Owns: the overview page's own data (the municipalities and the default view), built at
// prerender. It is not written into the page's HTML: the page carries its URL (a Later,
// src/lib/data/later.ts) and the browser fetches the prerendered file (OVERVIEW_START) built by
// this same function. Only the latest two peildata carry scores, and the first one its groups (the
// default movement between groups is from the first peildatum to the latest); the rest comes from
// the default variant's file when the view needs it (state.svelte.ts).
import { packGemeenten } from '$lib/data/pack';
import { getSite } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';
import type { OverviewStart } from './state.svelte';

export async function overviewStart(): Promise<OverviewStart> {
	const site = await getSite();
	const last = site.overview.peildata.length - 1;
	return {
		gemeenten: packGemeenten(site.gemeenten),
		herindelingen: site.herindelingen.map(({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners }) => ({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners })),
		standaarden: site.standaarden.map((s) => ({ standaard_id: s.standaard_id, naam: s.naam })),
		overview: packOverview(site.overview, [last - 1, last], [0])
	};
}
