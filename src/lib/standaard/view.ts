// Owns: the shape of everything the page of one standard shows (compute.ts computes it from a
// dataset), compact for the page's data: statuses and categories as one letter per
// municipality, first use as an index into the peildata. Pure: no SQL.
import type { Standaard } from '../data/schema';
import type { Explanation, GroupAdoption, StandardCellStatus, StatusCounts } from '../maturity/queries';
import { ADOPTER_CATEGORY_IDS, type AdopterCategory } from '../maturity/scoring';
import type { Forecast } from './diffusion';

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
