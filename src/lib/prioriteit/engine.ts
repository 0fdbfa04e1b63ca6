// Owns: the priority page's question to the browser engine: the page of a priority computed from
// the dataset shown (a delivery in preview). Loaded with import() on first need (state.svelte.ts).
import type { Priority } from '../data/schema';
import { currentDb, currentDefaultOverview, currentGemeenten } from '../maturity/browser.svelte';
import { standardsList } from '../standaarden/compute';
import { priorityView } from './compute';
import type { PriorityView } from './view';

/** The page of priority `n` in the dataset shown. */
export async function shownPriority(n: Priority): Promise<PriorityView> {
	const db = await currentDb();
	const [g, all, list] = await Promise.all([currentGemeenten(), currentDefaultOverview(), standardsList(db)]);
	return priorityView(db, n, { codes: g.map((x) => x.gemeentecode), all, list });
}
