// Owns: small derived facts the overview states in words (for the screen-reader summary of the
// map and the headline figures): where each group is concentrated, changes between peildata.
import type { Group } from './methods';
import { compareText } from '../i18n/format';

export interface ProvinceCount {
	provincie: string;
	count: number;
}

/** Provinces with the most municipalities in `group` (ties by name), at most `n`. */
export function topProvinces(
	groups: readonly (Group | null)[],
	provinceOfIndex: (i: number) => string,
	group: Group,
	n = 2
): ProvinceCount[] {
	const c = new Map<string, number>();
	groups.forEach((g, i) => {
		if (g === group) c.set(provinceOfIndex(i), (c.get(provinceOfIndex(i)) ?? 0) + 1);
	});
	return [...c.entries()]
		.map(([provincie, count]) => ({ provincie, count }))
		.sort((a, b) => b.count - a.count || compareText(a.provincie, b.provincie))
		.slice(0, n);
}

/** Mean of the non-null values, or null. */
export function meanOf(xs: readonly (number | null)[]): number | null {
	let s = 0;
	let n = 0;
	for (const x of xs) {
		if (x !== null) {
			s += x;
			n++;
		}
	}
	return n ? s / n : null;
}
