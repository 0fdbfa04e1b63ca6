// Owns: the chart kit's layout arithmetic, as pure functions (unit-tested without a browser):
// how wide a label will be, how to wrap it, which ticks fit at a given width, and how to nudge
// labels apart. Charts are laid out in real CSS px, so chart text is never drawn below
// MIN_TEXT_PX: narrow charts get fewer ticks and wrapped or moved labels, never smaller text.
//
// Text widths are ESTIMATES from per-character widths (DejaVu Sans, the widest of the fonts in
// --font-family that a reader is likely to have), so the server and the browser lay out the
// same way and a label that fits here fits on screen.

/** The smallest chart text, in CSS px (axis ticks, annotations). */
export const MIN_TEXT_PX = 12;
/** Series and node labels. */
export const LABEL_TEXT_PX = 13;
/** Line height for wrapped chart labels, as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;

const NARROW = new Set([...`ijlftI!|.,:;'()[]`]);
const WIDE = new Set([...'mwMW']);

/** Estimated width in px of `text` at `size` px (a little generous, never less than real). */
export function textWidth(text: string, size: number = MIN_TEXT_PX, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.32;
		else if (NARROW.has(ch)) em += 0.32;
		else if (ch === 'r') em += 0.43;
		else if (WIDE.has(ch)) em += 0.98;
		else if (ch >= '0' && ch <= '9') em += 0.64;
		else if (ch >= 'A' && ch <= 'Z') em += 0.74;
		else em += 0.62;
	}
	// +3%: measured against DejaVu Sans in Chromium, the estimate is within ±1% — keep a margin.
	return em * size * 1.03 * (bold ? 1.08 : 1);
}

/** The pieces a label may be broken into: words, and parts of a word after a hyphen. */
function pieces(text: string): { text: string; space: boolean }[] {
	const out: { text: string; space: boolean }[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const parts = word.split(/(?<=-)(?=.)/);
		// Never leave a stub like "'s-" on a line of its own.
		while (parts.length > 1 && parts[0].length <= 3) parts.splice(0, 2, parts[0] + parts[1]);
		parts.forEach((part, i) => out.push({ text: part, space: i === 0 }));
	}
	return out;
}

/** Width of the widest piece of `text` that wrapText cannot break. */
export function widestPiece(text: string, size: number = MIN_TEXT_PX): number {
	return Math.max(0, ...pieces(text).map((p) => textWidth(p.text, size)));
}

/** `text` cut to fit `max` px, ending in "…" if it had to be cut. */
export function ellipsize(text: string, max: number, size: number = MIN_TEXT_PX): string {
	if (textWidth(text, size) <= max) return text;
	let t = text;
	while (t.length > 1 && textWidth(`${t}…`, size) > max) t = t.slice(0, -1);
	return `${t.trimEnd()}…`;
}

/**
 * Break `text` into lines no wider than `max` px: at spaces, else after a hyphen
 * ("Midden-" / "Groningen"); a piece that is still too wide is cut with "…" (the figure's
 * legend and summary carry the full name).
 */
