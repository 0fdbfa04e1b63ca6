// Owns: the compact form of the municipalities list that pages carry in their HTML (hydration
// data): columns instead of 360 objects with repeated keys, provinces and size classes as
// indices, validity dates only where set. About a fifth of the plain JSON.
import { SIZE_CLASSES, type Gemeente, type SizeClass } from './schema';

export type PageGemeente = Pick<Gemeente, 'gemeentecode' | 'gemeentenaam' | 'provinciecode' | 'provincienaam' | 'inwoners' | 'grootteklasse' | 'geldig_vanaf' | 'geldig_tot'>;

export interface PackedGemeenten {
	code: string[];
	naam: string[];
	/** [provinciecode, provincienaam] per province; `prov` indexes it. */
	provincies: [string, string][];
	prov: number[];
	inwoners: (number | null)[];
	/** Index into SIZE_CLASSES, or -1. */
	klasse: number[];
	vanaf: Record<string, string>;
	tot: Record<string, string>;
}

export function packGemeenten(list: readonly PageGemeente[]): PackedGemeenten {
	const provincies = [...new Map(list.map((g) => [g.provinciecode, g.provincienaam])).entries()];
	const provIndex = new Map(provincies.map(([c], i) => [c, i]));
	return {
		code: list.map((g) => g.gemeentecode),
		naam: list.map((g) => g.gemeentenaam),
		provincies,
		prov: list.map((g) => provIndex.get(g.provinciecode)!),
		inwoners: list.map((g) => g.inwoners),
		klasse: list.map((g) => (g.grootteklasse ? SIZE_CLASSES.indexOf(g.grootteklasse) : -1)),
		vanaf: Object.fromEntries(list.filter((g) => g.geldig_vanaf).map((g) => [g.gemeentecode, g.geldig_vanaf!])),
		tot: Object.fromEntries(list.filter((g) => g.geldig_tot).map((g) => [g.gemeentecode, g.geldig_tot!]))
	};
}

export function unpackGemeenten(p: PackedGemeenten): PageGemeente[] {
	return p.code.map((code, i) => ({
		gemeentecode: code,
		gemeentenaam: p.naam[i],
		provinciecode: p.provincies[p.prov[i]][0],
		provincienaam: p.provincies[p.prov[i]][1],
		inwoners: p.inwoners[i],
		grootteklasse: p.klasse[i] >= 0 ? (SIZE_CLASSES[p.klasse[i]] as SizeClass) : null,
		geldig_vanaf: p.vanaf[code] ?? null,
		geldig_tot: p.tot[code] ?? null
	}));
}
