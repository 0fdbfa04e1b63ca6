// Owns: a municipality page's URL state: ?peildatum=… (another peildatum than the page's own),
// ?vergelijk=… (the comparison group) and ?met=GM…,GM… (hand-picked peers). Forgiving: an unknown
// value falls back to the default; codes are read in any common spelling (363, gm0363).
import { canonicalGemeentecode } from '../data/normalise';
import { DEFAULT_PEER_MODE, PEER_MODES, type PeerMode } from '../maturity/municipality';

/** At most this many hand-picked peers. */
export const MAX_CUSTOM = 20;

export interface GemeenteSettings {
	/** The peildatum shown; null = the page's own (the latest at which the municipality has figures). */
	peildatum: string | null;
	vergelijk: PeerMode;
	/** Hand-picked peers (used when vergelijk = 'eigen'). */
	met: string[];
}

export interface GemeenteContext {
	code: string;
	peildata: readonly string[];
	/** The page's own peildatum. */
	defaultPeildatum: string;
}

export function defaultGemeenteSettings(): GemeenteSettings {
	return { peildatum: null, vergelijk: DEFAULT_PEER_MODE, met: [] };
}

export function parseGemeenteSettings(q: URLSearchParams, ctx: GemeenteContext): GemeenteSettings {
	const pd = q.get('peildatum');
	const m = q.get('vergelijk');
	const met = (q.get('met') ?? '')
		.split(',')
		.map((c) => canonicalGemeentecode(c))
		.filter((c): c is string => !!c && c !== ctx.code);
	return {
		peildatum: pd && ctx.peildata.includes(pd) && pd !== ctx.defaultPeildatum ? pd : null,
		vergelijk: m && (PEER_MODES as readonly string[]).includes(m) ? (m as PeerMode) : DEFAULT_PEER_MODE,
		met: [...new Set(met)].slice(0, MAX_CUSTOM)
	};
}

export function gemeenteSettingsToQuery(s: GemeenteSettings): string {
	const q = new URLSearchParams();
	if (s.peildatum) q.set('peildatum', s.peildatum);
	if (s.vergelijk !== DEFAULT_PEER_MODE) q.set('vergelijk', s.vergelijk);
	if (s.vergelijk === 'eigen' && s.met.length) q.set('met', s.met.join(','));
	const str = q.toString();
	return str ? `?${str}` : '';
}
