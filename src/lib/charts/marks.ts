// Owns: the look of the kit's reference marks (own score, peer median, national mean, the band
// between the group boundaries, boundary/annotation rules, the selected municipality). Widths
// and dash patterns live here and are drawn as presentation attributes; colours are design
// tokens, applied on the page by the matching class in marks.css and read by the downloads
// through `token`. Legend items are built from the same objects, so chart, legend and file agree.
import type { LegendItem } from './legend';

export interface Mark {
	class: string;
	token: string;
	width?: number;
	dash?: string;
	opacity?: number;
}

export const MARKS = {
	own: { class: 'mark-own', token: 'color-text', width: 2.5 },
	/** A municipality's figures from before it existed: its predecessors', re-based onto it. */
	history: { class: 'mark-history', token: 'color-text', width: 2.5, dash: '10 4' },
	peers: { class: 'mark-peers', token: 'color-brand', width: 2, dash: '6 4' },
	mean: { class: 'mark-mean', token: 'color-text-muted', width: 1.5, dash: '1.5 3' },
	band: { class: 'mark-band', token: 'group-peloton', opacity: 0.45 },
	/** A planned trajectory (what-if): where the municipality would be at target peildata. */
	plan: { class: 'mark-plan', token: 'cat-3', width: 2.5, dash: '5 4' },
	rule: { class: 'mark-rule', token: 'color-text', width: 1.5, dash: '4 3' },
	selected: { class: 'mark-selected', token: 'map-highlight', width: 2 },
	/** A fitted model curve over the measured range, and its continuation beyond it (a forecast). */
	fit: { class: 'mark-fit', token: 'color-text', width: 2.5 },
	forecast: { class: 'mark-fit', token: 'color-text', width: 2.5, dash: '6 4' },
	/** The uncertainty band around a fitted curve. */
	fitBand: { class: 'mark-fit-band', token: 'status-gepland', opacity: 0.75 },
	/** A target level (e.g. 90 % in use). */
	target: { class: 'mark-rule', token: 'color-text', width: 1.5, dash: '2 3' }
} as const satisfies Record<string, Mark>;

/** Okabe–Ito colour classes (tokens.css) and a dash pattern per compared series, so lines read without colour too. */
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 2', '12 6', '6 2 2 2'] as const;
export const seriesClass = (k: number) => `stroke-cat-${(k % 8) + 1}`;
export const seriesDash = (k: number) => SERIES_DASHES[k % 8] || undefined;

export function lineItem(m: Mark, label: string): LegendItem {
	return { kind: 'line', class: m.class, token: m.token, width: m.width, dash: m.dash, label };
}

export function bandItem(m: Mark, label: string): LegendItem {
	return { kind: 'band', class: m.class, token: m.token, opacity: m.opacity, label };
}
