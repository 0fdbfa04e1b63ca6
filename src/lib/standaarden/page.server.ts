// Owns: the build-time list of standards (once per build; the list page and the priority pages share it).
import { getSite } from '../maturity/site.server';
import { standardsList } from './compute';
import type { StandardsList } from './view';

let list: Promise<StandardsList> | undefined;

export function publishedStandardsList(): Promise<StandardsList> {
	return (list ??= getSite().then((s) => standardsList(s.db)));
}
