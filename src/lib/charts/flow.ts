// Owns: the geometry of the group-flow (alluvial) chart at a given width and height, as a pure
// function: node columns, bands, and node labels that wrap into the room beside the nodes and
// are nudged apart — so the labels (also the long English ones) fit at every width, from a
// 288 px phone column to the desktop, without shrinking text.
import type { Group } from '$lib/maturity/methods';
import { LABEL_TEXT_PX, LINE_HEIGHT, nudge, textWidth, wrapText } from './layout';

export type FlowKey = Group | null;

export interface FlowNode {
	key: FlowKey;
	n: number;
	y: number;
	h: number;
	/** Label lines and the centre (px) the label block is drawn at, after nudging. */
	lines: string[];
	labelY: number;
}

export interface FlowBand {
	from: FlowKey;
	to: FlowKey;
	n: number;
	d: string;
}

export interface FlowLayout {
	x0: number;
	x1: number;
	nodeW: number;
	left: FlowNode[];
	right: FlowNode[];
	bands: FlowBand[];
}

export const FLOW_NODE_W = 16;
const GAP = 14;
const LABEL_PAD = 8;

const r1 = (v: number) => Math.round(v * 10) / 10;

export function flowLayout(
	keys: readonly FlowKey[],
	count: (from: FlowKey, to: FlowKey) => number,
	total: number,
	label: (key: FlowKey, n: number) => string,
	width: number,
	height: number
): FlowLayout {
	const nodeTotals = (side: 'from' | 'to') => keys.map((k) => keys.reduce((a, o) => a + (side === 'from' ? count(k, o) : count(o, k)), 0));
	const fromN = nodeTotals('from');
	const toN = nodeTotals('to');
	// Label columns: as wide as the widest label needs, but at most 30% of the width each (longer
	// labels wrap) — and never narrower than the longest single word.
	const labels = keys.flatMap((k, i) => [label(k, fromN[i]), label(k, toN[i])]);
	const widest = Math.max(0, ...labels.map((l) => textWidth(l, LABEL_TEXT_PX)));
	const widestWord = Math.max(0, ...labels.flatMap((l) => l.split(/\s+/)).map((w) => textWidth(w, LABEL_TEXT_PX)));
	const col = Math.ceil(Math.max(widestWord + LABEL_PAD, Math.min(widest + LABEL_PAD, width * 0.3)));
	const x0 = col;
	const x1 = width - col - FLOW_NODE_W;
	const LH = LABEL_TEXT_PX * LINE_HEIGHT;

	const usable = height - GAP * Math.max(0, keys.length - 1) - 8;
	const scale = total ? usable / total : 0;
	const nodes = (ns: number[]): FlowNode[] => {
		let y = 4;
		const out = keys.map((k, i) => {
			const node: FlowNode = { key: k, n: ns[i], y: r1(y), h: r1(ns[i] * scale), lines: wrapText(label(k, ns[i]), col - LABEL_PAD, LABEL_TEXT_PX), labelY: 0 };
			y += ns[i] * scale + GAP;
			return node;
		});
		const ys = nudge(
			out.map((n) => ({ y: n.y + n.h / 2, h: n.lines.length * LH })),
			0,
			height,
			3
		);
		out.forEach((n, i) => (n.labelY = r1(ys[i])));
		return out;
	};
	const left = nodes(fromN);
	const right = nodes(toN);

	const outOffset = new Map(left.map((n) => [n.key, n.y]));
	const inOffset = new Map(right.map((n) => [n.key, n.y]));
	const bands: FlowBand[] = [];
	for (const f of keys) {
		for (const t of keys) {
			const n = count(f, t);
			if (!n) continue;
			const h = n * scale;
			const y0 = outOffset.get(f)!;
			const y1 = inOffset.get(t)!;
			outOffset.set(f, y0 + h);
			inOffset.set(t, y1 + h);
			const xa = x0 + FLOW_NODE_W;
			const xb = x1;
			const xm = r1((xa + xb) / 2);
			const [a, b, c, e] = [r1(y0), r1(y1), r1(y1 + h), r1(y0 + h)];
			bands.push({ from: f, to: t, n, d: `M${xa},${a}C${xm},${a} ${xm},${b} ${xb},${b}L${xb},${c}C${xm},${c} ${xm},${e} ${xa},${e}Z` });
		}
	}
	return { x0, x1, nodeW: FLOW_NODE_W, left, right, bands };
}
