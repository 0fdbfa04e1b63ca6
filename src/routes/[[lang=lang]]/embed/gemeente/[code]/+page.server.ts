// One prerendered card per municipality that existed in the series (360), in Dutch and English:
// group, score, rank and a small trend at its latest peildatum (src/lib/embed/data.server.ts).
import { error } from '@sveltejs/kit';
import { cardData } from '$lib/embed/data.server';
import { getSite } from '$lib/maturity/site.server';

export async function entries() {
	const site = await getSite();
	return site.gemeenten.flatMap((g) => [{ code: g.gemeentecode }, { lang: 'en', code: g.gemeentecode }]);
}

export async function load({ params }) {
	const card = await cardData(params.code);
	if (!card) error(404, `Onbekende gemeentecode ${params.code}`);
	return { card };
}
