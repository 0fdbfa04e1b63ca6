// One prerendered page per municipality that existed in the series (360: today's 342 and those
// dissolved by a herindeling since 2019), in Dutch and English. Common mistyped forms of a code
// (363, 0363, gm0363) are prerendered too, as redirects to the canonical page (a static host
// serves them as tiny HTML files with a meta refresh).
import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { canonicalGemeentecode } from '$lib/data/normalise';
import { gemeentePageData } from '$lib/gemeente/page.server';
import { getSite } from '$lib/maturity/site.server';

/** The alternative spellings of a code that are prerendered as redirects. */
function variants(code: string): string[] {
	const digits = code.slice(2);
	return [...new Set([String(Number(digits)), digits, code.toLowerCase()])].filter((v) => v !== code);
}

export async function entries() {
	const site = await getSite();
	return site.gemeenten.flatMap((g) => [g.gemeentecode, ...variants(g.gemeentecode)].flatMap((code) => [{ code }, { lang: 'en', code }]));
}

export async function load({ params }) {
	const site = await getSite();
	if (!site.gemeenten.some((x) => x.gemeentecode === params.code)) {
		const canonical = canonicalGemeentecode(params.code);
		if (canonical && site.gemeenten.some((x) => x.gemeentecode === canonical)) {
			redirect(308, resolve(`${params.lang ? '/en' : ''}/gemeente/${canonical}/` as '/'));
		}
		error(404, `Onbekende gemeentecode ${params.code}`);
	}
	return gemeentePageData(site, params.code);
}
