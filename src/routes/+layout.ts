// Every page is prerendered; trailing slashes give /gemeente/GM0363/index.html, which any static
// file server can serve without rewrite rules.
// Every page's text comes in its own language before anything renders or hydrates: the catalogue of
// that language only (src/lib/i18n/index.ts), loaded next to the page's own code. A page outside
// the routes (a 404) takes the language from its address; a navigation to the other language loads
// that catalogue first.
import { base } from '$app/paths';
import { langOf, loadMessages } from '$lib/i18n';
import { langOfPath } from '$lib/offline/plan';

export const prerender = true;
export const trailingSlash = 'always';

export async function load({ params, route, url }) {
	await loadMessages(route.id === null ? langOfPath(url.pathname, base) : langOf((params as { lang?: string }).lang));
}
