// "Reken het zelf na": the build's figures the browser's recomputation is compared with — the
// default view in both divisions (each peildatum in its own; today's municipalities re-based) —
// and what the check downloads, measured from the actual files.
import { checkDownload } from '$lib/methode/engine-size.server';
import { toReference } from '$lib/methode/check';
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	return {
		references: [toReference(site.overview), toReference(site.rebased)],
		download: await checkDownload()
	};
}
