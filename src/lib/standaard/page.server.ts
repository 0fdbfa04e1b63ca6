// Owns: the build-time data of the standards' pages: what they share is computed once per build
// (shares, categories, explanations: one query each), each standard's view once (both languages
// use it); and each municipality page's slice of the categories and explanations.
import { getSite } from '../maturity/site.server';
import { adoptionFrom, type MunicipalityAdoption } from './adoption';
import { precompute, standaardView, type Precomputed } from './compute';
import type { StandaardView } from './view';

let pre: Promise<Precomputed> | undefined;
const views = new Map<string, Promise<StandaardView | null>>();

function published(): Promise<Precomputed> {
	return (pre ??= getSite().then((site) => precompute(site.db)));
}

/** A municipality's adopter categories and explanations (the municipality pages), from the once-per-build results. */
export async function publishedAdoptionOf(code: string): Promise<MunicipalityAdoption> {
	const p = await published();
	return adoptionFrom(code, p.categories, p.explanations);
}

export function publishedStandaardView(id: string): Promise<StandaardView | null> {
	let v = views.get(id);
	if (!v) {
		v = Promise.all([getSite(), published()]).then(([site, p]) => standaardView(site.db, id, p));
		views.set(id, v);
	}
	return v;
}
