// Owns: the engine boundary for everything that is not a whole overview or municipality view
// (those are compute-overview.ts and compute-municipality.ts): named questions a page may ask of a loaded
// dataset (`Db`), each answered by the one SQL core (sql.ts) and returned as plain data.
// Pages and routes call these; they never see SQL.
import { STATUSES, type Gemeente, type Herindeling, type Standaard, type Status } from '../data/schema';
import { scoresTable, type Db } from './dataset';
import type { StandardStatus } from './explain';
import {
	diffRowsByPeildatumSql,
	diffRowsSql,
	selectCountsSql,
	selectGemeentenSql,
	selectGroupMedianSql,
	selectHerindelingenSql,
	selectPeildataSql,
	selectPriorityMedianSql,
	selectRebasedPartsSql,
	selectScoreBreakdownSql,
	selectStandaardenSql,
	selectStandardAdoptionSql,
	selectStandardStatusSql,
	selectStatusesSql,
	selectAdopterCategoriesSql,
	selectExplanationsSql,
	selectStandardByGroupSql,
	selectStandardPaceSql,
	selectStandardSharesSql,
	selectStandardStatusesSql,
	type Scope
} from './sql';
import type { AdopterCategory } from './scoring';

/** A status as the method sees it: one of the contract's, or `ontbreekt` (no row; counts as 0). */
export type CellStatus = Status | 'ontbreekt';
export const CELL_STATUSES: readonly CellStatus[] = [...STATUSES, 'ontbreekt'];

export function gemeenten(db: Db): Promise<Gemeente[]> {
	return db.engine.query<Gemeente>(selectGemeentenSql(db.ns));
}

export function herindelingen(db: Db): Promise<Herindeling[]> {
	return db.engine.query<Herindeling>(selectHerindelingenSql(db.ns));
}

export function standaarden(db: Db): Promise<Standaard[]> {
	return db.engine.query<Standaard>(selectStandaardenSql(db.ns));
}

export async function peildata(db: Db): Promise<string[]> {
	return (await db.engine.query<{ peildatum: string }>(selectPeildataSql(db.ns))).map((r) => r.peildatum);
}

export interface Counts {
	gemeenten: number;
	standaarden: number;
	adoptie: number;
	/** Adoption rows whose source is the synthetic generator (bron = 'synthetisch'). */
	synthetisch: number;
}

export async function counts(db: Db): Promise<Counts> {
	const [c] = await db.engine.query<Counts>(selectCountsSql(db.ns));
	return c;
}

/** Share of adoption rows that are synthetic (0–1); the synthetic label shows whenever it is > 0. */
export function syntheticShare(c: Counts): number {
	return c.adoptie ? c.synthetisch / c.adoptie : 0;
}

/** One municipality's status, weight, value and gain for every standard available, at every peildatum it reported. */
export function statusesOf(db: Db, code: string): Promise<(StandardStatus & { peildatum: string })[]> {
	return db.engine.query<StandardStatus & { peildatum: string }>(selectStatusesSql(db.ns), [code]);
}

/** Status of every municipality for one standard: peildatum → gemeentecode → status. */
export async function standardStatusOverTime(db: Db, standaardId: string): Promise<Map<string, Map<string, CellStatus>>> {
	const rows = await db.engine.query<{ peildatum: string; gemeentecode: string; status: CellStatus }>(selectStandardStatusSql(db.ns), [standaardId]);
	const byPd = new Map<string, Map<string, CellStatus>>();
	for (const r of rows) {
		let m = byPd.get(r.peildatum);
		if (!m) byPd.set(r.peildatum, (m = new Map()));
		m.set(r.gemeentecode, r.status);
	}
	return byPd;
}

export interface StandardAdoption {
	peildatum: string;
	standaard_id: string;
	n: number;
	n_in_gebruik: number;
	n_in_implementatie: number;
	n_gepland: number;
	n_niet_gestart: number;
}

/** National adoption per standard and peildatum, among the municipalities that reported. */
export function standardAdoption(db: Db): Promise<StandardAdoption[]> {
	return db.engine.query<StandardAdoption>(selectStandardAdoptionSql(db.ns));
}

/** Median score of a group of municipalities per peildatum (peildata where none has a score are absent). */
export async function groupMedians(db: Db, codes: readonly string[], scope: Scope = {}): Promise<Map<string, number>> {
	if (!codes.length) return new Map();
	const rows = await db.engine.query<{ peildatum: string; median: number }>(selectGroupMedianSql(await scoresTable(db, scope)), [codes.join(',')]);
	return new Map(rows.map((r) => [r.peildatum, r.median]));
}

