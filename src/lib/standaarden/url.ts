// Owns: the standards list's URL state: ?sorteer=adoptie|snelheid|prioriteit, ?prioriteit=1…9,
// ?soort=structureel|programma|project. Forgiving: an unknown value falls back to the default
// (sorted by current adoption, no filters), and the defaults are left out of the URL.
import { KINDS, PRIORITIES, type Kind, type Priority } from '../data/schema';
import { SORTS, type Sort } from './view';

export interface ListSettings {
	sorteer: Sort;
	prioriteit: Priority | null;
	soort: Kind | null;
}

export const DEFAULT_SORT: Sort = 'adoptie';

export function defaultListSettings(): ListSettings {
	return { sorteer: DEFAULT_SORT, prioriteit: null, soort: null };
}

export function parseListSettings(q: URLSearchParams): ListSettings {
	const s = q.get('sorteer')?.trim().toLowerCase();
	const p = Number(q.get('prioriteit'));
	const k = q.get('soort')?.trim().toLowerCase();
	return {
		sorteer: s && (SORTS as readonly string[]).includes(s) ? (s as Sort) : DEFAULT_SORT,
		prioriteit: (PRIORITIES as readonly number[]).includes(p) ? (p as Priority) : null,
		soort: k && (KINDS as readonly string[]).includes(k) ? (k as Kind) : null
	};
}

export function listSettingsToQuery(s: ListSettings): string {
	const q = new URLSearchParams();
	if (s.sorteer !== DEFAULT_SORT) q.set('sorteer', s.sorteer);
	if (s.prioriteit !== null) q.set('prioriteit', String(s.prioriteit));
	if (s.soort !== null) q.set('soort', s.soort);
	const str = q.toString();
	return str ? `?${str}` : '';
}
