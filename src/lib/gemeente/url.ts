// Owns: a municipality page's URL state: ?peildatum=… (another peildatum than the page's own),
// ?vergelijk=… (the comparison group), ?met=GM…,GM… (hand-picked peers) and ?plan=… (a what-if plan:
// standaard:status[@peildatum],…, see plan.ts). Forgiving: an unknown value falls back to the
// default; codes are read in any common spelling (363, gm0363).
import { canonicalGemeentecode } from '../data/normalise';
import { DEFAULT_PEER_MODE, PEER_MODES, type PeerMode } from '../maturity/municipality';
import { parsePlan, planToText, type PlanStep } from './plan';

/** At most this many hand-picked peers. */
export const MAX_CUSTOM = 20;

export interface GemeenteSettings {
	/** The peildatum shown; null = the page's own (the latest at which the municipality has figures). */
	peildatum: string | null;
	vergelijk: PeerMode;
	/** Hand-picked peers (used when vergelijk = 'eigen'). */
	met: string[];
	/** A what-if plan (empty: none). */
	plan: PlanStep[];
}

export interface GemeenteContext {
	code: string;
	peildata: readonly string[];
	/** The page's own peildatum. */
	defaultPeildatum: string;
	/** Standards a plan may name; any well-formed id when absent. */
	planStandaarden?: readonly string[];
	/** Target peildata a plan may name; any date when absent. */
	planDates?: readonly string[];
}

export function defaultGemeenteSettings(): GemeenteSettings {
	return { peildatum: null, vergelijk: DEFAULT_PEER_MODE, met: [], plan: [] };
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
		met: [...new Set(met)].slice(0, MAX_CUSTOM),
		plan: parsePlan(q.get('plan'), { standaarden: ctx.planStandaarden, dates: ctx.planDates })
	};
}

export function gemeenteSettingsToQuery(s: GemeenteSettings): string {
	const q = new URLSearchParams();
	if (s.peildatum) q.set('peildatum', s.peildatum);
	if (s.vergelijk !== DEFAULT_PEER_MODE) q.set('vergelijk', s.vergelijk);
	if (s.vergelijk === 'eigen' && s.met.length) q.set('met', s.met.join(','));
	if (s.plan.length) q.set('plan', planToText(s.plan));
	const str = q.toString();
	return str ? `?${str}` : '';
}
