import { getSite } from '$lib/maturity/site.server';
import { langOf } from '$lib/i18n';

export async function load({ params }) {
	const site = await getSite();
	return {
		lang: langOf(params.lang),
		syntheticShare: site.syntheticShare
	};
}
