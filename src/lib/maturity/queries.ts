// Owns: the engine boundary for everything that is not a whole overview or municipality view
// (those are overview.ts and municipality.ts): named questions a page may ask of a loaded
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
	type Scope
} from './sql';

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
