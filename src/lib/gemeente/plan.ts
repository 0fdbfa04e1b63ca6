// Owns: a municipality's plan ("wat als…") as plain data — steps (a standard, the status it is to
// reach and, optionally, the peildatum by which), their URL form, the rows of the plan in the
// delivery format (adoptie.csv), and what the plan does to the figures: at every target
// peildatum and in the end, computed by the method (maturity/whatif.ts) against everyone else's
// published figures of the municipality's latest peildatum.
import { STATUSES, type Standaard, type Status } from '../data/schema';
import type { MunicipalityView } from '../maturity/municipality';
import type { CellStatus } from '../maturity/queries';
import { applyChanges, whatIf, type ScoreField, type StandardAt, type WhatIf } from '../maturity/whatif';
import { compareCodes } from '../i18n/format';

export interface PlanStep {
	standaard_id: string;
	/** The status the standard is to reach. */
	status: Status;
	/** The peildatum by which; null = the next peildatum after the last published one. */
	peildatum: string | null;
}

/** At most this many steps (more standards than the catalogue has is never needed). */
export const MAX_PLAN = 60;
/** Target peildata offered: this many half-years after the last published peildatum. */
export const PLAN_HORIZON = 8;
/** The `bron` of a plan's rows in the delivery format. */
export const PLAN_BRON = 'plan';
/** The status a newly added step aims for. */
export const DEFAULT_TARGET: Status = 'in_gebruik';

/** The half-yearly peildata (1 January, 1 July) after `last` (YYYY-MM-DD). */
export function futurePeildata(last: string, count = PLAN_HORIZON): string[] {
	let y = Number(last.slice(0, 4));
	let h = last.slice(5) < '07-01' ? 1 : 2; // the next half-year start: 1 = 1 July of y, 2 = 1 January of y + 1
	const out: string[] = [];
	while (out.length < count) {
		if (h === 1) out.push(`${y}-07-01`);
		else out.push(`${++y}-01-01`);
		h = h === 1 ? 2 : 1;
	}
	return out;
}

export interface PlanContext {
	/** Standards a plan may name (those available at the municipality's latest peildatum). */
	standaarden?: readonly string[];
	/** Target peildata a plan may name. */
	dates?: readonly string[];
}

const STATUS_ALIASES: Record<string, Status> = Object.fromEntries(STATUSES.map((s) => [s, s]));

/**
 * Read a plan from its URL form: steps `standaard:status` or `standaard:status@YYYY-MM-DD`,
 * comma-separated. Forgiving: ids and statuses in any case, `-` or a space for `_` in a status,
 * a step without a status aims for in_gebruik, an unknown standard or status drops the step, an
 * unknown date becomes "the next peildatum", a standard named twice counts once (the first).
 */
export function parsePlan(text: string | null | undefined, ctx: PlanContext = {}): PlanStep[] {
	const out: PlanStep[] = [];
	const seen = new Set<string>();
	for (const raw of (text ?? '').split(',')) {
		const item = raw.trim();
		if (!item) continue;
		const [head, date] = item.split('@', 2).map((x) => x.trim());
		const [id0, st0] = head.split(':', 2).map((x) => x.trim());
		const id = id0.toLowerCase();
		const status = st0 ? STATUS_ALIASES[st0.toLowerCase().replace(/[-\s]+/g, '_')] : DEFAULT_TARGET;
		if (!/^[a-z0-9][a-z0-9_-]*$/.test(id) || !status || seen.has(id)) continue;
		if (ctx.standaarden && !ctx.standaarden.includes(id)) continue;
		const okDate = !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (!ctx.dates || ctx.dates.includes(date));
		seen.add(id);
		out.push({ standaard_id: id, status, peildatum: okDate ? date : null });
		if (out.length >= MAX_PLAN) break;
	}
	return out;
}

