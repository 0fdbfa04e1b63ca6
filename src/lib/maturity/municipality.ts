// Owns: the view of one municipality — its statuses per standard over time, per-priority scores,
// trend against its peers and the nation, why it is in its group, the next steps — and the peer
// groups it can be compared with. Same code at build time (prerender) and in the browser.
import { existsOn } from '../data/mergers';
import type { Gemeente } from '../data/schema';
import type { Db } from './dataset';
import { liftToNextGroup, nextSteps, type Lift, type NextStep, type PeerAdoption } from './explain';
import type { Boundaries, Group } from './methods';
import type { Overview } from './overview';
import { groupMedians, priorityMedians, statusesOf, type CellStatus } from './queries';
import { selectDimensionScoresSql, selectPeerAdoptionSql } from './sql';
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

/** Per-priority score vectors of all municipalities at a peildatum (for profile similarity). */
export async function priorityProfiles(db: Db, peildatum: string): Promise<Map<string, Map<string, number>>> {
	const rows = await db.engine.query<DimensionScore>(selectDimensionScoresSql(db.ns, 'prioriteit'), ['', '']);
	const out = new Map<string, Map<string, number>>();
	for (const r of rows) {
		if (r.peildatum !== peildatum) continue;
		let m = out.get(r.gemeentecode);
		if (!m) out.set(r.gemeentecode, (m = new Map()));
		m.set(r.dim, r.score);
	}
	return out;
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

export interface MunicipalityOptions {
	code: string;
	/** The national view (default method, all standards) the trend and boundaries come from. */
	overview: Overview;
	peerMode: PeerMode;
	ctx: PeerContext;
	/** Peildatum for the explanation; default the last one. */
	peildatum?: string;
	custom?: readonly string[];
	/** Profiles at that peildatum, if already computed (they are the same for every municipality). */
	profiles?: ReadonlyMap<string, ReadonlyMap<string, number>>;
	/** The national view on today's municipalities (division `huidig`), for a successor's history. */
	rebased?: Overview;
}

export async function computeMunicipality(db: Db, o: MunicipalityOptions): Promise<MunicipalityView> {
	const ov = o.overview;
	const i = ov.codes.indexOf(o.code);
	if (i < 0) throw new Error(`Unknown municipality ${o.code}`);
	const at = o.peildatum ? ov.peildata.indexOf(o.peildatum) : lastScored(ov, i);
	if (at < 0) throw new Error(`Unknown peildatum ${o.peildatum}`);
	const pd = ov.peildata[at];
	const profiles = o.peerMode === 'profiel' ? (o.profiles ?? (await priorityProfiles(db, pd))) : undefined;
	const peers = peerCodes(o.peerMode, o.code, pd, o.ctx, { profiles, custom: o.custom });

	const [statusRows, dimRows, peerRows, peerMedians, peerPriorityMedian] = await Promise.all([
		statusesOf(db, o.code),
		db.engine.query<DimensionScore>(selectDimensionScoresSql(db.ns, 'prioriteit'), [o.code, o.code]),
		peers.length ? db.engine.query<PeerAdoption>(selectPeerAdoptionSql(db.ns), [peers.join(','), pd]) : Promise.resolve([] as PeerAdoption[]),
		groupMedians(db, peers),
		priorityMedians(db, peers, pd)
	]);

	const pdIndex = new Map(ov.peildata.map((p, k) => [p, k]));
	const hi = o.rebased ? o.rebased.codes.indexOf(o.code) : -1;
	const firstScored = ov.score.findIndex((row) => row[i] !== null);
	const statuses: Record<string, (CellStatus | null)[]> = {};
	for (const r of statusRows) {
		(statuses[r.standaard_id] ??= ov.peildata.map(() => null))[pdIndex.get(r.peildatum)!] = r.status;
	}
	const priorityScores: Record<string, (number | null)[]> = {};
	for (const r of dimRows) (priorityScores[r.dim] ??= ov.peildata.map(() => null))[pdIndex.get(r.peildatum)!] = r.score;

	const trend: TrendPoint[] = ov.peildata.map((p, k) => ({
		peildatum: p,
		score: ov.score[k][i],
		rank: ov.rank[k][i],
		percentile: ov.percentile[k][i],
		group: ov.group[k][i],
		n: ov.stats[k]?.n ?? null,
		mean: ov.stats[k]?.mean ?? null,
		boundaries: ov.boundaries[k],
		peerMedian: peerMedians.get(p) ?? null,
		history: ov.score[k][i] === null && hi >= 0 && k < firstScored ? (o.rebased!.score[k][hi] ?? null) : null
	}));

	const current = statusRows.filter((r) => r.peildatum === pd);
	const score = ov.score[at][i];
	const b = ov.boundaries[at];
	const peerUse = new Map(peerRows.map((p) => [p.standaard_id, p.n_in_gebruik]));
	return {
		code: o.code,
		peildata: ov.peildata,
		at,
		statuses,
		priorityScores,
		trend,
		peers: { mode: o.peerMode, codes: peers },
		peerAdoption: peerRows,
		peerRows: peers.map((c) => {
			const j = ov.codes.indexOf(c);
			return { code: c, score: ov.score[at][j] ?? null, rank: ov.rank[at][j] ?? null, group: ov.group[at][j] ?? null };
		}),
		peerPriorityMedian: Object.fromEntries(Object.keys(priorityScores).map((dim) => [dim, peerPriorityMedian[dim] ?? null])),
		lift: score !== null && b ? liftToNextGroup(score, b, current, peerUse) : null,
		nextSteps: nextSteps(current, peerRows)
	};
}

/** The last peildatum at which municipality column `i` has a score (the latest peildatum when it never has). */
export function lastScored(ov: Overview, i: number): number {
	for (let k = ov.peildata.length - 1; k >= 0; k--) if (ov.score[k][i] !== null) return k;
	return ov.peildata.length - 1;
}
