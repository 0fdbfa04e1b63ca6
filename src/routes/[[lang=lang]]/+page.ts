// Before the page renders (on the server at prerender, in the browser before hydration): the
// overview's data (on the server at hand; in the browser the prerendered file the page preloads,
// see +page.server.ts) and the map of the division in force on the latest peildatum, so the
// sections have both at once.
import { LATEST_DIVISION, loadDivisionMap } from '$lib/geo/map';

export async function load({ data, fetch }) {
	const [start, map] = await Promise.all([data.start.get(fetch), loadDivisionMap(LATEST_DIVISION.id)]);
	return { ...start, startUrl: data.start.url, map };
}
