// Owns: which map to draw for which dates. The municipal division changes on the dates of the
// herindelingen (gemeenten.csv: geldig_vanaf / geldig_tot); each period between two such dates
// is one division with its own set of codes. For each division this picks the boundary file to
// draw it from — the newest CBS/Kadaster file with exactly that set of codes — or, when no file
// has it (Weesp joined Amsterdam on 24 March 2022, between two yearly files), the newest earlier
// file with the later toevoegingen/samenvoegingen applied as geometry merges. A division that
// cannot be drawn this way stops the pipeline with what is missing.
import { divisionDates, divisionOn } from '../../src/lib/data/mergers';
import type { Gemeente, Herindeling } from '../../src/lib/data/contract';

/** Boundary files available (cartomap/nl `gemeente_<year>`), each showing the division of 1 January of its year. */
export const BOUNDARY_YEARS = [2020, 2021, 2022, 2023, 2026] as const;

export interface DivisionPlan {
	/** Short id used in file names: the year, or the start date when it is not 1 January. */
	id: string;
	/** First day of this division (null: from the start of the series). */
	vanaf: string | null;
	/** First day of the next division (null: still in force). */
	tot: string | null;
	codes: string[];
	/** Boundary file year drawn from, and merges applied to it. */
	file: number;
	merges: { from: string; into: string }[];
}

type Period = Pick<Gemeente, 'gemeentecode' | 'geldig_vanaf' | 'geldig_tot'>;
type Move = Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort'>;

export function planDivisions(gemeenten: readonly Period[], moves: readonly Move[], fileCodes: ReadonlyMap<number, ReadonlySet<string>>): DivisionPlan[] {
	const dates = divisionDates(gemeenten);
	const starts: (string | null)[] = [null, ...dates];
	return starts.map((vanaf, i) => {
		const tot = i + 1 < starts.length ? starts[i + 1] : null;
		const probe = vanaf ?? '0000-01-01';
		const codes = divisionOn(gemeenten, probe)
			.map((g) => g.gemeentecode)
			.sort();
		const set = new Set(codes);
		const same = (s: ReadonlySet<string>) => s.size === set.size && codes.every((c) => s.has(c));
		const years = [...fileCodes.keys()].sort((a, b) => b - a);
		const exact = years.find((y) => same(fileCodes.get(y)!));
		const idOf = (file: number) => (vanaf === null ? String(file) : vanaf.endsWith('-01-01') ? vanaf.slice(0, 4) : vanaf);
		if (exact !== undefined) return { id: idOf(exact), vanaf, tot, codes, file: exact, merges: [] };
		for (const y of years) {
			const fileDate = `${y}-01-01`;
			if (fileDate > probe) continue;
			const later = moves.filter((m) => m.datum > fileDate && m.datum <= probe && m.soort !== 'splitsing');
			const merges = later.map((m) => ({ from: m.oude_code, into: m.nieuwe_code }));
			const drawn = new Set([...fileCodes.get(y)!].filter((c) => !merges.some((m) => m.from === c)));
			if (same(drawn)) return { id: idOf(y), vanaf, tot, codes, file: y, merges };
		}
		const nearest = years.find((y) => `${y}-01-01` <= probe) ?? years[years.length - 1];
		const have = fileCodes.get(nearest)!;
		throw new Error(
			`No boundary file draws the division of ${vanaf ?? 'the start'} (${codes.length} municipalities). ` +
				`gemeente_${nearest} lacks ${codes.filter((c) => !have.has(c)).join(', ') || 'nothing'} and has extra ${[...have].filter((c) => !set.has(c)).join(', ') || 'nothing'}; ` +
				`check geldig_vanaf/geldig_tot in gemeenten.csv and herindelingen.csv.`
		);
	});
}
