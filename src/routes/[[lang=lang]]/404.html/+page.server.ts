// The page static hosts serve for unknown URLs (GitHub Pages, Netlify, Cloudflare Pages and
// others look for /404.html). It needs no JavaScript: the search is a plain form.
import { getSite } from '$lib/maturity/site.server';

export const trailingSlash = 'never';
export const csr = false;

export async function load() {
	const site = await getSite();
	return { names: site.gemeenten.map((g) => g.gemeentenaam) };
}
