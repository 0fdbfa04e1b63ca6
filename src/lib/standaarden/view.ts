// Owns: the list of standards as the pages show it — per standard its catalogue entry, the share
// in use at every peildatum (among the municipalities that existed then) and its pace from 10 %
// to 50 % in use — made from the named queries' rows (compute.ts runs them), and the sorting and
// filtering of the list. Pure: pages import this without the engine's code.
import type { Kind, Priority, Standaard } from '../data/schema';
import type { StandardPace, StandardShare } from '../maturity/queries';
import { compareText } from '../i18n/format';

export interface StandardRow {
	id: string;
	naam: string;
	prioriteit: Priority;
	soort: Kind;
	beschikbaar_sinds: string;
	/** Share in use at every peildatum of the series (null before the standard was available), 0–1, 4 decimals. */
	share: (number | null)[];
	/** Share in use at the latest peildatum. */
	now: number | null;
	pace: Omit<StandardPace, 'standaard_id' | 'laatste'>;
}

export interface StandardsList {
	peildata: string[];
	rows: StandardRow[];
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Rows from the SQL's shares and pace (one pass over each). */
export function listFrom(peildata: readonly string[], standaarden: readonly Standaard[], shares: readonly StandardShare[], pace: readonly StandardPace[]): StandardsList {
	const idx = new Map(peildata.map((p, i) => [p, i]));
	const byStd = new Map<string, (number | null)[]>(standaarden.map((s) => [s.standaard_id, peildata.map(() => null)]));
	for (const sh of shares) {
		const row = byStd.get(sh.standaard_id);
		const i = idx.get(sh.peildatum);
		if (row && i !== undefined) row[i] = sh.n ? r4(sh.n_in_gebruik / sh.n) : null;
	}
	const paceOf = new Map(pace.map((p) => [p.standaard_id, p]));
	return {
		peildata: [...peildata],
		rows: standaarden.map((s) => {
			const share = byStd.get(s.standaard_id)!;
			const p = paceOf.get(s.standaard_id);
			return {
				id: s.standaard_id,
				naam: s.naam,
				prioriteit: s.prioriteit,
				soort: s.soort,
				beschikbaar_sinds: s.beschikbaar_sinds,
				share,
				now: share[share.length - 1] ?? null,
				pace: {
					t10: p?.t10 ?? null,
					t50: p?.t50 ?? null,
					t10_voor_reeks: p?.t10_voor_reeks ?? false,
					t50_voor_reeks: p?.t50_voor_reeks ?? false,
					halfjaren: p?.halfjaren ?? null
				}
			};
		})
	};
}

export const SORTS = ['adoptie', 'snelheid', 'prioriteit'] as const;
export type Sort = (typeof SORTS)[number];

/**
 * Sorted: by current adoption (highest first), by speed (fewest half-years from 10 % to 50 %
 * first; not observed last) or by priority (then name). Ties by name.
 */
export function sortRows(rows: readonly StandardRow[], sort: Sort): StandardRow[] {
	const byName = (a: StandardRow, b: StandardRow) => compareText(a.naam, b.naam);
	const nullsLast = (a: number | null, b: number | null, dir: 1 | -1) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : dir * (a - b));
	return [...rows].sort((a, b) => {
		if (sort === 'adoptie') return nullsLast(a.now, b.now, -1) || byName(a, b);
		if (sort === 'snelheid') return nullsLast(a.pace.halfjaren, b.pace.halfjaren, 1) || nullsLast(a.now, b.now, -1) || byName(a, b);
		return a.prioriteit - b.prioriteit || byName(a, b);
	});
}
