// The embeds (/embed/gemeente/[code]/, /embed/kaart/): pages meant to sit in an <iframe> on
// someone else's site. They leave the site's frame (header, footer, banners: +layout@.svelte) and
// ship no JavaScript (csr = false): plain HTML and inlined CSS, small, working everywhere, and no
// service worker is registered from inside another site's page.
import { langOf } from '$lib/i18n';
import { getSite } from '$lib/maturity/site.server';

export const csr = false;

export async function load({ params }) {
	const site = await getSite();
	return { lang: langOf(params.lang), syntheticShare: site.syntheticShare };
}
