// The map of the division in force on the page's peildatum, loaded before the page renders (on
// the server at prerender, in the browser before hydration).
import { loadMapAt } from '$lib/geo/map';

export async function load({ data }) {
	return { ...data, map: await loadMapAt(data.view.peildata[data.view.at]) };
}
