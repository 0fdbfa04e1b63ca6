// Owns: the rules that look beyond one cell — a row against the files it refers to (the data
// package's foreign keys, a municipality code valid on the peildatum, a standard available by
// then, a herindeling consistent with gemeenten.csv) and a file as a whole (herindeling shares
// add up to 1, no (peildatum, gemeente, standaard) combination missing). Called by the validator
// (validate.ts) through a small context, so the validator stays one row loop.
import type { CellValue } from './normalise';
import { LIST_SEP, type RuleId } from './rules';
import { FOREIGN_KEYS, resource, type ResourceName } from './schema';
import type { References, RefTable, TableResult } from './validate';
import { compareCodes } from '../i18n/format';

export const KEY_SEP = '\u0001';

export interface IssueInput {
	line: number | null;
	column: string | null;
	columnIndex?: number | null;
	value: string | null;
	rule: RuleId;
	params: Record<string, string | number>;
}

/** What the checks need from the validator of one file. */
export interface CheckContext {
	readonly name: ResourceName;
	readonly refs: References;
	readonly result: TableResult;
	/** Index of a schema field in a row's values. */
	idx(field: string): number;
	/** Index of a schema field's column in the file (null when absent). */
	fileColumn(field: string): number | null;
	issue(i: IssueInput): void;
	/** Peildata already reported as not half-yearly (reported once each). */
	readonly halfyearSeen: Set<string>;
}

/**
 * The data package's foreign keys (FOREIGN_KEYS, from datapackage.json) against the referenced
 * tables; then the rules that need the referenced row: a standard used before it was available,
 * a peildatum that is not 1 January or 1 July. False when the row must be rejected.
 */
export function checkReferences(c: CheckContext, values: CellValue[], line: number): boolean {
	let ok = true;
	const found = new Map<ResourceName, readonly CellValue[]>();
	for (const fk of FOREIGN_KEYS) {
		if (fk.resource !== c.name) continue;
		const ref = c.refs[fk.reference.resource];
		if (!ref) continue;
		const key = fk.fields.map((f) => String(values[c.idx(f)])).join(KEY_SEP);
		const row = ref.byKey.get(key);
		if (row) {
			found.set(fk.reference.resource, row);
			if (fk.validAt && !checkValidAt(c, fk.validAt, values, ref, row, line)) ok = false;
			continue;
		}
		const column = fk.fields[0];
		const value = key.replaceAll(KEY_SEP, ', ');
		c.issue({
			line,
			column,
			columnIndex: c.fileColumn(column),
			value,
			rule: 'foreign-key',
			params: { value, reference: resource(fk.reference.resource).path, column: fk.reference.fields.join(', ') }
		});
		ok = false;
	}
	if (ok && c.name === 'herindelingen') return checkMove(c, values, line);
	if (!ok || c.name !== 'adoptie') return ok;
	const pd = String(values[c.idx('peildatum')]);
	const std = found.get('standaarden');
	const since = std ? String(std[c.refs.standaarden!.columns.indexOf('beschikbaar_sinds')]) : undefined;
	if (since !== undefined && since > pd) {
		const value = String(values[c.idx('standaard_id')]);
		c.issue({ line, column: 'standaard_id', columnIndex: c.fileColumn('standaard_id'), value, rule: 'not-yet-available', params: { value, since, peildatum: pd } });
	}
	if (!/-(01-01|07-01)$/.test(pd) && !c.halfyearSeen.has(pd)) {
		c.halfyearSeen.add(pd);
		c.issue({ line, column: 'peildatum', columnIndex: c.fileColumn('peildatum'), value: pd, rule: 'peildatum-not-halfyear', params: { value: pd } });
	}
	return true;
}

function nameOf(c: CheckContext, code: string): string {
	const g = c.refs.gemeenten;
	const row = g?.byKey.get(code);
	return row ? String(row[g!.columns.indexOf('gemeentenaam')] ?? '') : '';
}

/**
 * A reference that must be valid on the row's date (a municipality code on a peildatum): say
 * when the municipality did not exist yet (and what it came from) or no longer (and where it went).
 */
