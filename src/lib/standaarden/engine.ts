// Owns: the standards list page's question to the browser engine: the list computed from the
// dataset shown (a delivery in preview). Loaded with import() on first need (state.svelte.ts).
import { currentDb } from '../maturity/browser.svelte';
import { standardsList } from './compute';
import type { StandardsList } from './view';

/** The standards list of the dataset shown. */
export async function shownList(): Promise<StandardsList> {
	return standardsList(await currentDb());
}
