// Owns: the check report as a table — one row per normalisation (with its first example) and one
// per problem, each with file, line, column, value, rule, severity, effect and a plain explanation
// in the page's language — and which problems a filter selects. Used by the parse worker, which
// holds the problem list, so a report of any size is written off the main thread.
import type { CsvCell, CsvDialect } from './csv-export';
import { toCsv } from './csv-write';
import type { IssueQuery } from './check';
import type { Lang } from '../i18n/lang';
import { EFFECT_LABEL, NORMALISED_LABEL, RULE_EFFECT, normMessage, ruleMessage, type NormId } from './rules';
import type { Issue, TableResult } from './validate';

export const REPORT_HEADER = ['bestand', 'regel', 'kolom', 'kolomletter', 'waarde', 'soort', 'ernst', 'gevolg', 'uitleg'];

/** The explanation of one problem, with its column and value filled in. */
export function issueMessage(i: Issue, lang: Lang): string {
	return ruleMessage(i.rule, { ...i.params, column: i.column ?? '', value: i.value ?? String(i.params.value ?? '') }, lang);
}

export function matches(i: Issue, q: IssueQuery): boolean {
	return (!q.file || i.file === q.file) && (!q.rule || i.rule === q.rule) && (!q.severity || i.severity === q.severity);
}

type ReportTable = Pick<TableResult, 'file' | 'norms' | 'normExamples'> & { published: boolean };

/**
 * The rows of the report: normalisations of the supplied files first (unless the query asks for
 * one rule or severity), then the selected problems.
 */
export function reportRows(tables: readonly ReportTable[], issues: readonly Issue[], q: IssueQuery, lang: Lang): CsvCell[][] {
	const rows: CsvCell[][] = [];
	if (!q.rule && !q.severity) {
		for (const t of tables) {
			if (t.published || (q.file && t.file !== q.file)) continue;
			for (const [id, n] of Object.entries(t.norms) as [NormId, number][]) {
				const ex = t.normExamples[id];
				const value = ex ? (id === 'encoding-windows-1252' ? ex.to : `${ex.from} → ${ex.to}`) : null;
				rows.push([t.file, ex?.line ?? null, ex?.column ?? null, null, value, id, 'normalisatie', NORMALISED_LABEL[lang], normMessage(id, n, lang, ex)]);
			}
		}
	}
	for (const i of issues) {
		if (!matches(i, q)) continue;
		rows.push([i.file, i.line, i.column, i.columnLetter, i.value, i.rule, i.severity === 'error' ? 'fout' : 'waarschuwing', EFFECT_LABEL[lang][RULE_EFFECT[i.rule]], issueMessage(i, lang)]);
	}
	return rows;
}

export function reportCsv(tables: readonly ReportTable[], issues: readonly Issue[], q: IssueQuery, lang: Lang, dialect: CsvDialect, notes: readonly string[]): string {
	return toCsv(REPORT_HEADER, reportRows(tables, issues, q, lang), dialect, notes);
}
