// The national map by group at the latest peildatum, prerendered in Dutch and English.
import { mapData } from '$lib/embed/data.server';

export async function load() {
	return { map: await mapData() };
}