function checkValidAt(c: CheckContext, v: { date: string; from: string; until: string }, values: CellValue[], ref: RefTable, row: readonly CellValue[], line: number): boolean {
	const date = String(values[c.idx(v.date)]);
	const from = row[ref.columns.indexOf(v.from)];
	const until = row[ref.columns.indexOf(v.until)];
	const early = from != null && date < String(from);
	const late = until != null && date >= String(until);
	if (!early && !late) return true;
	const code = String(row[ref.columns.indexOf('gemeentecode')]);
	const naam = String(row[ref.columns.indexOf('gemeentenaam')] ?? '');
	const moves = c.refs.herindelingen;
	const label = (x: string) => `${x} ${nameOf(c, x)}`.trim();
	const related = (side: 'oude_code' | 'nieuwe_code', other: 'oude_code' | 'nieuwe_code') =>
		(moves ? [...moves.byKey.values()] : [])
			.filter((m) => m[moves!.columns.indexOf(side)] === code)
			.map((m) => ({ code: String(m[moves!.columns.indexOf(other)]), soort: String(m[moves!.columns.indexOf('soort')]), share: Number(m[moves!.columns.indexOf('aandeel_inwoners')]) }))
			.sort((a, b) => b.share - a.share || compareCodes(a.code, b.code));
	const ci = c.fileColumn('gemeentecode');
	if (early) {
		const before = related('nieuwe_code', 'oude_code');
		c.issue({ line, column: 'gemeentecode', columnIndex: ci, value: code, rule: 'code-not-yet-valid', params: { code, naam, peildatum: date, datum: String(from), voorgangers: before.map((m) => label(m.code)).join(LIST_SEP) } });
	} else {
		const to = related('oude_code', 'nieuwe_code');
		c.issue({
			line,
			column: 'gemeentecode',
			columnIndex: ci,
			value: code,
			rule: 'code-no-longer-valid',
			params: { code, naam, peildatum: date, datum: String(until), soort: to[0]?.soort ?? '', opvolgers: to.map((m) => label(m.code)).join(LIST_SEP) }
		});
	}
	return false;
}

/** A herindeling must end the old municipality on its date, and the new one must exist from then on. */
function checkMove(c: CheckContext, values: CellValue[], line: number): boolean {
	const g = c.refs.gemeenten;
	if (!g) return true;
	const datum = String(values[c.idx('datum')]);
	const col = (name: string) => g.columns.indexOf(name);
	let ok = true;
	for (const [field, expectField] of [
		['oude_code', 'geldig_tot'],
		['nieuwe_code', 'geldig_vanaf']
	] as const) {
		const code = String(values[c.idx(field)]);
		const row = g.byKey.get(code)!;
		const until = row[col('geldig_tot')];
		const from = row[col('geldig_vanaf')];
		const bad = field === 'oude_code' ? until !== datum : (from != null && String(from) > datum) || (until != null && String(until) <= datum);
		if (!bad) continue;
		const expected = field === 'oude_code' ? (until == null ? 'bestaat nog (geldig_tot is leeg)' : `eindigt op ${until}`) : `bestaat van ${from ?? 'het begin'} tot ${until ?? 'nu'}`;
		c.issue({ line, column: field, columnIndex: c.fileColumn(field), value: code, rule: 'herindeling-date', params: { code, datum, expected, field: expectField } });
		ok = false;
	}
	return ok;
}

/** The parts of one dissolved municipality on one date must add up to all its inhabitants. */
export function checkShares(c: CheckContext): void {
	const [di, oi, ai] = [c.idx('datum'), c.idx('oude_code'), c.idx('aandeel_inwoners')];
	const sums = new Map<string, { sum: number; line: number }>();
	c.result.rows.forEach((v, k) => {
		const key = `${v[di]}|${v[oi]}`;
		const s = sums.get(key) ?? { sum: 0, line: c.result.lines[k] };
		s.sum += Number(v[ai]);
		sums.set(key, s);
	});
	for (const [key, s] of sums) {
		if (Math.abs(s.sum - 1) < 1e-9) continue;
		const [datum, code] = key.split('|');
		const sum = String(Math.round(s.sum * 1e6) / 1e6);
		c.issue({ line: s.line, column: 'aandeel_inwoners', columnIndex: c.fileColumn('aandeel_inwoners'), value: sum, rule: 'herindeling-shares', params: { code, datum, sum } });
	}
}

/** Report (peildatum, gemeente) pairs that reported some but not all available standards. */
export function checkCompleteness(c: CheckContext): void {
	const std = c.refs.standaarden;
	if (!std) return;
	const bi = std.columns.indexOf('beschikbaar_sinds');
	const since = [...std.byKey].map(([id, row]) => [id, String(row[bi])] as const);
	const [pi, gi, si] = [c.idx('peildatum'), c.idx('gemeentecode'), c.idx('standaard_id')];
	const have = new Map<string, Set<string>>();
	for (const v of c.result.rows) {
		const k = `${v[pi]}|${v[gi]}`;
		let s = have.get(k);
		if (!s) have.set(k, (s = new Set()));
		s.add(String(v[si]));
	}
	let count = 0;
	let example = '';
	for (const [k, stds] of have) {
		const pd = k.slice(0, 10);
		for (const [id, from] of since) {
			if (from <= pd && !stds.has(id)) {
				count++;
				if (!example) example = `${k.replace('|', ' ')} ${id}`;
			}
		}
	}
	if (count > 0) c.issue({ line: null, column: null, value: null, rule: 'missing-combinations', params: { count, example } });
}
