// The map of the division in force on the priority's latest peildatum, loaded before the page renders.
import { LATEST_DIVISION, loadDivisionMap, loadMapAt } from '$lib/geo/map';

export async function load({ data }) {
	return { ...data, map: await (data.view.latest ? loadMapAt(data.view.latest) : loadDivisionMap(LATEST_DIVISION.id)) };
}
