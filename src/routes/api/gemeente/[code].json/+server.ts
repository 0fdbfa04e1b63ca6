// Per municipality, the default view (latest peildatum, same-size peers) as prerendered JSON:
// what the comparison page loads for each chosen municipality, and open data for anyone.
import { error, json } from '@sveltejs/kit';
import { getSite, municipalityView } from '$lib/maturity/site.server';

export const prerender = true;

export async function entries() {
	const site = await getSite();
	return site.gemeenten.map((g) => ({ code: g.gemeentecode }));
}

export async function GET({ params }) {
	const site = await getSite();
	const gemeente = site.gemeenten.find((g) => g.gemeentecode === params.code);
	if (!gemeente) error(404, `Unknown municipality ${params.code}`);
	return json({ gemeente, view: await municipalityView(gemeente.gemeentecode) });
}
