// Owns: the standard page's question to the browser engine: the page of a standard computed
// from the dataset shown (a delivery in preview). Loaded with import() on first need
// (state.svelte.ts).
import { currentDb } from '../maturity/browser.svelte';
import { standaardView } from './compute';
import type { StandaardView } from './view';

/** The page of standard `id` in the dataset shown; throws when the dataset has no such standard. */
export async function shownStandaard(id: string): Promise<StandaardView> {
	const v = await standaardView(await currentDb(), id);
	if (!v) throw new Error(`${id}: not in this dataset`);
	return v;
}
