// Owns: finding municipalities by name the way people type them: without diacritics or
// apostrophes, with or without the "'s-" prefix, and by well-known everyday names
// ("Den Haag" for 's-Gravenhage, "Den Bosch" for 's-Hertogenbosch).
import { compareText } from '../i18n/format';

/** Everyday names that differ from the official CBS name (official name → aliases). */
export const NAME_ALIASES: Readonly<Record<string, readonly string[]>> = {
	"'s-Gravenhage": ['Den Haag', 'The Hague'],
	"'s-Hertogenbosch": ['Den Bosch'],
	'Súdwest-Fryslân': ['Sudwest Friesland', 'Zuidwest Friesland'],
	'Noardeast-Fryslân': ['Noordoost Friesland']
};

/** Lower case, no diacritics, only letters and digits ("'s-Gravenhage" → "sgravenhage"). */
export function normaliseName(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Keys a name can be found by: normalised, and without a leading "'s-" ("gravenhage"). */
function nameKeys(name: string): string[] {
	const n = normaliseName(name);
	const stripped = /^['’`]s[-\s]/i.test(name.trim()) ? n.slice(1) : null;
	return stripped ? [n, stripped] : [n];
}

export interface NameEntry {
	code: string;
	naam: string;
	/** For a municipality that no longer exists: the names of what it is part of now. */
	nu?: readonly string[];
}

export interface NameMatch extends NameEntry {
	/** The alias that matched, when it was not the official name. */
	via: string | null;
}

/**
 * Matches for a query, best first: exact, then prefix, then substring (on the official name and
 * aliases); within a rank alphabetically. Also matches the CBS code ("363", "GM0363").
 */
export function searchNames(query: string, entries: readonly NameEntry[], limit = 10): NameMatch[] {
	const q = normaliseName(query);
	if (!q) return [];
	const codeQuery = /^(gm)?\d{1,4}$/i.test(query.trim()) ? 'GM' + query.trim().replace(/^gm/i, '').padStart(4, '0') : null;
	const scored: { m: NameMatch; rank: number }[] = [];
	for (const e of entries) {
		if (codeQuery && e.code === codeQuery.toUpperCase()) {
			scored.push({ m: { ...e, via: null }, rank: 0 });
			continue;
		}
		let best: { rank: number; via: string | null } | null = null;
		for (const [name, via] of [[e.naam, null] as const, ...(NAME_ALIASES[e.naam] ?? []).map((a) => [a, a] as const)]) {
			const rank = Math.min(...nameKeys(name).map((n) => (n === q ? 1 : n.startsWith(q) ? 2 : n.includes(q) ? 3 : 9)));
			if (rank < 9 && (!best || rank < best.rank)) best = { rank, via };
		}
		if (best) scored.push({ m: { ...e, via: best.via }, rank: best.rank });
	}
	return scored
		.sort((a, b) => a.rank - b.rank || compareText(a.m.naam, b.m.naam))
		.slice(0, limit)
		.map((x) => x.m);
}
