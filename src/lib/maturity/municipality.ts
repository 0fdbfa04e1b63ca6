// Owns: the view of one municipality — its statuses per standard over time, per-priority scores,
// trend against its peers and the nation, why it is in its group, the next steps — and the peer
// groups it can be compared with: the view's shape and the peer rules. Plain data, no SQL:
// computing the view is compute-municipality.ts (the same code at build time and in the browser).
import { existsOn } from '../data/mergers';
import type { Gemeente } from '../data/schema';
import type { Lift, NextStep, PeerAdoption } from './explain';
import type { Boundaries, Group } from './methods';
import type { Overview } from './overview';
import type { CellStatus } from './queries';
import { compareCodes } from '../i18n/format';

export type PeerMode = 'grootteklasse' | 'provincie' | 'buren' | 'profiel' | 'eigen';
export const PEER_MODES: readonly PeerMode[] = ['grootteklasse', 'provincie', 'buren', 'profiel', 'eigen'];
export const DEFAULT_PEER_MODE: PeerMode = 'grootteklasse';
/** How many municipalities "most similar by adoption profile" returns. */
export const PROFILE_K = 10;

export interface DimensionScore {
	peildatum: string;
	gemeentecode: string;
	dim: string;
	score: number;
	n_standaarden: number;
}

export interface PeerContext {
	/** All municipalities of the dataset (any date); peers are taken among those existing on the peildatum. */
	gemeenten: readonly Gemeente[];
	/** Neighbours in the division of the peildatum. */
	neighbours: Readonly<Record<string, { codes: string[] }>>;
}

/** The k municipalities nearest in per-priority scores (Euclidean; ties by code). */
export function mostSimilar(code: string, profiles: ReadonlyMap<string, ReadonlyMap<string, number>>, k = PROFILE_K): string[] {
	const own = profiles.get(code);
	if (!own) return [];
	const dist: { code: string; d: number }[] = [];
	for (const [other, p] of profiles) {
		if (other === code) continue;
		let d = 0;
		for (const [dim, v] of own) d += (v - (p.get(dim) ?? 0)) ** 2;
		dist.push({ code: other, d });
	}
	return dist
		.sort((a, b) => a.d - b.d || compareCodes(a.code, b.code))
		.slice(0, k)
		.map((x) => x.code);
}

/** Peer codes for a mode at a peildatum (municipalities that existed then; never the municipality itself). */
export function peerCodes(
	mode: PeerMode,
	code: string,
	peildatum: string,
	ctx: PeerContext,
	extra: { profiles?: ReadonlyMap<string, ReadonlyMap<string, number>>; custom?: readonly string[] } = {}
): string[] {
	const self = ctx.gemeenten.find((g) => g.gemeentecode === code);
	if (!self) return [];
	const others = ctx.gemeenten.filter((g) => g.gemeentecode !== code && existsOn(g, peildatum));
	switch (mode) {
		case 'grootteklasse':
			return self.grootteklasse ? others.filter((g) => g.grootteklasse === self.grootteklasse).map((g) => g.gemeentecode) : [];
		case 'provincie':
			return others.filter((g) => g.provinciecode === self.provinciecode).map((g) => g.gemeentecode);
		case 'buren':
			return [...(ctx.neighbours[code]?.codes ?? [])].filter((c) => others.some((g) => g.gemeentecode === c));
		case 'profiel':
			return extra.profiles ? mostSimilar(code, extra.profiles) : [];
		case 'eigen':
			return [...new Set(extra.custom ?? [])].filter((c) => c !== code && others.some((g) => g.gemeentecode === c));
	}
}

export interface TrendPoint {
	peildatum: string;
	score: number | null;
	rank: number | null;
	percentile: number | null;
	group: Group | null;
	n: number | null;
	mean: number | null;
	boundaries: Boundaries | null;
	/** Median score of the peers at this peildatum (peers with data). */
	peerMedian: number | null;
	/**
	 * Before the municipality existed: its predecessors' figures re-based onto it (the `huidig`
	 * division, see sql.ts), shown marked as such. Null once it exists, and for municipalities
	 * that were never created by a merger.
	 */
	history: number | null;
}

export interface MunicipalityView {
	code: string;
	peildata: string[];
	/** Index into peildata of the peildatum the explanation and peer figures are for. */
	at: number;
	/** standaard_id → status per peildatum index (null: not available then, or no data). */
	statuses: Record<string, (CellStatus | null)[]>;
	/** GGU priority → score per peildatum index. */
	priorityScores: Record<string, (number | null)[]>;
	trend: TrendPoint[];
	peers: { mode: PeerMode; codes: string[] };
	/** At `at`: peer adoption per standard, the peers' median per priority, lift and next steps. */
	peerAdoption: PeerAdoption[];
	/** Each peer's score, rank and group at `at` (same order as peers.codes). */
	peerRows: { code: string; score: number | null; rank: number | null; group: Group | null }[];
	peerPriorityMedian: Record<string, number | null>;
	lift: Lift | null;
	nextSteps: NextStep[];
}

/** The last peildatum at which municipality column `i` has a score (the latest peildatum when it never has). */
export function lastScored(ov: Overview, i: number): number {
	for (let k = ov.peildata.length - 1; k >= 0; k--) if (ov.score[k][i] !== null) return k;
	return ov.peildata.length - 1;
}
