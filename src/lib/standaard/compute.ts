// Owns: the page of one standard (view.ts) computed from a loaded dataset by the named queries
// (SQL) plus the diffusion fit (diffusion.ts) on the SQL's shares — at build time (prerender) and
// in the browser's engine for a delivery's preview.
import type { Standaard } from '../data/schema';
import type { Db } from '../maturity/dataset';
import {
	adopterCategories,
	explanations,
	peildata as peildataOf,
	standaarden as standaardenOf,
	standardByGroup,
	standardShares,
	standardStatuses,
	type AdopterRow,
	type Explanation,
	type StandardShare
} from '../maturity/queries';
import { decimalYear, forecast } from './diffusion';
import { compareCodes } from '../i18n/format';
import { CATEGORY_LETTER, STATUS_LETTER, type SharePoint, type StandaardView } from './view';

/** What several standards' pages share, computed once per dataset (at build time: once per build). */
export interface Precomputed {
	peildata: string[];
	standaarden: Standaard[];
	shares: StandardShare[];
	categories: AdopterRow[];
	explanations: Explanation[];
}

export async function precompute(db: Db): Promise<Precomputed> {
	const [peildata, standaarden, shares, categories, expl] = await Promise.all([peildataOf(db), standaardenOf(db), standardShares(db), adopterCategories(db), explanations(db)]);
	return { peildata, standaarden, shares, categories, explanations: expl };
}

/** The page of standard `id`; null when the dataset has no such standard. */
export async function standaardView(db: Db, id: string, pre?: Precomputed): Promise<StandaardView | null> {
	const [peildata, standaarden] = pre ? [pre.peildata, pre.standaarden] : await Promise.all([peildataOf(db), standaardenOf(db)]);
	const standaard = standaarden.find((s) => s.standaard_id === id);
	if (!standaard || !peildata.length) return null;
	const latest = peildata[peildata.length - 1];
	const [shares, categories, statuses, expl, byProvince, bySize] = await Promise.all([
		pre ? pre.shares.filter((s) => s.standaard_id === id) : standardShares(db).then((all) => all.filter((s) => s.standaard_id === id)),
		pre ? pre.categories.filter((c) => c.standaard_id === id) : adopterCategories(db, { standaard: id }),
		standardStatuses(db, id),
		pre ? pre.explanations.filter((e) => e.standaard_id === id) : explanations(db, { standaard: id }),
		standardByGroup(db, id, latest, 'provincie'),
		standardByGroup(db, id, latest, 'grootteklasse')
	]);
	const points: SharePoint[] = shares.map(({ standaard_id: _, ...c }) => c);
	const obs = points.filter((p) => p.n > 0).map((p) => ({ peildatum: p.peildatum, t: decimalYear(p.peildatum), share: p.n_in_gebruik / p.n }));

	const cats = [...categories].sort((a, b) => compareCodes(a.gemeentecode, b.gemeentecode));
	const pdIndex = new Map(peildata.map((p, i) => [p, i]));
	const codes = [...new Set(statuses.map((s) => s.gemeentecode))].sort();
	const col = new Map(codes.map((c, i) => [c, i]));
	const grid = peildata.map(() => codes.map(() => '-'));
	for (const s of statuses) grid[pdIndex.get(s.peildatum)!][col.get(s.gemeentecode)!] = STATUS_LETTER[s.status];
	return {
		standaard,
		peildata,
		shares: points,
		forecast: forecast(obs),
		today: cats.map((c) => c.gemeentecode),
		category: cats.map((c) => CATEGORY_LETTER[c.categorie]).join(''),
		firstUse: cats.map((c) => (c.eerste ? (pdIndex.get(c.eerste) ?? -1) : -1)),
		inherited: cats.filter((c) => c.geerfd).map((c) => c.gemeentecode),
		codes,
		status: grid.map((row) => row.join('')),
		explanations: expl,
		latest,
		byProvince,
		bySize
	};
}
