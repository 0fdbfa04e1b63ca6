// Every municipality's exact score (9 decimals, as the SQL computes it) at one peildatum, as
// prerendered JSON: what a municipality page's what-if planner compares a plan with (the overview
// files round scores to 5 decimals, too coarse to rank against). See src/lib/maturity/whatif.ts.
import { error, json } from '@sveltejs/kit';
import { getSite } from '$lib/maturity/site.server';
import { fieldOf } from '$lib/maturity/whatif';

export const prerender = true;

export async function entries() {
	const site = await getSite();
	return site.overview.peildata.map((peildatum) => ({ peildatum }));
}

export async function GET({ params }) {
	const site = await getSite();
	const field = fieldOf(site.overview, params.peildatum);
	if (!field) error(404, `Unknown peildatum ${params.peildatum}`);
	return json(field);
}
