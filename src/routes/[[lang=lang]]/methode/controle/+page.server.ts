import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	return { overview: site.overview };
}
