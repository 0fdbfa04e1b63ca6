// Owns: the method's shared vocabulary that pages use without running it: status values, the
// decimals scores are compared at, what a score is computed over (scope) and on which division,
// and Rogers' adopter categories. Plain constants and types, no SQL: a page that imports these
// does not load the engine's code (sql.ts re-exports them for the SQL modules).
import type { Kind, Status } from '../data/schema';

/** Status values of the default method (BRIEF: niet_gestart 0, gepland 0.25, in_implementatie 0.5, in_gebruik 1). */
export const STATUS_VALUES: Record<Status, number> = {
	niet_gestart: 0,
	gepland: 0.25,
	in_implementatie: 0.5,
	in_gebruik: 1
};

/** Scores and boundaries are compared at this many decimals, so float noise cannot move a municipality. */
export const SCORE_DECIMALS = 9;

/** Which standards a score is computed over: all, one GGU priority, or one kind of activity. */
export interface Scope {
	prioriteit?: number | null;
	soort?: Kind | null;
}

export function scopeKey(s: Scope): string {
	return s.prioriteit ? `p${s.prioriteit}` : s.soort ? `s_${s.soort}` : 'all';
}

/**
 * Which division the scores of a peildatum are on: the municipalities that existed on that date
 * (`peildatum`, as CBS computes its statistics), or today's municipalities with earlier figures
 * re-based from their predecessors (`huidig`, see sql.ts rebasedScoresTableSql).
 */
export type Division = 'peildatum' | 'huidig';

/**
 * Rogers' adopter categories in order of first use, each with the upper end of its slice of all
 * municipalities in per mille (exclusive): innovators 2.5 %, early adopters 13.5 % (to 16 %),
 * early majority 34 % (to 50 %), late majority 34 % (to 84 %), laggards 16 %.
 */
export const ADOPTER_CATEGORIES = [
	{ id: 'innovator', upto: 25 },
	{ id: 'vroege_adopter', upto: 160 },
	{ id: 'vroege_meerderheid', upto: 500 },
	{ id: 'late_meerderheid', upto: 840 },
	{ id: 'achterblijver', upto: 1000 }
] as const;

/** Rogers' adopter categories, and `nog_niet` for not (yet) in use. */
export type AdopterCategory = (typeof ADOPTER_CATEGORIES)[number]['id'] | 'nog_niet';
export const ADOPTER_CATEGORY_IDS: readonly AdopterCategory[] = [...ADOPTER_CATEGORIES.map((c) => c.id), 'nog_niet'];
/** Each category's share of all municipalities (0–1), in order; nog_niet has none. */
export const ADOPTER_CATEGORY_SHARES: Readonly<Record<Exclude<AdopterCategory, 'nog_niet'>, number>> = Object.fromEntries(
	ADOPTER_CATEGORIES.map((c, i) => [c.id, (c.upto - (i ? ADOPTER_CATEGORIES[i - 1].upto : 0)) / 1000])
) as Record<Exclude<AdopterCategory, 'nog_niet'>, number>;
