// Owns: computing one municipality's view (municipality.ts MunicipalityView) from a loaded dataset
// and the national view: its statuses, per-priority scores and its peers' figures by SQL, then
// its trend, lift and next steps. Same code at build time (prerender) and in the browser's engine
// (loaded there on first need).
import type { Db } from './dataset';
import { liftToNextGroup, nextSteps, type PeerAdoption } from './explain';
import { lastScored, peerCodes, type DimensionScore, type MunicipalityView, type PeerContext, type PeerMode, type TrendPoint } from './municipality';
import type { Overview } from './overview';
import { groupMedians, priorityMedians, statusesOf, type CellStatus } from './queries';
import { selectDimensionScoresSql, selectPeerAdoptionSql } from './sql';

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

