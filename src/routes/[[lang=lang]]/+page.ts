// The map of the division in force on the latest peildatum, loaded before the page renders (on
// the server at prerender, in the browser before hydration), so the map component has it at once.
import { LATEST_DIVISION, loadDivisionMap } from '$lib/geo/map';

export async function load({ data }) {
	return { ...data, map: await loadDivisionMap(LATEST_DIVISION.id) };
}
