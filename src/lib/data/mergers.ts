// Owns: the history of the municipal division (herindelingen) as pure functions over the
// contract's rows: which municipality existed on a date, what a dissolved one went into and what
// a new one came from, the dates on which the division changed, and the crosswalk that re-bases
// any municipality onto the division of a later date (with the share of its inhabitants that
// went to each part). Used by the pipeline, the validator, the SQL (as a table) and the pages.
import type { Gemeente, Herindeling } from './contract';
import { compareCodes } from '../i18n/format';

type Period = Pick<Gemeente, 'gemeentecode' | 'geldig_vanaf' | 'geldig_tot'>;
type Move = Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort' | 'aandeel_inwoners'>;

/** Whether a municipality existed on `date` (YYYY-MM-DD): from `geldig_vanaf` (inclusive) to `geldig_tot` (exclusive). */
export function existsOn(g: Pick<Period, 'geldig_vanaf' | 'geldig_tot'>, date: string): boolean {
	return (g.geldig_vanaf === null || g.geldig_vanaf <= date) && (g.geldig_tot === null || date < g.geldig_tot);
}

/** The municipalities that existed on `date`. */
export function divisionOn<G extends Period>(gemeenten: readonly G[], date: string): G[] {
	return gemeenten.filter((g) => existsOn(g, date));
}

/** Where a dissolved municipality went (rows with oude_code = code), largest share first. */
export function successorsOf<M extends Move>(code: string, moves: readonly M[]): M[] {
	return moves.filter((m) => m.oude_code === code).sort((a, b) => b.aandeel_inwoners - a.aandeel_inwoners || compareCodes(a.nieuwe_code, b.nieuwe_code));
}

/** What went into a municipality (rows with nieuwe_code = code), oldest first. */
export function predecessorsOf<M extends Move>(code: string, moves: readonly M[]): M[] {
	return moves.filter((m) => m.nieuwe_code === code).sort((a, b) => compareCodes(a.datum, b.datum) || compareCodes(a.oude_code, b.oude_code));
}

/** The dates on which the set of municipalities changes, sorted. */
export function divisionDates(gemeenten: readonly Period[]): string[] {
	const dates = new Set<string>();
	for (const g of gemeenten) {
		if (g.geldig_vanaf) dates.add(g.geldig_vanaf);
		if (g.geldig_tot) dates.add(g.geldig_tot);
	}
	return [...dates].sort();
}

export interface CrosswalkRow {
	/** A municipality of any date. */
	gemeentecode: string;
	/** A municipality existing on the target date that (part of) it is now. */
	huidig: string;
	/** Share of the municipality's inhabitants that went to `huidig` (the product along a chain of changes). */
	aandeel: number;
}

/**
 * Every municipality mapped onto the division of `date`: a municipality that exists then maps to
 * itself (share 1); a dissolved one follows its herindelingen to the municipalities of `date`,
 * shares multiplied along the way (a split divides, a later merger passes the share on). A
 * municipality created after `date` maps to nothing.
 */
export function crosswalk(gemeenten: readonly Period[], moves: readonly Move[], date: string): CrosswalkRow[] {
	const byCode = new Map(gemeenten.map((g) => [g.gemeentecode, g]));
	const out: CrosswalkRow[] = [];
	const follow = (code: string, share: number, origin: string, seen: Set<string>) => {
		const g = byCode.get(code);
		if (!g) throw new Error(`crosswalk: ${code} is not in gemeenten`);
		if (existsOn(g, date)) {
			const prev = out.find((r) => r.gemeentecode === origin && r.huidig === code);
			if (prev) prev.aandeel += share;
			else out.push({ gemeentecode: origin, huidig: code, aandeel: share });
			return;
		}
		if (g.geldig_vanaf !== null && date < g.geldig_vanaf) return; // not yet created on `date`
		if (seen.has(code)) throw new Error(`crosswalk: herindelingen loop through ${code}`);
		const next = successorsOf(code, moves);
		if (!next.length) throw new Error(`crosswalk: ${code} ended ${g.geldig_tot} but herindelingen.csv says nowhere it went`);
		for (const m of next) follow(m.nieuwe_code, share * m.aandeel_inwoners, origin, new Set([...seen, code]));
	};
	for (const g of gemeenten) follow(g.gemeentecode, 1, g.gemeentecode, new Set());
	return out.sort((a, b) => compareCodes(a.gemeentecode, b.gemeentecode) || compareCodes(a.huidig, b.huidig));
}
