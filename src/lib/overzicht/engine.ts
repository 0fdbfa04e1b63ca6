// Owns: the overview page's questions to the browser engine: the national view under settings no
// prepared file covers (another method, a priority, a delivery in preview) and one standard's
// statuses over time (the map coloured by a standard). Loaded with import() on first need
// (state.svelte.ts), so the page starts without the engine's code.
import { currentDb, currentGemeenten } from '../maturity/browser.svelte';
import { computeOverview } from '../maturity/compute-overview';
import type { Method } from '../maturity/methods';
import type { Overview } from '../maturity/overview';
import { standardStatusOverTime, type CellStatus } from '../maturity/queries';
import type { Division } from '../maturity/scoring';

/** The national view of the dataset shown, on the division asked for (`huidig`: today's municipalities only). */
export async function overviewOf(r: { method: Method; prioriteit: number | null; indeling: Division }): Promise<Overview> {
	const [db, list] = await Promise.all([currentDb(), currentGemeenten()]);
	const codes = (r.indeling === 'huidig' ? list.filter((g) => g.geldig_tot === null) : list).map((g) => g.gemeentecode);
	return computeOverview(db, { method: r.method, codes, scope: { prioriteit: r.prioriteit }, division: r.indeling });
}

/** One standard's status per municipality per peildatum, in the dataset shown. */
export async function statusesOf(standaardId: string): Promise<Map<string, Map<string, CellStatus>>> {
	return standardStatusOverTime(await currentDb(), standaardId);
}
