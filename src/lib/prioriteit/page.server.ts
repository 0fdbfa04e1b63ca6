// Owns: the build-time data of the nine priority pages (each computed once; both languages use it).
import type { Priority } from '../data/schema';
import { getSite } from '../maturity/site.server';
import { publishedStandardsList } from '../standaarden/page.server';
import { priorityView } from './compute';
import type { PriorityView } from './view';

const views = new Map<number, Promise<PriorityView>>();

export function publishedPriorityView(n: Priority): Promise<PriorityView> {
	let v = views.get(n);
	if (!v) {
		v = Promise.all([getSite(), publishedStandardsList()]).then(([site, list]) =>
			priorityView(site.db, n, { codes: site.gemeenten.map((g) => g.gemeentecode), all: site.overview, list })
		);
		views.set(n, v);
	}
	return v;
}