/** The URL form of a plan (empty string for no plan). */
export function planToText(plan: readonly PlanStep[]): string {
	return plan.map((s) => `${s.standaard_id}:${s.status}${s.peildatum ? `@${s.peildatum}` : ''}`).join(',');
}

/**
 * The standards available at peildatum index `k` of a municipality view, with weight and the
 * municipality's status then (a standard without a row counts as missing: 0).
 */
export function standardsAt(
	view: Pick<MunicipalityView, 'statuses' | 'peildata'>,
	standaarden: readonly Pick<Standaard, 'standaard_id' | 'gewicht' | 'beschikbaar_sinds'>[],
	k: number
): StandardAt[] {
	const pd = view.peildata[k];
	return standaarden
		.filter((s) => s.beschikbaar_sinds <= pd)
		.map((s) => ({ standaard_id: s.standaard_id, gewicht: s.gewicht, status: (view.statuses[s.standaard_id]?.[k] ?? 'ontbreekt') as CellStatus }))
		.sort((a, b) => compareCodes(a.standaard_id, b.standaard_id));
}

export interface PlanPoint {
	/** The target peildatum. */
	peildatum: string;
	/** The steps due by then (all earlier ones included). */
	steps: number;
	result: WhatIf;
}

export interface PlanOutcome {
	/** The figures without the plan (the published ones, recomputed the same way). */
	before: WhatIf;
	/** With every step of the plan. */
	after: WhatIf;
	/** At each target peildatum, oldest first. */
	trajectory: PlanPoint[];
	/** The peildatum whose published figures everyone else keeps. */
	against: string;
}

/** The target peildatum of a step (its own, or the next peildatum). */
export function targetOf(step: PlanStep, next: string): string {
	return step.peildatum ?? next;
}

/** What a plan does to the municipality's figures; `next` is the next peildatum after the last published one. */
export function planOutcome(code: string, standards: readonly StandardAt[], field: ScoreField, plan: readonly PlanStep[], next: string): PlanOutcome {
	const before = whatIf(code, standards, field);
	const dates = [...new Set(plan.map((s) => targetOf(s, next)))].sort();
	const trajectory = dates.map((d) => {
		const due = plan.filter((s) => targetOf(s, next) <= d);
		return { peildatum: d, steps: due.length, result: whatIf(code, applyChanges(standards, new Map(due.map((s) => [s.standaard_id, s.status]))), field) };
	});
	return { before, after: trajectory.length ? trajectory[trajectory.length - 1].result : before, trajectory, against: field.peildatum };
}

/**
 * The plan in the delivery format (adoptie.csv: peildatum, gemeentecode, standaard_id, status,
 * bron, toelichting), as a municipality hands it in for the next peildatum: each planned
 * standard that has not got that far yet as `gepland` (a standard already planned or further keeps
 * its status: a plan never claims progress not made), the target in the toelichting.
 */
export const PLAN_CSV_HEADER = ['peildatum', 'gemeentecode', 'standaard_id', 'status', 'bron', 'toelichting'] as const;

const STATUS_RANK: Record<CellStatus, number> = { ontbreekt: -1, niet_gestart: 0, gepland: 1, in_implementatie: 2, in_gebruik: 3 };

export function planCsvRows(code: string, plan: readonly PlanStep[], next: string, current: ReadonlyMap<string, CellStatus> = new Map()): string[][] {
	return plan
		.map((s) => {
			const now = current.get(s.standaard_id) ?? 'ontbreekt';
			const status: Status = STATUS_RANK[now] >= STATUS_RANK.gepland ? (now as Status) : 'gepland';
			return [next, code, s.standaard_id, status, PLAN_BRON, `Plan: ${s.status} per ${targetOf(s, next)}`];
		})
		.sort((a, b) => compareCodes(a[2], b[2]));
}

/** The prerendered exact scores of one peildatum (src/routes/api/wat-als/). */
export function fieldUrl(peildatum: string): string {
	return `/api/wat-als/${peildatum}.json`;
}
