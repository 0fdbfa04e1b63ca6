// Owns: the overall verdict on a checked delivery — ready to publish, or not and why: a file that
// could not be used, rows rejected by errors, errors that must be fixed although the rows were
// kept, no adoption rows, published rows the delivery would lose, missing combinations, or a
// comparison that could not be made. Warnings, status changes at published peildata and new
// peildata are reported beside it; they do not stop publication. Pure, unit-tested.
import type { TableReport } from '../data/check';
import { RULE_EFFECT, RULE_SEVERITY, type RuleId } from '../data/rules';
import type { DeliveryDiff } from '../maturity/delivery';

export type Reason =
	| { kind: 'file-rejected'; file: string; rule: RuleId }
	| { kind: 'rows-rejected'; file: string; count: number }
	| { kind: 'errors-kept'; file: string; count: number }
	| { kind: 'no-adoption' }
	| { kind: 'rows-lost'; count: number; peildata: string[] }
	| { kind: 'missing-combinations'; file: string; count: number }
	| { kind: 'not-compared'; message: string };

export interface Verdict {
	ready: boolean;
	reasons: Reason[];
	/** Warnings that do not stop publication (rows loaded with a warning, identical duplicates, ignored columns). */
	warnings: number;
	/** Rows of published peildata that get another status (corrections, if intended). */
	changed: number;
	/** Peildata the delivery adds. */
	added: string[];
}

const FILE_RULES: RuleId[] = ['file-empty', 'file-binary', 'header-missing-column', 'header-duplicate-column'];

export function verdictOf(reports: readonly TableReport[], diff: DeliveryDiff | null, diffError: string | null): Verdict {
	const reasons: Reason[] = [];
	let warnings = 0;
	// Published files are valid by themselves, but are checked against the delivered files too
	// (a delivered standaarden.csv can reject published adoption rows): they count like the rest.
	for (const r of reports) {
		const count = (rule: RuleId) => r.issueCounts[rule] ?? 0;
		const fileRule = FILE_RULES.find((rule) => count(rule) > 0);
		if (fileRule) reasons.push({ kind: 'file-rejected', file: r.file, rule: fileRule });
		const byErrors = r.rejected - count('duplicate-identical');
		if (!fileRule && byErrors > 0) reasons.push({ kind: 'rows-rejected', file: r.file, count: byErrors });
		const rules = Object.keys(r.issueCounts) as RuleId[];
		const kept = rules.filter((rule) => RULE_EFFECT[rule] === 'error-kept').reduce((n, rule) => n + count(rule), 0);
		if (kept > 0) reasons.push({ kind: 'errors-kept', file: r.file, count: kept });
		const missing = r.fileIssues.find((i) => i.rule === 'missing-combinations');
		if (missing) reasons.push({ kind: 'missing-combinations', file: r.file, count: Number(missing.params.count) });
		warnings += rules.filter((rule) => RULE_SEVERITY[rule] === 'warning' && rule !== 'missing-combinations').reduce((n, rule) => n + count(rule), 0);
	}
	const adoptie = reports.find((r) => r.resource === 'adoptie');
	const adoptieRejected = reasons.some((x) => x.kind === 'file-rejected' && x.file === adoptie?.file);
	if (adoptie && adoptie.accepted === 0 && !adoptieRejected) reasons.push({ kind: 'no-adoption' });
	if (diff && diff.rows.ontbrekend > 0) {
		reasons.push({ kind: 'rows-lost', count: diff.rows.ontbrekend, peildata: diff.rowsByPeildatum.filter((p) => p.ontbrekend > 0).map((p) => p.peildatum) });
	}
	if (!diff && diffError) reasons.push({ kind: 'not-compared', message: diffError });
	return {
		ready: reasons.length === 0 && diff !== null,
		reasons,
		warnings,
		changed: diff?.rows.gewijzigd ?? 0,
		added: diff ? diff.peildata.filter((p) => p.isNew).map((p) => p.peildatum) : []
	};
}