/** Median per GGU priority ("1"…"9") of a group's per-priority scores at one peildatum. */
export async function priorityMedians(db: Db, codes: readonly string[], peildatum: string): Promise<Record<string, number>> {
	if (!codes.length) return {};
	const rows = await db.engine.query<{ dim: string; median: number }>(selectPriorityMedianSql(db.ns), [codes.join(','), peildatum]);
	return Object.fromEntries(rows.map((r) => [r.dim, r.median]));
}

export interface BreakdownRow {
	status: CellStatus;
	n: number;
	gewicht: number;
	waarde: number;
	bijdrage: number;
}
export interface ScoreBreakdown {
	rows: BreakdownRow[];
	totalWeight: number;
	weightedSum: number;
	score: number;
}

/** One municipality's score at one peildatum taken apart by status (the worked example on /methode/). */
export async function scoreBreakdown(db: Db, code: string, peildatum: string): Promise<ScoreBreakdown> {
	const rows = await db.engine.query<BreakdownRow & { totaal_gewicht: number; totaal_bijdrage: number; score: number }>(selectScoreBreakdownSql(db.ns), [
		code,
		peildatum
	]);
	if (!rows.length) throw new Error(`No score for ${code} at ${peildatum}`);
	return {
		rows: rows.map(({ status, n, gewicht, waarde, bijdrage }) => ({ status, n, gewicht, waarde, bijdrage })),
		totalWeight: rows[0].totaal_gewicht,
		weightedSum: rows[0].totaal_bijdrage,
		score: rows[0].score
	};
}

export interface RebasedPart {
	/** The municipality (of any date) that is part of today's municipality. */
	gemeentecode: string;
	/** Its own score at the peildatum (0–1). */
	score: number;
	/** Inhabitants mid-2020 (CBS), null when unknown. */
	inwoners: number | null;
	/** Share of its inhabitants that went to today's municipality. */
	aandeel: number;
	/** The weight the rule gives it: inhabitants × share, or the share alone (see byInhabitants). */
	gewicht: number;
	/** Its weight as a share of the total weight (0–1). */
	deel: number;
}
export interface RebasedScore {
	parts: RebasedPart[];
	/** Whether the parts weigh by inhabitants × share (every part has an inhabitants figure) or by share alone. */
	byInhabitants: boolean;
	/** The re-based score (0–1), its rank and the number of today's municipalities with a score then. */
	score: number;
	rank: number;
	n: number;
}

/**
 * One municipality of today's division, re-based at an earlier peildatum, taken apart into the
 * scores of everything that is part of it now (the worked examples on /methode/); null when
 * none of its parts had a score then.
 */
export async function rebasedParts(db: Db, code: string, peildatum: string): Promise<RebasedScore | null> {
	await scoresTable(db, {}, 'huidig');
	const rows = await db.engine.query<{
		deel: string;
		score: number;
		inwoners: number | null;
		aandeel: number;
		gewicht: number;
		deel_gewicht: number;
		naar_inwoners: boolean;
		uitkomst: number;
		rang: number;
		n: number;
	}>(selectRebasedPartsSql(db.ns), [code, peildatum]);
	if (!rows.length) return null;
	return {
		parts: rows.map((r) => ({ gemeentecode: r.deel, score: r.score, inwoners: r.inwoners, aandeel: r.aandeel, gewicht: r.gewicht, deel: r.deel_gewicht })),
		byInhabitants: rows[0].naar_inwoners,
		score: rows[0].uitkomst,
		rank: rows[0].rang,
		n: rows[0].n
	};
}

export interface RowDiff {
	nieuw: number;
	ontbrekend: number;
	gewijzigd: number;
}

/** Adoption rows of one dataset against another (new, missing, changed status), by key. */
export async function rowDiff(db: Db, base: Db): Promise<RowDiff> {
	if (db.engine !== base.engine) throw new Error('rowDiff: both datasets must be in one engine');
	const [d] = await db.engine.query<RowDiff>(diffRowsSql(db.ns, base.ns));
	return d;
}

