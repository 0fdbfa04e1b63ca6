// Owns: binning scores (0–1) for the distribution histogram. Bins are split AT the group
// boundaries, so no bar straddles a boundary: each stretch between boundaries (0 → lower →
// upper → 1) is divided into bins of about `step`, all equal within that stretch. Bars therefore
// have almost the same width (no thin slivers next to a boundary), and every bin is counted per
// group, so the bars can be stacked and coloured by group.
import type { Group } from '$lib/maturity/methods';

export type GroupKey = Group | 'geen';
/** Stacking order, bottom to top. */
export const GROUP_KEYS: readonly GroupKey[] = ['achterhoede', 'peloton', 'kopgroep', 'geen'];

export interface Bin {
	x0: number;
	x1: number;
	total: number;
	counts: Record<GroupKey, number>;
}

/**
 * Bin edges from `lo` to `hi`, with every boundary strictly inside (lo, hi) an edge itself.
 * A stretch of length L gets max(1, round(L / step)) equal bins.
 */
export function binEdges(step: number, boundaries: readonly (number | null | undefined)[] = [], lo = 0, hi = 1): number[] {
	const cuts = [...new Set(boundaries.filter((b): b is number => b != null && Number.isFinite(b) && b > lo && b < hi))].sort((a, b) => a - b);
	const stops = [lo, ...cuts, hi];
	const edges: number[] = [lo];
	for (let s = 0; s < stops.length - 1; s++) {
		const a = stops[s];
		const b = stops[s + 1];
		const n = Math.max(1, Math.round((b - a) / step));
		for (let j = 1; j < n; j++) edges.push(a + ((b - a) * j) / n);
		edges.push(b); // exact: a boundary is an edge, not a sum of floating-point steps
	}
	return edges;
}

/** Index of the bin [edges[i], edges[i+1]) holding `x`; the top edge belongs to the last bin. */
export function binIndex(edges: readonly number[], x: number): number {
	const last = edges.length - 2;
	if (x >= edges[last + 1]) return last;
	let lo = 0;
	let hi = last;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (edges[mid] <= x) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Count `items` per bin and group. */
export function histogram(items: readonly { score: number; group: Group | null }[], edges: readonly number[]): Bin[] {
	const bins: Bin[] = [];
	for (let i = 0; i < edges.length - 1; i++) bins.push({ x0: edges[i], x1: edges[i + 1], total: 0, counts: { kopgroep: 0, peloton: 0, achterhoede: 0, geen: 0 } });
	for (const it of items) {
		const b = bins[binIndex(edges, it.score)];
		b.total++;
		b.counts[it.group ?? 'geen']++;
	}
	return bins;
}

export interface Segment {
	key: string;
	group: GroupKey;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** The stacked rectangles (in data units: score × count) of a histogram. */
export function stackBins(bins: readonly Bin[]): Segment[] {
	const out: Segment[] = [];
	bins.forEach((b, i) => {
		let y = 0;
		for (const g of GROUP_KEYS) {
			const n = b.counts[g];
			if (!n) continue;
			out.push({ key: `${i}-${g}`, group: g, x0: b.x0, x1: b.x1, y0: y, y1: y + n });
			y += n;
		}
	});
	return out;
}
