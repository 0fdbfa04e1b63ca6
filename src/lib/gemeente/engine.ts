// Owns: the municipality page's questions to the browser engine: its view under settings the
// prerendered files do not cover (another peildatum, peers picked by hand, a delivery in
// preview). Loaded with import() on first need (state.svelte.ts), so the page starts without the
// engine's code.
import { loadMapAt } from '../geo/map';
import { currentDb, currentDefaultOverview, currentGemeenten, currentRebasedOverview, currentStandaarden } from '../maturity/browser.svelte';
import { computeMunicipality } from '../maturity/compute-municipality';
import type { PeerMode } from '../maturity/municipality';
import { municipalityAdoption } from '../standaard/adoption';
import type { GemeenteView } from './state.svelte';

/** Municipality `code`'s page view for these settings, from the dataset shown. */
export async function gemeenteView(code: string, r: { peildatum: string; mode: PeerMode; met: string[] }): Promise<GemeenteView> {
	const [db, gemeenten, overview, rebased, standaarden] = await Promise.all([
		currentDb(),
		currentGemeenten(),
		currentDefaultOverview(),
		currentRebasedOverview(),
		currentStandaarden()
	]);
	const gemeente = gemeenten.find((g) => g.gemeentecode === code);
	if (!gemeente) throw new Error(`${code} is not in this dataset`);
	// A delivery may cover other peildata: then its latest.
	const peildatum = overview.peildata.includes(r.peildatum) ? r.peildatum : undefined;
	const map = await loadMapAt(peildatum ?? overview.peildata[overview.peildata.length - 1]);
	const adoption = municipalityAdoption(db, code);
	const view = await computeMunicipality(db, {
		code,
		overview,
		rebased,
		peerMode: r.mode,
		peildatum,
		custom: r.met,
		ctx: { gemeenten, neighbours: map.neighbours }
	});
	return { gemeente, view, map, standaarden, names: Object.fromEntries(gemeenten.map((g) => [g.gemeentecode, g.gemeentenaam])), adoption: await adoption };
}
