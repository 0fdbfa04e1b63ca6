// Owns: explaining a municipality's group — the boundaries that applied, the distance to the
// next group up, the smallest set of standards that would lift it over that boundary, and the
// standards its peers use that it does not ("volgende stappen"). Pure TypeScript over the
// results of the SQL in sql.ts (statuses, peer adoption), so it is testable without a browser.
import { assignGroup, roundScore, type Boundaries, type Group } from './methods';
import type { CellStatus } from './queries';
import { compareCodes } from '../i18n/format';

/** One standard's status for a municipality at a peildatum, as selectStatusesSql returns it. */
export interface StandardStatus {
	standaard_id: string;
	gewicht: number;
	/** Status value 0 / 0.25 / 0.5 / 1 (missing counts as 0). */
	waarde: number;
	status: CellStatus;
	/** Score gain (0–1) if this standard alone went to in_gebruik: w·(1 − v) / Σw, from the SQL. */
	gain: number;
}

export interface PeerAdoption {
	standaard_id: string;
	n_peers: number;
	n_in_gebruik: number;
	n_actief: number;
}

export interface LiftStep {
	standaard_id: string;
	/** Score gain (0–1 scale) when this standard goes to in_gebruik. */
	gain: number;
	/** Score after this step and all before it. */
	scoreAfter: number;
}

export interface Lift {
	/** The group one up, or null when already in the kopgroep. */
	target: Group | null;
	/** Score needed: strictly above `upper` for the kopgroep, at least `lower` for the peloton. */
	threshold: number | null;
	/** Score points (0–1 scale) still to go; 0 when already there. */
	gap: number;
	/** Fewest standards to put in use to reach the target (null when impossible, e.g. threshold ≥ 1). */
	steps: LiftStep[] | null;
}

const GROUP_RANK: Record<Group, number> = { achterhoede: 0, peloton: 1, kopgroep: 2 };

/** The group one step up. */
export function groupAbove(g: Group): Group | null {
	return g === 'achterhoede' ? 'peloton' : g === 'peloton' ? 'kopgroep' : null;
}

/**
 * Fewest standards to put "in gebruik" to reach the next group, holding the boundaries (and all
 * other municipalities) fixed. Greedy by gain w·(1−v)/Σw is optimal for "fewest items to reach a
 * sum": any k items gain at most the k largest gains. Ties in gain go to the standard most used
 * by peers (then by id), so the list is also the most natural next step.
 */
export function liftToNextGroup(
	score: number,
	b: Boundaries,
	statuses: readonly StandardStatus[],
	peerUse: ReadonlyMap<string, number> = new Map()
): Lift {
	const group = assignGroup(score, b);
	const target = groupAbove(group);
	if (!target || b.degenerate) return { target, threshold: null, gap: 0, steps: target ? null : [] };
	const reached = (x: number) => GROUP_RANK[assignGroup(x, b)] >= GROUP_RANK[target];
	const threshold = target === 'kopgroep' ? b.upper : b.lower;
	const gap = Math.max(0, roundScore(threshold - score));
	const candidates = statuses
		.filter((s) => s.waarde < 1)
		.map((s) => ({ standaard_id: s.standaard_id, gain: s.gain }))
		.sort(
			(a, b2) =>
				b2.gain - a.gain || (peerUse.get(b2.standaard_id) ?? 0) - (peerUse.get(a.standaard_id) ?? 0) || compareCodes(a.standaard_id, b2.standaard_id)
		);
	const steps: LiftStep[] = [];
	let x = score;
	for (const c of candidates) {
		if (reached(x)) break;
		x += c.gain;
		steps.push({ standaard_id: c.standaard_id, gain: c.gain, scoreAfter: roundScore(x) });
	}
	return { target, threshold, gap, steps: reached(x) ? steps : null };
}

export interface NextStep {
	standaard_id: string;
	/** Own status (not in_gebruik). */
	status: CellStatus;
	n_peers: number;
	n_in_gebruik: number;
	/** Share of peers using it (0–1). */
	share: number;
	/** Score gain if it were put in use. */
	gain: number;
}

/**
 * "Volgende stappen": standards the municipality does not use yet, ordered by how many of its
 * peers already use them (then by score gain, then id). Only standards at least one peer uses.
 */
export function nextSteps(statuses: readonly StandardStatus[], peers: readonly PeerAdoption[]): NextStep[] {
	const byId = new Map(peers.map((p) => [p.standaard_id, p]));
	return statuses
		.filter((s) => s.status !== 'in_gebruik')
		.map((s) => {
			const p = byId.get(s.standaard_id);
			const n_peers = p?.n_peers ?? 0;
			const n_in_gebruik = p?.n_in_gebruik ?? 0;
			return {
				standaard_id: s.standaard_id,
				status: s.status,
				n_peers,
				n_in_gebruik,
				share: n_peers ? n_in_gebruik / n_peers : 0,
				gain: s.gain
			};
		})
		.filter((s) => s.n_in_gebruik > 0)
		.sort((a, b) => b.share - a.share || b.n_in_gebruik - a.n_in_gebruik || b.gain - a.gain || compareCodes(a.standaard_id, b.standaard_id));
}
