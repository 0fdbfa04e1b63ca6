// One prerendered page per standard of standaarden.csv, in Dutch and English.
import { error } from '@sveltejs/kit';
import { getSite } from '$lib/maturity/site.server';
import { publishedStandaardView } from '$lib/standaard/page.server';

export async function entries() {
	const site = await getSite();
	return site.standaarden.flatMap((s) => [{ id: s.standaard_id }, { lang: 'en', id: s.standaard_id }]);
}

export async function load({ params }) {
	const [site, view] = await Promise.all([getSite(), publishedStandaardView(params.id)]);
	if (!view) error(404, `Onbekende standaard ${params.id}`);
	return { view, provinces: Object.fromEntries(site.gemeenten.map((g) => [g.gemeentecode, g.provinciecode])) };
}
