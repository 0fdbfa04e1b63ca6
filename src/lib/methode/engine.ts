// Owns: the method check's question to the browser engine: every build-time view the check
// covers, recomputed from the published data and compared with the build's. Loaded with import()
// when the check is run (state.svelte.ts), so /methode/controle/ starts without the engine's code.
import { publishedDb } from '../maturity/browser.svelte';
import { computeOverview } from '../maturity/compute-overview';
import { compare, type CheckReference, type DivisionCheck } from './check';

/** The comparison per division, and how long the recomputation took (the engine already loaded). */
export async function recomputeAll(references: readonly CheckReference[]): Promise<{ results: DivisionCheck[]; computeMs: number }> {
	const db = await publishedDb();
	const t0 = performance.now();
	const results: DivisionCheck[] = [];
	for (const ref of references) {
		results.push(compare(ref, await computeOverview(db, { method: ref.method, codes: ref.codes, division: ref.division })));
	}
	return { results, computeMs: performance.now() - t0 };
}
