// The default view on today's municipalities (history re-based from predecessors) for every
// peildatum, as one prerendered JSON file: what the overview loads for "alles op de gemeenten van nu".
import { json } from '@sveltejs/kit';
import { getSite } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';

export const prerender = true;

export async function GET() {
	return json(packOverview((await getSite()).rebased));
}
