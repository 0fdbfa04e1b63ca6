// Every prepared overview view (src/lib/overzicht/variants.ts) as a prerendered JSON file: the
// default is what the overview's time slider loads; the others answer a method, priority or
// division switch without the engine.
import { error, json } from '@sveltejs/kit';
import { overviewFor } from '$lib/maturity/site.server';
import { packOverview } from '$lib/maturity/overview';
import { ALL_VARIANTS, variantById, variantId } from '$lib/overzicht/variants';

export const prerender = true;

export function entries() {
	return ALL_VARIANTS.map((v) => ({ variant: variantId(v) }));
}

export async function GET({ params }) {
	const v = variantById(params.variant);
	if (!v) error(404, `Unknown overview variant ${params.variant}`);
	return json(packOverview(await overviewFor(v.method, v.prioriteit, v.division)));
}
