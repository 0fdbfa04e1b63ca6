// Owns: the divisions of the municipalities over time as the data pipeline wrote them
// (static/generated/geo/indelingen.json): for each, the dates it covers, how many municipalities
// it has and which boundary file it is drawn from. A peildatum is shown on the map of the
// division in force on that date.

export interface Division {
	/** Id in the map file names (gemeenten_<id>.topo.json): the year, or the start date. */
	id: string;
	/** First day (null: from the start of the series). */
	vanaf: string | null;
	/** First day of the next division (null: in force now). */
	tot: string | null;
	/** Number of municipalities. */
	n: number;
	/** Boundary file drawn from, and municipalities merged into another on top of it. */
	bron: string;
	samengevoegd: { from: string; into: string }[];
}

/** The division in force on `date` (YYYY-MM-DD). */
export function divisionAt(divisions: readonly Division[], date: string): Division {
	const d = divisions.find((x) => (x.vanaf === null || x.vanaf <= date) && (x.tot === null || date < x.tot));
	if (!d) throw new Error(`No division of the municipalities covers ${date}`);
	return d;
}
