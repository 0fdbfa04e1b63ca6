// Before the page renders (on the server at prerender, in the browser before hydration): the
// overview's data (on the server at hand; in the browser the prerendered file, see
// +page.server.ts) and the map of the division in force on the latest peildatum, so the sections
// have both at once. The two load in parallel. The file is not preloaded from the HTML (measured,
// issue 12): a preload competes with the page itself for a slow connection before the first paint
// (Lighthouse: FCP 0.87 -> 1.04 s, LCP 0.90 -> 1.27 s); fetched here, next to the map's chunk,
// which is twice its size, it delays hydration by little.
import { LATEST_DIVISION, loadDivisionMap } from '$lib/geo/map';

export async function load({ data, fetch }) {
	const [start, map] = await Promise.all([data.start.get(fetch), loadDivisionMap(LATEST_DIVISION.id)]);
	return { ...start, map };
}
