// Owns: what the comparison page needs to know of a dataset — every municipality of the series
// (any date) with when it existed and its own latest peildatum, the herindelingen (what a former
// municipality went into), the standards and the peildata — built the same way from the
// published data at build time and from a delivery in the browser during a preview. The figures
// themselves are not in it: each chosen municipality's come from its own view (state.svelte.ts).
import type { Gemeente, Herindeling, Standaard } from '../data/schema';
import { lastScored } from '../maturity/municipality';
import type { Overview } from '../maturity/overview';

/** A municipality of the dataset, with when it existed and its own latest peildatum. */
export interface CompareGemeente {
	code: string;
	naam: string;
	geldig_vanaf: string | null;
	geldig_tot: string | null;
	/** The latest peildatum at which it has figures (the peildatum of its default view). */
	laatste: string;
}

export type Move = Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort' | 'aandeel_inwoners'>;
export type CompareStandaard = Pick<Standaard, 'standaard_id' | 'naam' | 'prioriteit'>;

export interface CompareDataset {
	peildata: string[];
	gemeenten: CompareGemeente[];
	herindelingen: Move[];
	standaarden: CompareStandaard[];
}

/** The dataset's facts for the comparison; `overview` is its default national view (every municipality). */
export function compareDataset(gemeenten: readonly Gemeente[], herindelingen: readonly Herindeling[], standaarden: readonly Standaard[], overview: Overview): CompareDataset {
	const ov = overview;
	return {
		peildata: [...ov.peildata],
		gemeenten: gemeenten.map((g) => ({
			code: g.gemeentecode,
			naam: g.gemeentenaam,
			geldig_vanaf: g.geldig_vanaf,
			geldig_tot: g.geldig_tot,
			laatste: ov.peildata[lastScored(ov, ov.codes.indexOf(g.gemeentecode))]
		})),
		herindelingen: herindelingen.map(({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners }) => ({ datum, oude_code, nieuwe_code, soort, aandeel_inwoners })),
		standaarden: standaarden.map(({ standaard_id, naam, prioriteit }) => ({ standaard_id, naam, prioriteit }))
	};
}
