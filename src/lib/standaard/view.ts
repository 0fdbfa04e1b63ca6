// Owns: everything the page of one standard shows, computed from a dataset by the named queries
// (SQL) plus the diffusion fit (diffusion.ts) on the SQL's shares — at build time (prerender) and
// in the browser for a delivery's preview. Compact for the page's data: statuses and categories
// as one letter per municipality, first use as an index into the peildata.
import type { Standaard } from '../data/schema';
import type { Db } from '../maturity/dataset';
import {
	ADOPTER_CATEGORY_IDS,
	adopterCategories,
	explanations,
	peildata as peildataOf,
	standaarden as standaardenOf,
	standardByGroup,
	standardShares,
	standardStatuses,
	type AdopterCategory,
	type AdopterRow,
	type Explanation,
	type GroupAdoption,
	type StandardCellStatus,
	type StandardShare,
	type StatusCounts
} from '../maturity/queries';
import { decimalYear, forecast, type Forecast } from './diffusion';
import { compareCodes } from '../i18n/format';

export interface SharePoint extends StatusCounts {
	peildatum: string;
}

export interface StandaardView {
	standaard: Standaard;
	/** Every peildatum of the series. */
	peildata: string[];
	/** Status counts at each peildatum since the standard was available. */
	shares: SharePoint[];
	forecast: Forecast;
	/** Today's municipalities (the division of the latest peildatum), by code. */
	today: string[];
	/** Adopter category of today[i], one letter each (CATEGORY_LETTER). */
	category: string;
	/** First use of today[i] as an index into `peildata`; −1: not (yet) in use. */
	firstUse: number[];
	/** Today's municipalities whose first use is inherited from what they were formed from. */
	inherited: string[];
	/** Every municipality that existed at a peildatum since the standard was available, by code. */
	codes: string[];
	/** Per peildatum: one letter per codes[i] (STATUS_LETTER; '-': did not exist then, or standard not yet available). */
	status: string[];
	explanations: Explanation[];
	/** The latest peildatum, and adoption then per province and per size class. */
	latest: string;
	byProvince: GroupAdoption[];
	bySize: GroupAdoption[];
}

export const STATUS_LETTER: Record<StandardCellStatus, string> = { niet_gestart: 'n', gepland: 'g', in_implementatie: 'i', in_gebruik: 'u', ontbreekt: 'o', geen: 'x' };
const LETTER_STATUS = Object.fromEntries(Object.entries(STATUS_LETTER).map(([k, v]) => [v, k])) as Record<string, StandardCellStatus>;
export const statusOfLetter = (c: string | undefined): StandardCellStatus | null => (c ? (LETTER_STATUS[c] ?? null) : null);

export const CATEGORY_LETTER: Record<AdopterCategory, string> = Object.fromEntries(ADOPTER_CATEGORY_IDS.map((c, i) => [c, String((i + 1) % ADOPTER_CATEGORY_IDS.length)])) as Record<AdopterCategory, string>;
const LETTER_CATEGORY = Object.fromEntries(Object.entries(CATEGORY_LETTER).map(([k, v]) => [v, k])) as Record<string, AdopterCategory>;
export const categoryOfLetter = (c: string | undefined): AdopterCategory | null => (c ? (LETTER_CATEGORY[c] ?? null) : null);

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
