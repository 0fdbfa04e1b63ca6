// What "Bewaar voor gebruik zonder internet" stores besides the engine (which the browser picks at
// run time) and the app shell (the service worker's precache): every municipality page's data in
// both languages (the worker answers the page itself with the SPA shell), every prepared JSON file
// and the published data. Built from the same sources as those routes' entries(); the save checks
// every file afterwards, so a path listed here that the build lacks shows up as a failure.
import { json } from '@sveltejs/kit';
import { RESOURCE_ORDER } from '$lib/data/schema';
import { preparedPeersUrl } from '$lib/gemeente/prepared';
import { getSite } from '$lib/maturity/site.server';
import { dataUrlOf, LANG_PREFIXES, OVERVIEW_START, type SaveList } from '$lib/offline/plan';
import { ALL_VARIANTS, variantId } from '$lib/overzicht/variants';

export const prerender = true;

export async function GET() {
	const codes = (await getSite()).gemeenten.map((g) => g.gemeentecode);
	const list: SaveList = {
		pages: codes.flatMap((c) => LANG_PREFIXES.map((lang) => dataUrlOf(`${lang}/gemeente/${c}/`)!)),
		prepared: [
			OVERVIEW_START,
			...ALL_VARIANTS.map((v) => `/api/overzicht/${variantId(v)}.json`),
			...codes.flatMap((c) => [`/api/gemeente/${c}.json`, preparedPeersUrl(c)])
		],
		data: RESOURCE_ORDER.map((n) => `/generated/data/${n}.arrow`)
	};
	return json(list);
}
