// Per municipality, its view with each other prepared comparison group (province, neighbours, most
// similar profile) at its own peildatum, as prerendered JSON: a municipality page switches
// comparison group without the engine. Hand-picked peers and other peildata use the engine.
import { error, json } from '@sveltejs/kit';
import { getSite, municipalityView } from '$lib/maturity/site.server';
import { PREPARED_PEER_MODES } from '$lib/gemeente/prepared';

export const prerender = true;

export async function entries() {
	return (await getSite()).gemeenten.map((g) => ({ code: g.gemeentecode }));
}

export async function GET({ params }) {
	const site = await getSite();
	if (!site.gemeenten.some((g) => g.gemeentecode === params.code)) error(404, `Unknown municipality ${params.code}`);
	const views = Object.fromEntries(await Promise.all(PREPARED_PEER_MODES.map(async (m) => [m, await municipalityView(params.code, m)] as const)));
	const nameOf = new Map(site.gemeenten.map((g) => [g.gemeentecode, g.gemeentenaam]));
	const mentioned = new Set(Object.values(views).flatMap((v) => v.peers.codes));
	return json({ views, names: Object.fromEntries([...mentioned].map((c) => [c, nameOf.get(c)!])) });
}
