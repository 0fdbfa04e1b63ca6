// Owns: the comparison page's questions to the browser engine: a municipality's view on a
// peildatum no prerendered file covers, and the dataset of a delivery in preview. Loaded with
// import() on first need (state.svelte.ts), so the page starts without the engine's code.
import { loadMapAt } from '../geo/map';
import {
	currentDb,
	currentDefaultOverview,
	currentGemeenten,
	currentHerindelingen,
	currentRebasedOverview,
	currentStandaarden
} from '../maturity/browser.svelte';
import { computeMunicipality } from '../maturity/compute-municipality';
import { DEFAULT_PEER_MODE, lastScored } from '../maturity/municipality';
import { compareDataset, type CompareDataset } from './dataset';
import type { Item, Request } from './state.svelte';

/** The municipalities, standards and national view of the dataset shown (a delivery in preview). */
export async function previewDataset(): Promise<CompareDataset> {
	const [gemeenten, herindelingen, standaarden, overview] = await Promise.all([currentGemeenten(), currentHerindelingen(), currentStandaarden(), currentDefaultOverview()]);
	return compareDataset(gemeenten, herindelingen, standaarden, overview);
}

/** A municipality's view computed by the browser engine from the dataset shown (published or the delivery). */
export async function computeItem(r: Request): Promise<Item> {
	const [db, gemeenten, overview, rebased] = await Promise.all([currentDb(), currentGemeenten(), currentDefaultOverview(), currentRebasedOverview()]);
	const g = gemeenten.find((x) => x.gemeentecode === r.code);
	if (!g) throw new Error(`${r.code}: not in this dataset`);
	const peildatum = r.peildatum ?? overview.peildata[lastScored(overview, overview.codes.indexOf(r.code))];
	const map = await loadMapAt(peildatum);
	const view = await computeMunicipality(db, {
		code: r.code,
		overview,
		rebased,
		peildatum,
		peerMode: DEFAULT_PEER_MODE,
		ctx: { gemeenten, neighbours: map.neighbours }
	});
	return { code: r.code, naam: g.gemeentenaam, view, version: r.version };
}
