// Owns: the row of the table of municipalities (ScoreTable), as the overview's state derives it.
import type { Group } from '$lib/maturity/methods';
import type { CellStatus } from '$lib/maturity/queries';

export interface TableRow {
	code: string;
	naam: string;
	provincie: string;
	inwoners: number | null;
	score: number | null;
	rank: number | null;
	percentile: number | null;
	group: Group | null;
	change: number | null;
	/** The status of one standard (when the map is coloured by it). */
	status?: CellStatus | null;
}
