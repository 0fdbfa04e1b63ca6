// Owns: one municipality's place in each standard's adoption — its adopter category and first use
// per standard, and the explanations it gave — for the municipality page, from the named queries
// (build time: sliced from the once-per-build results; preview: computed by the browser engine).
import type { Db } from '../maturity/dataset';
import { adopterCategories, explanations, type AdopterRow, type Explanation } from '../maturity/queries';
import type { AdopterCategory } from '../maturity/scoring';

export interface MunicipalityAdoption {
	/** Per standard id; absent for a municipality that no longer exists (categories are for today's). */
	categories: Record<string, { c: AdopterCategory; eerste: string | null; geerfd: boolean }>;
	explanations: Omit<Explanation, 'gemeentecode'>[];
}

/** A municipality's slice of all categories and explanations. */
export function adoptionFrom(code: string, categories: readonly AdopterRow[], expl: readonly Explanation[]): MunicipalityAdoption {
	return {
		categories: Object.fromEntries(categories.filter((r) => r.gemeentecode === code).map((r) => [r.standaard_id, { c: r.categorie, eerste: r.eerste, geerfd: r.geerfd }])),
		explanations: expl.filter((e) => e.gemeentecode === code).map(({ gemeentecode: _, ...e }) => e)
	};
}

export async function municipalityAdoption(db: Db, code: string): Promise<MunicipalityAdoption> {
	const [c, e] = await Promise.all([adopterCategories(db, { gemeente: code }), explanations(db, { gemeente: code })]);
	return adoptionFrom(code, c, e);
}