export function wrapText(text: string, max: number, size: number = MIN_TEXT_PX): string[] {
	const lines: string[] = [];
	let cur = '';
	for (const p of pieces(text)) {
		const next = cur ? `${cur}${p.space ? ' ' : ''}${p.text}` : p.text;
		if (cur && textWidth(next, size) > max) {
			lines.push(cur);
			cur = p.text;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines.map((l) => ellipsize(l, max, size));
}

export interface PlacedTick {
	i: number;
	x: number;
	anchor: 'start' | 'middle' | 'end';
}

/**
 * Labels for `n` evenly spaced categories (peildata) on an x axis: every k-th, counted back from
 * the LAST one (the most recent peildatum is always labelled), with the smallest k at which no
 * two labels touch — after the first and last are anchored inward so they stay inside
 * [min, max]. `xOf(i)` is a category's position, `wOf(i)` its label's width (px).
 */
export function fitIndexTicks(n: number, xOf: (i: number) => number, wOf: (i: number) => number, min: number, max: number, gap = 10): PlacedTick[] {
	for (let every = 1; every <= Math.max(1, n); every++) {
		const placed: (PlacedTick & { a: number; b: number })[] = [];
		for (let i = n - 1; i >= 0; i -= every) {
			const x = xOf(i);
			const w = wOf(i);
			const anchor = anchorWithin(x, w, min, max);
			const a = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
			placed.unshift({ i, x, anchor, a, b: a + w });
		}
		if (placed.every((p, j) => j === 0 || placed[j - 1].b + gap <= p.a)) return placed.map(({ i, x, anchor }) => ({ i, x, anchor }));
	}
	return [];
}

/** How many ticks a continuous axis `length` px long should ask d3 for (one per `spacing` px). */
export function tickCount(length: number, spacing: number, min = 2, max = 10): number {
	return Math.max(min, Math.min(max, Math.floor(length / spacing)));
}

/** Anchor for a label centred at `x` that is `w` px wide, kept inside [min, max]. */
export function anchorWithin(x: number, w: number, min: number, max: number): 'start' | 'middle' | 'end' {
	if (x - w / 2 < min) return 'start';
	if (x + w / 2 > max) return 'end';
	return 'middle';
}

export interface NudgeItem {
	/** Wanted centre (px). */
	y: number;
	/** Height the label needs (px). */
	h: number;
}

/**
 * Move labels apart vertically so none overlap: each keeps its wanted centre where it can, and
 * all stay within [min, max] when they fit. Returns the new centres, in the order given.
 */
export function nudge(items: readonly NudgeItem[], min = -Infinity, max = Infinity, gap = 2): number[] {
	const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const pos = order.map((o) => o.y);
	// Down: each label starts no higher than the one above allows (and not above `min`).
	for (let k = 0; k < order.length; k++) {
		const lo = k === 0 ? min + order[k].h / 2 : pos[k - 1] + (order[k - 1].h + order[k].h) / 2 + gap;
		pos[k] = Math.max(pos[k], lo);
	}
	// Up: if the last ones run past `max`, push the stack back up.
	for (let k = order.length - 1; k >= 0; k--) {
		const hi = k === order.length - 1 ? max - order[k].h / 2 : pos[k + 1] - (order[k + 1].h + order[k].h) / 2 - gap;
		pos[k] = Math.min(pos[k], hi);
	}
	const out = new Array<number>(items.length);
	order.forEach((o, k) => (out[o.i] = pos[k]));
	return out;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Width a chart is laid out at on the server (prerender), before it can measure its container:
 * the narrowest content column (a 320 px phone minus the page margins). On a wider screen the
 * prerendered chart sits at this width inside its full-width, fixed-height box until hydration
 * re-lays it out — its text is never scaled down, and its box never changes height.
 */
export const SSR_WIDTH = 288;

/** Tick values of a continuous scale for an axis `length` px long: about one per `spacing` px. */
export function continuousTicks(scale: { ticks(count: number): number[] }, length: number, spacing: number): number[] {
	return scale.ticks(tickCount(length, spacing));
}

export interface RuleLabel {
	/** Position of the rule (px, chart-area coordinates). */
	x: number;
	/** Label width (px). */
	w: number;
	/** The side of the rule the label would rather be on. */
	prefer: 'left' | 'right';
}

export interface PlacedRuleLabel {
	side: 'left' | 'right';
	row: number;
}

/**
 * Place the labels of vertical rules above the chart area, in rows (0 = nearest the chart; a
 * rule's line runs up to its label's row). Each label goes on its preferred side of its rule,
 * else the other side, in the lowest row where it overlaps no other label — and, if at all
 * possible, where it does not straddle another rule's line and its own line does not run
 * through a label in a lower row. A side is only possible when the label stays in [min, max].
 */
export function placeRuleLabels(labels: readonly RuleLabel[], min: number, max: number, pad = 4, gap = 6): PlacedRuleLabel[] {
	const placed: { x: number; row: number; a: number; b: number }[] = [];
	const span = (l: RuleLabel, side: 'left' | 'right') => (side === 'right' ? [l.x + pad, l.x + pad + l.w] : [l.x - pad - l.w, l.x - pad]);
	const inside = (x: number, a: number, b: number) => x >= a - 2 && x <= b + 2;
	return labels.map((l, li) => {
		const sides: ('left' | 'right')[] = l.prefer === 'left' ? ['left', 'right'] : ['right', 'left'];
		const fits = sides.filter((s) => {
			const [a, b] = span(l, s);
			return a >= min && b <= max;
		});
		const options = fits.length ? fits : sides.slice(0, 1);
		for (const strict of [true, false]) {
			for (let row = 0; row <= labels.length; row++) {
				for (const side of options) {
					const [a, b] = span(l, side);
					if (placed.some((p) => p.row === row && a < p.b + gap && b > p.a - gap)) continue;
					const clean =
						!labels.some((o, oi) => oi !== li && inside(o.x, a, b)) && !placed.some((p) => p.row < row && inside(l.x, p.a, p.b));
					if (strict && !clean) continue;
					placed.push({ x: l.x, row, a, b });
					return { side, row };
				}
			}
		}
		return { side: options[0], row: labels.length };
	});
}

/** A coordinate rounded to 0.1 px (smaller prerendered HTML, no visible difference). */
export const px = (v: number): number => Math.round(v * 10) / 10;
