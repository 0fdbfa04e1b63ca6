// Owns: the verdict and the CSV notes of the data page in words, in the page's language — shared
// by the report's verdict section, the live announcement at the end of a check and the downloads.
import type { TableReport } from '../data/check';
import { ruleMessage, RULE_TITLES, type Severity } from '../data/rules';
import type { Translator } from '../i18n';
import type { Reason, Verdict } from './verdict';

export function reasonText(t: Translator, r: Reason): string {
	switch (r.kind) {
		case 'file-rejected':
			return t.t('data.reason.fileRejected', { file: r.file, why: RULE_TITLES[t.lang][r.rule].toLowerCase() });
		case 'rows-rejected':
			return t.t('data.reason.rowsRejected', { file: r.file, n: t.num(r.count) });
		case 'errors-kept':
			return t.t('data.reason.errorsKept', { file: r.file, n: t.num(r.count) });
		case 'no-adoption':
			return t.t('data.reason.noAdoption');
		case 'rows-lost':
			return t.t('data.reason.rowsLost', { n: t.num(r.count), dates: shortList(r.peildata.map((d) => t.date(d))) });
		case 'missing-combinations':
			return t.t('data.reason.missing', { file: r.file, n: t.num(r.count) });
		case 'not-compared':
			return t.t('data.reason.notCompared', { message: r.message });
	}
}

function shortList(items: string[], max = 4): string {
	return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} … (${items.length})`;
}

/** One sentence for the live region: the verdict and, when not ready, the reasons. */
export function verdictSentence(t: Translator, v: Verdict): string {
	if (v.ready) return t.t('data.verdict.ready');
	return [t.t('data.verdict.notReady'), ...v.reasons.map((r) => reasonText(t, r))].join(' ');
}

/** The file-level problems of a report, explained (empty, binary, missing columns, …). */
export function fileProblems(t: Translator, r: TableReport): { text: string; severity: Severity }[] {
	return r.fileIssues.map((i) => ({ text: ruleMessage(i.rule, { ...i.params, column: i.column ?? String(i.params.column ?? '') }, t.lang), severity: i.severity }));
}

/** Lines above a downloaded CSV: what it is, the synthetic-data label when it applies, the licence. */
export function csvNotes(t: Translator, first: string, synthetic: boolean, extra: string[] = []): string[] {
	return [first, ...extra, ...(synthetic ? [t.t('download.synthetic')] : []), t.t('data.note.licence')];
}
