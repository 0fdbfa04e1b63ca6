import { getSite } from '$lib/maturity/site.server';
import { compareDataset } from '$lib/vergelijk/dataset';

export async function load() {
	const site = await getSite();
	return compareDataset(site.gemeenten, site.herindelingen, site.standaarden, site.overview);
}
