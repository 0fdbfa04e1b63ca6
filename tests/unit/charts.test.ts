// The chart kit's pure parts (src/lib/charts): tick choice at narrow and wide widths, gapped
// paths, histogram bins split at the group boundaries, label nudging and placement, legend data
// → download entries; and one server render of a chart frame (what the prerender writes).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scaleLinear } from 'd3-scale';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { flowLayout, type FlowKey } from '../../src/lib/charts/flow';
import { binEdges, binIndex, histogram, stackBins } from '../../src/lib/charts/histogram';
import { LABEL_TEXT_PX, SSR_WIDTH, anchorWithin, continuousTicks, fitIndexTicks, nudge, placeRuleLabels, textWidth, tickCount, widestPiece, wrapText, type PlacedRuleLabel, type RuleLabel } from '../../src/lib/charts/layout';
import { legendEntries, tokenFor, type LegendData } from '../../src/lib/charts/legend';
import { gappedArea, gappedLine } from '../../src/lib/charts/paths';
import FrameProbe from './fixtures/FrameProbe.svelte';

describe('ticks', () => {
	it('labels every k-th peildatum, counted back from the last, so labels fit the width', () => {
		const fit = (n: number, plot: number) =>
			fitIndexTicks(n, (i) => (i * plot) / Math.max(1, n - 1), () => 50, -32, plot + 10).map((t) => t.i);
		// 15 peildata in 250 px (17.9 px apart), 50 px labels + 10 px gap: every 4th would do if all
		// were centred, but the last is end-anchored (200–250) and would touch the one at 178.6
		// (153.6–203.6): every 5th.
		expect(fit(15, 250)).toEqual([4, 9, 14]);
		// 700 px (50 px apart): every 2nd; the first stays centred (−25 ≥ −32), the last is end-anchored.
		expect(fit(15, 700)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
		// 1400 px: all of them.
		expect(fit(15, 1400)).toHaveLength(15);
		expect(fit(1, 300)).toEqual([0]);
		expect(fit(0, 300)).toEqual([]);
		const last = fitIndexTicks(15, (i) => i * 50, () => 50, -32, 710).at(-1)!;
		expect(last).toEqual({ i: 14, x: 700, anchor: 'end' });
	});

	it('asks a continuous scale for fewer ticks on a short axis', () => {
		const y = scaleLinear().domain([0, 1]);
		expect(tickCount(224, 44)).toBe(5);
		expect(continuousTicks(y, 224, 44)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(continuousTicks(y, 80, 44)).toEqual([0, 0.5, 1]);
		const x = scaleLinear().domain([0, 1]);
		expect(continuousTicks(x, 250, 64).length).toBeLessThan(continuousTicks(x, 700, 64).length);
	});

	it('anchors edge labels inward', () => {
		expect(anchorWithin(5, 40, -30, 300)).toBe('middle');
		expect(anchorWithin(-20, 40, -30, 300)).toBe('start');
		expect(anchorWithin(290, 40, -30, 300)).toBe('end');
	});
});

describe('gapped paths', () => {
	const x = (_: unknown, i: number) => i * 10;
	it('breaks the line at nulls instead of bridging or dropping to zero', () => {
		const values = [0.1, null, 0.3, 0.4, null];
		// Point 0 stands alone (a zero-length subpath), then 2 → 3; nothing for 1 and 4.
		expect(gappedLine(values, x, (v) => (v === null ? null : v * 100))).toBe('M0,10ZM20,30L30,40');
		expect(gappedLine([null, null], x, (v) => v)).toBe('');
		expect(gappedLine([0.5, 0.25, 0.75], x, (v) => (v === null ? null : v * 100))).toBe('M0,50L10,25L20,75');
	});

	it('breaks a band where either edge is missing', () => {
		const rows = [
			{ a: 0.2, b: 0.6 },
			{ a: null, b: 0.5 },
			{ a: 0.3, b: 0.7 },
			{ a: 0.35, b: 0.75 }
		];
		const d = gappedArea(
			rows,
			x,
			(r) => (r.a === null ? null : r.a * 100),
			(r) => r.b * 100
		);
		// Two subpaths: the lone first row, then rows 2–3 (top edge forward, bottom edge back).
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).toContain('M20,70L30,75L30,35L20,30Z');
		expect(d).not.toContain('10,');
	});
});

describe('histogram bins', () => {
	it('splits the bins at the group boundaries, equal bins between them', () => {
		// 0 → 0.42: round(0.42/0.05) = 8 bins of 0.0525; 0.42 → 0.61: round(3.8) = 4 bins of 0.0475;
		// 0.61 → 1: round(7.8) = 8 bins of 0.04875. 20 bins, 21 edges.
		const e = binEdges(0.05, [0.42, 0.61]);
		expect(e).toHaveLength(21);
		expect(e[0]).toBe(0);
		expect(e[1]).toBeCloseTo(0.0525, 12);
		expect(e[8]).toBe(0.42);
		expect(e[9]).toBeCloseTo(0.4675, 12);
		expect(e[12]).toBe(0.61);
		expect(e[13]).toBeCloseTo(0.65875, 12);
		expect(e[20]).toBe(1);
		// Without boundaries: plain equal bins; boundaries at the ends, missing or repeated are ignored.
		expect(binEdges(0.25, [])).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(binEdges(0.25, [0, null, 1, 0.5, 0.5])).toEqual([0, 0.25, 0.5, 0.75, 1]);
	});

	it('counts a score on a boundary in the bin above it, and 1 in the last bin', () => {
		const e = binEdges(0.05, [0.42, 0.61]);
		expect(binIndex(e, 0.42)).toBe(8);
		expect(binIndex(e, 0.4199)).toBe(7);
		expect(binIndex(e, 0.61)).toBe(12);
		expect(binIndex(e, 0.6099)).toBe(11);
		expect(binIndex(e, 0)).toBe(0);
		expect(binIndex(e, 1)).toBe(19);
		const bins = histogram(
			[
				{ score: 0.42, group: 'peloton' },
				{ score: 0.4199, group: 'achterhoede' },
				{ score: 0.61, group: 'kopgroep' },
				{ score: 0.6099, group: 'peloton' },
				{ score: 1, group: 'kopgroep' },
				{ score: 0.43, group: 'peloton' },
				{ score: 0.44, group: null }
			],
			e
		);
		expect(bins.map((b) => b.total).reduce((a, b) => a + b)).toBe(7);
		expect(bins[7].counts).toEqual({ kopgroep: 0, peloton: 0, achterhoede: 1, geen: 0 });
		expect(bins[8].counts).toEqual({ kopgroep: 0, peloton: 2, achterhoede: 0, geen: 1 });
		expect(bins[12].counts.kopgroep).toBe(1);
		expect(bins[19].counts.kopgroep).toBe(1);
		// Stacked bottom to top: achterhoede, peloton, kopgroep, geen.
		expect(stackBins(bins).filter((s) => s.key.startsWith('8-'))).toEqual([
			{ key: '8-peloton', group: 'peloton', x0: 0.42, x1: e[9], y0: 0, y1: 2 },
			{ key: '8-geen', group: 'geen', x0: 0.42, x1: e[9], y0: 2, y1: 3 }
		]);
	});
});

describe('labels', () => {
	it('nudges end labels apart and keeps them inside the chart', () => {
		// 14 px labels, 2 px gap: 50, 52, 54 → 50, 66, 82.
		expect(nudge([50, 52, 54].map((y) => ({ y, h: 14 })), -Infinity, Infinity, 2)).toEqual([50, 66, 82]);
		// With a bottom at 80, the stack is pushed back up: 73, 57, 41.
		expect(nudge([50, 52, 54].map((y) => ({ y, h: 14 })), 0, 80, 2)).toEqual([41, 57, 73]);
		// Results come back in the order given, not sorted.
		expect(nudge([{ y: 100, h: 10 }, { y: 10, h: 10 }])).toEqual([100, 10]);
		// Far-apart labels stay where they are.
		expect(nudge([{ y: 20, h: 14 }, { y: 200, h: 14 }], 0, 300)).toEqual([20, 200]);
	});

	it('wraps long labels at spaces, never below the chart text size', () => {
		expect(wrapText('Achterhoede (laggards) (123)', 95, LABEL_TEXT_PX)).toEqual(['Achterhoede', '(laggards)', '(123)']);
		expect(wrapText('Kopgroep (12)', 200, LABEL_TEXT_PX)).toEqual(['Kopgroep (12)']);
		expect(textWidth('MMM', 12)).toBeGreaterThan(textWidth('iii', 12));
		// After a hyphen when a word is too long; cut with "…" when a piece still does not fit.
		expect(wrapText('Midden-Groningen', 80, LABEL_TEXT_PX)).toEqual(['Midden-', 'Groningen']);
		expect(wrapText('Midden-Groningen', 200, LABEL_TEXT_PX)).toEqual(['Midden-Groningen']);
		// No stub like "'s-" on its own line; a piece that still does not fit is cut.
		expect(wrapText("'s-Hertogenbosch", 200, LABEL_TEXT_PX)).toEqual(["'s-Hertogenbosch"]);
		const cut = wrapText("'s-Hertogenbosch", 60, LABEL_TEXT_PX);
		expect(cut).toHaveLength(1);
		expect(cut[0]).toMatch(/^'s-H.*…$/);
		expect(textWidth(cut[0], LABEL_TEXT_PX)).toBeLessThanOrEqual(60);
		expect(widestPiece('Súdwest-Fryslân', 13)).toBe(Math.max(textWidth('Súdwest-', 13), textWidth('Fryslân', 13)));
	});

	// [case, labels, left edge, right edge, expected placement]
	const ruleLabelCases: [string, RuleLabel[], number, number, PlacedRuleLabel[]][] = [
		['both fit on their preferred side', [{ x: 100, w: 90, prefer: 'left' }, { x: 150, w: 90, prefer: 'right' }], -30, 260, [{ side: 'left', row: 0 }, { side: 'right', row: 0 }]],
		// The upper label does not fit on the right: on the left it would overlap, so one row up.
		['the second goes a row up', [{ x: 100, w: 120, prefer: 'left' }, { x: 150, w: 120, prefer: 'right' }], -30, 260, [{ side: 'left', row: 0 }, { side: 'left', row: 1 }]],
		// The selected municipality (89.6) between the boundaries (71.4, 92.7) at 1184 px: its label
		// avoids straddling the upper rule (left, not right); the upper label cannot go right (edge)
		// and goes one row up, so the selected rule's line (row 0) does not cross it.
		[
			'the selected municipality between the boundaries',
			[{ x: 1021, w: 100, prefer: 'right' }, { x: 843, w: 124, prefer: 'left' }, { x: 1057, w: 127, prefer: 'right' }],
			-34,
			1150,
			[{ side: 'left', row: 0 }, { side: 'left', row: 0 }, { side: 'left', row: 1 }]
		]
	];
	it.each(ruleLabelCases)('places boundary labels on their preferred side, else the other side, else a row up: %s', (_case, labels, min, max, expected) => {
		expect(placeRuleLabels(labels, min, max)).toEqual(expected);
	});

	it('keeps the group-flow labels inside the chart at every width, in English too', () => {
		const keys: FlowKey[] = ['kopgroep', 'peloton', 'achterhoede', null];
		const names: Record<string, string> = { kopgroep: 'Kopgroep (leaders)', peloton: 'Peloton (main group)', achterhoede: 'Achterhoede (laggards)', null: 'No data' };
		const n: Record<string, number> = { 'kopgroep>kopgroep': 60, 'peloton>kopgroep': 25, 'peloton>peloton': 170, 'achterhoede>peloton': 30, 'achterhoede>achterhoede': 67, 'null>achterhoede': 3 };
		const count = (f: FlowKey, t: FlowKey) => n[`${f}>${t}`] ?? 0;
		for (let width = SSR_WIDTH; width <= 1000; width += 37) {
			const l = flowLayout(keys, count, 355, (k, c) => `${names[String(k)]} (${c})`, width, 300);
			expect(l.x1 - (l.x0 + l.nodeW), `flows at ${width}`).toBeGreaterThan(40);
			for (const node of l.left) for (const line of node.lines) expect(l.x0 - 6 - textWidth(line, LABEL_TEXT_PX), `${line} at ${width}`).toBeGreaterThanOrEqual(0);
			for (const node of l.right) for (const line of node.lines) expect(l.x1 + l.nodeW + 6 + textWidth(line, LABEL_TEXT_PX), `${line} at ${width}`).toBeLessThanOrEqual(width);
			for (const side of [l.left, l.right]) {
				const blocks = side.map((s) => ({ a: s.labelY - (s.lines.length * LABEL_TEXT_PX * 1.2) / 2, b: s.labelY + (s.lines.length * LABEL_TEXT_PX * 1.2) / 2 })).sort((p, q) => p.a - q.a);
				for (let i = 1; i < blocks.length; i++) expect(blocks[i].a, `labels overlap at ${width}`).toBeGreaterThanOrEqual(blocks[i - 1].b);
			}
		}
	});
});

describe('legend data → download entries', () => {
	const tokens: Record<string, string> = {
		'group-kopgroep': '#08519c',
		'color-brand': '#154273',
		'group-peloton': '#b9d3ec',
		'score-0': 'rgb(1, 1, 1)',
		'score-1': 'rgb(2, 2, 2)',
		'status-in_gebruik': '#08519c',
		'cat-3': '#009e73'
	};
	const read = (t: string) => tokens[t] ?? '';

	it('derives the token from the paint class', () => {
		expect(tokenFor('fill-kopgroep')).toBe('group-kopgroep');
		expect(tokenFor('fill-geen')).toBe('group-geen');
		expect(tokenFor('fill-s7')).toBe('score-7');
		expect(tokenFor('stroke-cat-3')).toBe('cat-3');
		expect(tokenFor('fill-cat-8')).toBe('cat-8');
		expect(tokenFor('fill-dimmed')).toBe('map-dimmed');
		expect(tokenFor('fill-in_gebruik')).toBe('status-in_gebruik');
		expect(tokenFor('mark-own')).toBeNull();
	});

	it('resolves every item to colours; explicit tokens win; the title comes first', () => {
		const data: LegendData = {
			title: 'Groep',
			items: [
				{ kind: 'swatch', class: 'fill-kopgroep', label: 'Kopgroep (12)' },
				{ kind: 'line', class: 'mark-peers', token: 'color-brand', dash: '6 4', width: 2, label: 'Mediaan' },
				{ kind: 'line', class: 'stroke-cat-3', label: 'Utrecht' },
				{ kind: 'band', class: 'mark-band', token: 'group-peloton', opacity: 0.45, label: 'Peloton' },
				{ kind: 'ramp', classes: ['fill-s0', 'fill-s1'], label: '', marks: [0.4], ticks: ['0', '100'] },
				{ kind: 'text', label: 'ondergrens: 40,0' },
				{ kind: 'swatch', class: 'no-such-class', label: 'Onbekend' }
			]
		};
		expect(legendEntries(data, read, '#000')).toEqual([
			{ kind: 'text', label: 'Groep', strong: true },
			{ kind: 'swatch', fill: '#08519c', label: 'Kopgroep (12)' },
			{ kind: 'line', stroke: '#154273', dash: '6 4', width: 2, label: 'Mediaan' },
			{ kind: 'line', stroke: '#009e73', dash: null, width: 2.5, label: 'Utrecht' },
			{ kind: 'band', fill: '#b9d3ec', opacity: 0.45, label: 'Peloton' },
			{ kind: 'ramp', fills: ['rgb(1, 1, 1)', 'rgb(2, 2, 2)'], marks: [0.4], ticks: ['0', '100'], label: '' },
			{ kind: 'text', label: 'ondergrens: 40,0', strong: false },
			{ kind: 'swatch', fill: '#000', label: 'Onbekend' }
		]);
		expect(legendEntries(null, read)).toEqual([]);
	});

	it('has no colour literals in the kit: colours come from tokens.css', () => {
		const dir = path.resolve(import.meta.dirname, '../../src/lib/charts');
		for (const f of readdirSync(dir).filter((n) => /\.(ts|svelte|css)$/.test(n))) {
			const text = readFileSync(path.join(dir, f), 'utf8');
			expect(text.match(/#[0-9a-f]{3,8}\b|rgba?\(/gi), f).toBeNull();
		}
	});
});

describe('chart frame on the server', () => {
	it('renders real-px SVG at the default width and fixed height, without style attributes', () => {
		const labels = Array.from({ length: 15 }, (_, i) => `jul ${2012 + i}`);
		const values = labels.map((_, i) => (i === 5 ? null : i / 20));
		const html = render(FrameProbe, { props: { values, labels } }).body;
		expect(html).toContain(`<svg class="kit-chart`);
		expect(html).toMatch(new RegExp(`width="${SSR_WIDTH}" height="240" viewBox="0 0 ${SSR_WIDTH} 240" role="img" aria-label="probe"`));
		// The site's CSP blocks inline style attributes: none may be prerendered.
		expect(html).not.toMatch(/ style=/);
		// Narrow: a few x labels, not all 15; the gap at index 5 splits the line in two.
		const xLabels = [...html.matchAll(/>jul \d{4}</g)].length;
		expect(xLabels).toBeGreaterThan(1);
		expect(xLabels).toBeLessThan(6);
		const d = html.match(/<path class="line[^"]*" d="([^"]+)"/)![1];
		expect(d.match(/M/g)).toHaveLength(2);
		expect(html).toContain('nieuwe standaarden');
	});
});
