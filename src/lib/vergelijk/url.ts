// Owns: the comparison page's URL state: ?gemeenten=GM0363,GM0518 (2–8 municipalities, in the
// order chosen) and ?peildatum=… (a common peildatum other than the default, or `eigen`: each
// municipality at its own latest peildatum). Forgiving: codes in any common spelling (363, 0363,
// gm0363, "GM 363"), separated by commas, semicolons or spaces, or in repeated parameters; unknown
// codes and duplicates are dropped, the list is capped; a peildatum at which not all chosen
// municipalities existed falls back to the default. Also the rule for that default: the latest
// peildatum at which all chosen municipalities existed (the division in force then).
import { existsOn } from '../data/mergers';
import { canonicalGemeentecode } from '../data/normalise';

/** At most this many municipalities side by side. */
export const MAX_GEMEENTEN = 8;
/** ?peildatum=eigen: each municipality at its own latest peildatum. */
export const OWN = 'eigen';

export interface CompareSettings {
	/** The chosen municipalities, in the order chosen (any date's codes: former ones too). */
	gemeenten: string[];
	/** null: the default (see resolvePeildatum); OWN; or a peildatum at which all chosen municipalities existed. */
	peildatum: string | null;
}

export interface CompareContext {
	/** The dataset's peildata, ascending. */
	peildata: readonly string[];
	/** Every municipality the dataset knows (any date), with when it existed. */
	gemeenten: readonly { code: string; geldig_vanaf: string | null; geldig_tot: string | null }[];
}

/** Which peildatum the comparison uses: one for all, or each municipality its own latest. */
export type ResolvedPeildatum =
	| { kind: 'common'; peildatum: string; /** the default, not a choice */ latest: boolean }
	| { kind: 'own'; /** false: there is no peildatum at which all chosen municipalities existed */ chosen: boolean };

export function defaultCompareSettings(): CompareSettings {
	return { gemeenten: [], peildatum: null };
}

/** Codes from the parameter values, canonical, known, without duplicates, at most MAX_GEMEENTEN. */
export function parseCodes(values: readonly string[], known: ReadonlySet<string>): string[] {
	const out: string[] = [];
	for (const piece of values.flatMap((v) => v.split(/[,;]/))) {
		const whole = canonicalGemeentecode(piece);
		const codes = whole ? [whole] : piece.split(/[\s+]+/).map((p) => canonicalGemeentecode(p));
		for (const c of codes) if (c && known.has(c) && !out.includes(c)) out.push(c);
	}
	return out.slice(0, MAX_GEMEENTEN);
}

/** The peildata at which every one of `codes` existed (ascending); all peildata for none. */
export function commonPeildata(codes: readonly string[], ctx: CompareContext): string[] {
	const byCode = new Map(ctx.gemeenten.map((g) => [g.code, g]));
	const periods = codes.map((c) => byCode.get(c)).filter((g) => g !== undefined);
	return ctx.peildata.filter((pd) => periods.every((g) => existsOn(g, pd)));
}

/** The comparison's default peildatum: the latest at which all chosen municipalities existed (null: none). */
export function latestCommon(codes: readonly string[], ctx: CompareContext): string | null {
	return commonPeildata(codes, ctx).at(-1) ?? null;
}

/** The settings with a peildatum that holds for these municipalities (the default written as null). */
export function normaliseCompareSettings(s: CompareSettings, ctx: CompareContext): CompareSettings {
	const gemeenten = s.gemeenten.slice(0, MAX_GEMEENTEN);
	let peildatum = s.peildatum;
	if (peildatum !== null && peildatum !== OWN) {
		const common = commonPeildata(gemeenten, ctx);
		if (!common.includes(peildatum) || peildatum === common.at(-1)) peildatum = null;
	}
	return { gemeenten, peildatum };
}

/** The peildatum the comparison uses for these settings in this dataset. */
export function resolvePeildatum(s: CompareSettings, ctx: CompareContext): ResolvedPeildatum {
	if (s.peildatum === OWN) return { kind: 'own', chosen: true };
	const common = commonPeildata(s.gemeenten, ctx);
	const latest = common.at(-1);
	if (s.peildatum !== null && common.includes(s.peildatum)) return { kind: 'common', peildatum: s.peildatum, latest: s.peildatum === latest };
	return latest ? { kind: 'common', peildatum: latest, latest: true } : { kind: 'own', chosen: false };
}

export function parseCompareSettings(q: URLSearchParams, ctx: CompareContext): CompareSettings {
	const known = new Set(ctx.gemeenten.map((g) => g.code));
	const gemeenten = parseCodes([...q.getAll('gemeenten'), ...q.getAll('gemeente')], known);
	const pd = q.get('peildatum')?.trim().toLowerCase() ?? null;
	return normaliseCompareSettings({ gemeenten, peildatum: pd || null }, ctx);
}

/** The query string for these settings (codes joined by plain commas, so a shared link stays readable). */
export function compareSettingsToQuery(s: CompareSettings): string {
	const parts: string[] = [];
	if (s.gemeenten.length) parts.push(`gemeenten=${s.gemeenten.join(',')}`);
	if (s.peildatum) parts.push(`peildatum=${encodeURIComponent(s.peildatum)}`);
	return parts.length ? `?${parts.join('&')}` : '';
}