/** The same comparison per peildatum of either dataset, oldest first. */
export function rowDiffByPeildatum(db: Db, base: Db): Promise<(RowDiff & { peildatum: string })[]> {
	if (db.engine !== base.engine) throw new Error('rowDiffByPeildatum: both datasets must be in one engine');
	return db.engine.query<RowDiff & { peildatum: string }>(diffRowsByPeildatumSql(db.ns, base.ns));
}

// ---- Per standard (the standards pages; see sql.ts for the rules) --------------------------

/** A municipality's status for one standard as the standards pages count it: also `geen` (reported nothing that peildatum). */
export type StandardCellStatus = CellStatus | 'geen';

export interface StatusCounts {
	/** Municipalities that existed on the peildatum. */
	n: number;
	n_in_gebruik: number;
	n_in_implementatie: number;
	n_gepland: number;
	/** niet_gestart, and no row for this standard from a municipality that reported others (ontbreekt). */
	n_niet_gestart: number;
	/** Existed but reported nothing at that peildatum. */
	n_geen: number;
}

export interface StandardShare extends StatusCounts {
	peildatum: string;
	standaard_id: string;
}

/** Per standard and peildatum since it was available: status counts among the municipalities that existed then. */
export function standardShares(db: Db): Promise<StandardShare[]> {
	return db.engine.query<StandardShare>(selectStandardSharesSql(db.ns));
}

export interface StandardPace {
	standaard_id: string;
	/** Share in use at the latest peildatum (0–1). */
	laatste: number;
	/** First peildatum with ≥ 10 % / ≥ 50 % in use; null when not yet, or not observed (before the series). */
	t10: string | null;
	t50: string | null;
	/** The crossing happened at or before the first peildatum of the series (so it is not observed). */
	t10_voor_reeks: boolean;
	t50_voor_reeks: boolean;
	/** Half-years from 10 % to 50 % in use; null when either crossing is not observed. */
	halfjaren: number | null;
}

/** Per standard: the share in use now and the half-years it took from 10 % to 50 % in use. */
export function standardPace(db: Db): Promise<StandardPace[]> {
	return db.engine.query<StandardPace>(selectStandardPaceSql(db.ns));
}

export interface StandardStatusRow {
	peildatum: string;
	gemeentecode: string;
	status: StandardCellStatus;
	toelichting: string | null;
}

/** Every municipality's status (and explanation) for one standard at every peildatum, among those that existed then. */
export function standardStatuses(db: Db, standaardId: string): Promise<StandardStatusRow[]> {
	return db.engine.query<StandardStatusRow>(selectStandardStatusesSql(db.ns), [standaardId]);
}

export interface GroupAdoption extends StatusCounts {
	/** Province name or size class; null: size class unknown (no inhabitants figure). */
	groep: string | null;
}

/** Adoption of one standard at one peildatum per province or per size class. */
export function standardByGroup(db: Db, standaardId: string, peildatum: string, dim: 'provincie' | 'grootteklasse'): Promise<GroupAdoption[]> {
	return db.engine.query<GroupAdoption>(selectStandardByGroupSql(db.ns, dim), [standaardId, peildatum]);
}

export interface AdopterRow {
	standaard_id: string;
	gemeentecode: string;
	/** First peildatum in use (or inherited from what a samenvoeging was formed from); null: not yet. */
	eerste: string | null;
	/** The first use is its predecessors' (samenvoeging), earlier than its own. */
	geerfd: boolean;
	/** Municipalities with an earlier first use; municipalities with the same one (itself included); all of today's. */
	eerder: number;
	gelijk: number;
	n: number;
	categorie: AdopterCategory;
}

/** First use and adopter category of today's municipalities; for one standard and/or one municipality. */
export function adopterCategories(db: Db, filter: { standaard?: string; gemeente?: string } = {}): Promise<AdopterRow[]> {
	return db.engine.query<AdopterRow>(selectAdopterCategoriesSql(db.ns), [filter.standaard ?? '', filter.gemeente ?? '']);
}

export interface Explanation {
	peildatum: string;
	gemeentecode: string;
	standaard_id: string;
	status: Status;
	toelichting: string;
}

/** The explanations given ("pas toe of leg uit"), for one standard and/or one municipality. */
export function explanations(db: Db, filter: { standaard?: string; gemeente?: string } = {}): Promise<Explanation[]> {
	return db.engine.query<Explanation>(selectExplanationsSql(db.ns), [filter.standaard ?? '', filter.gemeente ?? '']);
}
