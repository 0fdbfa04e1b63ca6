// The map of today's division (the latest peildatum), loaded before the page renders (on the
// server at prerender, in the browser before hydration): the adopter categories and the status
// map at the latest peildatum draw it at once.
import { loadMapAt } from '$lib/geo/map';

export async function load({ data }) {
	return { ...data, map: await loadMapAt(data.view.latest) };
}
