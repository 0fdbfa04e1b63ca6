// Owns: the standards list (view.ts) computed from a loaded dataset by the named queries (SQL):
// at build time (prerender) and in the browser's engine for a delivery's preview.
import type { Db } from '../maturity/dataset';
import { peildata as peildataOf, standaarden as standaardenOf, standardPace, standardShares } from '../maturity/queries';
import { listFrom, type StandardsList } from './view';

/** The list for a dataset. */
export async function standardsList(db: Db): Promise<StandardsList> {
	const [pd, std, shares, pace] = await Promise.all([peildataOf(db), standaardenOf(db), standardShares(db), standardPace(db)]);
	return listFrom(pd, std, shares, pace);
}
