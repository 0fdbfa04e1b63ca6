// The overview page: the default view (all standards, Rogers, each peildatum in its own division)
// is computed at build time by the engine and prerendered into the page, so the map, figures and
// links are there before any JavaScript runs. The data behind them is not written into the HTML
// a second time (issue 12): the page carries the URL of the same data as a prerendered file
// (a Later; +page.ts fetches it in the browser before hydration).
import { Later } from '$lib/data/later';
import { OVERVIEW_START } from '$lib/offline/plan';
import { overviewStart } from '$lib/overzicht/start.server';
import { resolve } from '$app/paths';

export async function load() {
	return { start: new Later(resolve(OVERVIEW_START as '/'), await overviewStart()) };
}
