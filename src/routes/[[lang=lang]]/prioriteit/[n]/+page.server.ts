// One prerendered page per GGU priority (1–9), in Dutch and English.
import { error } from '@sveltejs/kit';
import { PRIORITIES, type Priority } from '$lib/data/schema';
import { getSite } from '$lib/maturity/site.server';
import { publishedPriorityView } from '$lib/prioriteit/page.server';

export function entries() {
	return PRIORITIES.flatMap((n) => [{ n: String(n) }, { lang: 'en', n: String(n) }]);
}

export async function load({ params }) {
	const n = Number(params.n);
	if (!(PRIORITIES as readonly number[]).includes(n) || String(n) !== params.n) error(404, `Onbekende prioriteit ${params.n}`);
	const [site, view] = await Promise.all([getSite(), publishedPriorityView(n as Priority)]);
	return { view, provinces: Object.fromEntries(site.gemeenten.map((g) => [g.gemeentecode, g.provinciecode])) };
}
