// Owns: what the comparison's sections derive from its columns, in one place: the peildatum each
// column shows, the wording of "when" for captions (one date, or each its own), and the CSV of
// exactly the comparison on screen (every column with the peildatum its figures are for).
import { csvScore, type CsvCell } from '../data/csv-export';
import { PRIORITIES } from '../data/schema';
import type { Translator } from '../i18n';
import type { CellStatus } from '../maturity/queries';
import type { CompareStandaard } from './dataset';
import type { Column, Item } from './state.svelte';
import { formatList } from '../i18n/format';

/** The peildatum an item's figures are for. */
export function peildatumOf(item: Item): string {
	return item.view.peildata[item.view.at];
}

/** The one peildatum all columns show, or null when they differ (each at its own latest). */
export function sharedPeildatum(cols: readonly Column[]): string | null {
	const dates = new Set(cols.map((c) => peildatumOf(c.item)));
	return dates.size === 1 ? [...dates][0] : null;
}

/** "op 1 juli 2026" or "op de eigen laatste peildatum van elke gemeente", for captions. */
export function whenText(t: Translator, cols: readonly Column[]): string {
	const pd = sharedPeildatum(cols);
	return pd ? t.t('cmp.when.common', { date: t.date(pd) }) : t.t('cmp.when.own');
}

export function statusAt(item: Item, id: string): CellStatus | null {
	return item.view.statuses[id]?.[item.view.at] ?? null;
}

export function priorityScore(item: Item, p: number): number | null {
	return item.view.priorityScores[String(p)]?.[item.view.at] ?? null;
}

/** Names as a list in the language's way ("A, B en C" / "A, B and C"). */
export function listOf(t: Translator, names: readonly string[]): string {
	return formatList(t.lang, names);
}

/** File name of the comparison's CSV: with its peildatum, or saying each has its own. */
export function csvName(cols: readonly Column[]): string {
	return `ggu-vergelijking-${sharedPeildatum(cols) ?? 'eigen-peildata'}`;
}

/** The comparison as one CSV: a column per municipality; rows peildatum, key figures, priorities, standards. */
export function comparisonCsv(t: Translator, cols: readonly Column[], standaarden: readonly CompareStandaard[]): { header: string[]; rows: CsvCell[][] } {
	const items = cols.map((c) => c.item);
	const at = (x: Item) => x.view.trend[x.view.at];
	return {
		header: ['onderdeel', 'id', 'naam', ...items.map((x) => `${x.code} ${x.naam}`)],
		rows: [
			['peildatum', '', 'peildatum', ...items.map(peildatumOf)],
			['score', '', 'score', ...items.map((x) => csvScore(at(x).score))],
			['rang', '', 'rang', ...items.map((x) => at(x).rank)],
			['aantal', '', 'aantal gemeenten op de peildatum', ...items.map((x) => at(x).n)],
			['groep', '', 'groep', ...items.map((x) => at(x).group)],
			...PRIORITIES.map((p) => ['prioriteit', String(p), t.prio(p), ...items.map((x) => csvScore(priorityScore(x, p)))]),
			...standaarden.map((s) => ['standaard', s.standaard_id, s.naam, ...items.map((x) => statusAt(x, s.standaard_id))])
		]
	};
}
