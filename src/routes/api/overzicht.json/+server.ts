// The default view (all standards, Rogers) for every peildatum as one prerendered JSON file,
// fetched by the overview page when the time slider needs peildata beyond the two in its HTML.
import { json } from '@sveltejs/kit';
import { getSite } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';

export const prerender = true;

export async function GET() {
	const site = await getSite();
	return json(packOverview(site.overview));
}
