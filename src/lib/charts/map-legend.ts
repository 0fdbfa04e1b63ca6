// Owns: the municipality map's legend as data (was MapLegend.svelte): group swatches with
// counts, or the score ramp with the group boundaries marked, or the status swatches; plus
// "outside filter" when municipalities are dimmed. The page's side panel and the map's
// downloads draw the same data.
import type { Translator } from '$lib/i18n';
import type { GroupCounts } from '$lib/maturity/overview';
import type { ColourMode } from '$lib/overzicht/url';
import type { LegendData, LegendItem } from './legend';

const STATUSES = ['in_gebruik', 'in_implementatie', 'gepland', 'niet_gestart', 'ontbreekt'] as const;

export function mapLegend(
	t: Translator,
	mode: ColourMode,
	opts: { counts?: GroupCounts | null; lower?: number | null; upper?: number | null; dimmed?: boolean } = {}
): LegendData {
	const { counts = null, lower = null, upper = null, dimmed = false } = opts;
	const items: LegendItem[] = [];
	let title: string;
	if (mode === 'groep') {
		title = t.t('legend.title');
		for (const g of ['kopgroep', 'peloton', 'achterhoede'] as const) items.push({ kind: 'swatch', class: `fill-${g}`, label: `${t.group(g)}${counts ? ` (${counts[g]})` : ''}` });
		if (counts && counts.geen > 0) items.push({ kind: 'swatch', class: 'fill-geen', label: `${t.group(null)} (${counts.geen})` });
	} else if (mode === 'score') {
		title = t.t('legend.score');
		items.push({
			kind: 'ramp',
			classes: Array.from({ length: 10 }, (_, i) => `fill-s${i}`),
			label: '',
			marks: [lower, upper].filter((v): v is number => v !== null),
			ticks: ['0', '50', '100']
		});
		if (lower !== null && upper !== null) items.push({ kind: 'text', label: `${t.t('legend.lower')}: ${t.score(lower)} · ${t.t('legend.upper')}: ${t.score(upper)}` });
	} else {
		title = t.t('legend.status');
		for (const s of STATUSES) items.push({ kind: 'swatch', class: `fill-${s}`, label: t.status(s) });
		items.push({ kind: 'swatch', class: 'fill-geen', label: t.group(null) });
	}
	if (dimmed) items.push({ kind: 'swatch', class: 'fill-dimmed', label: t.t('legend.dimmed') });
	return { title, items };
}
