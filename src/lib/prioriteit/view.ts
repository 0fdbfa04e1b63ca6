// Owns: the shape of what the page of one GGU priority shows (compute.ts computes it from a
// dataset): its standards (the list rows), the scores over that priority's standards with the
// default method — their distribution and groups at the latest peildatum, for the map — and the
// trend of the mean score, beside the mean over all standards. Pure: no SQL.
import type { Priority } from '../data/schema';
import type { Boundaries, Group } from '../maturity/methods';
import type { StandardRow } from '../standaarden/view';

export interface TrendRow {
	peildatum: string;
	/** Mean and median score (0–1) over this priority's standards; null before any was available. */
	mean: number | null;
	median: number | null;
	/** Mean score over all standards. */
	meanAll: number | null;
	n: number;
}

export interface PriorityView {
	prioriteit: Priority;
	peildata: string[];
	/** The latest peildatum with scores for this priority. */
	latest: string | null;
	/** The municipalities with a score then, their score (5 decimals) and group (k/p/a). */
	codes: string[];
	score: number[];
	group: string;
	boundaries: Boundaries | null;
	trend: TrendRow[];
	standards: StandardRow[];
}

/** A group as one letter in the page's data (PriorityView.group). */
export const G2L: Record<Group, string> = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' };
const L2G: Record<string, Group> = { k: 'kopgroep', p: 'peloton', a: 'achterhoede' };
export const groupOfLetter = (c: string | undefined): Group | null => (c ? (L2G[c] ?? null) : null);
