// Owns: the facts the methodology text quotes (computed from the published data at build time,
// formatted for the page's language).
export interface MethodFacts {
	nStandaarden: number;
	allWeightsOne: boolean;
	adoptieRows: string;
	peildatum: string;
	/** Mean, SD and Rogers boundaries at the latest peildatum, on the 0–100 scale, one decimal. */
	mean: string;
	sd: string;
	lower: string;
	upper: string;
	/** The same four with four decimals (the boundaries are computed from the unrounded values). */
	meanExact: string;
	sdExact: string;
	lowerExact: string;
	upperExact: string;
	/** Consecutive peildata with the same number of municipalities in their division. */
	divisions: { n: number; first: string; last: string }[];
	/** Municipalities in the series (any date) and today. */
	nAll: number;
	nToday: number;
	/** Dates of the first and last herindeling in the data. */
	firstChange: string;
	lastChange: string;
}
