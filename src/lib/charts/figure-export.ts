// Owns: turning a chart or map on the page into a stand-alone SVG or PNG file, with its title,
// subtitle (peildatum, method), legend and source line baked in — so a figure pasted into a
// council memo still says what it shows and where it comes from.
//
// How: the live <svg> is cloned and every element's computed paint (fill, stroke, fonts…) is
// written onto the clone as presentation attributes — the page's colours live in CSS classes
// and tokens, which a downloaded file does not have. No inline `style` attributes are made (the
// site's CSP forbids them, and they are not needed). The legend is drawn from the figure's
// legend DATA (legend.ts), already resolved to colours; the file's own text, rule and background
// colours and its font come from the design tokens too (readTheme). Text is always set with
// textContent, never parsed as markup. The PNG is the same SVG drawn on a canvas at twice its size.
import type { ExportLegendEntry } from './legend';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties copied as presentation attributes. */
const PAINT = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'stroke-linecap',
	'opacity',
	'paint-order',
	'vector-effect'
] as const;
/** Only on text: keeps the map's 355 paths free of font attributes (file size). */
const TEXT_PAINT = ['font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;
const TEXT_TAGS = new Set(['text', 'tspan', 'textpath']);

/** Attributes that only make sense on the live page. */
const DROP_ATTRS = /^(class|style|tabindex|role|aria-.*|data-.*|on.*|focusable)$/i;

export interface FigureText {
	title: string;
	subtitle?: string;
	source: string;
}

/** Width of a downloaded figure, its margin, and the width charts are laid out at for it. */
export const EXPORT_WIDTH = 820;
const PAD = 24;
export const EXPORT_INNER = EXPORT_WIDTH - 2 * PAD;

/** Colours and font of the file's own parts (title, rule, background), from the design tokens. */
export interface ExportTheme {
	text: string;
	muted: string;
	bg: string;
	rule: string;
	border: string;
	font: string;
}

/** The value of design token `--name` on the page, e.g. readToken('group-kopgroep'). */
export function readToken(name: string): string {
	return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

/** The theme of a downloaded file, read from tokens.css at export time. */
export function readTheme(read: (name: string) => string = readToken): ExportTheme {
	return {
		text: read('color-text'),
		muted: read('color-text-muted'),
		bg: read('color-bg'),
		rule: read('color-border-subtle'),
		border: read('color-border'),
		font: read('font-family')
	};
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}, text?: string): SVGElementTagNameMap[K] {
	const e = document.createElementNS(SVG_NS, name);
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	if (text !== undefined) e.textContent = text;
	return e;
}

/** Copy computed paint from `src` (live) to `dst` (clone), element by element; drop hidden ones. */
function inlinePaint(src: SVGSVGElement, dst: SVGSVGElement): void {
	const a = [src, ...src.querySelectorAll('*')];
	const b = [dst, ...dst.querySelectorAll('*')];
	const hidden: Element[] = [];
	for (let i = 0; i < a.length; i++) {
		const cs = getComputedStyle(a[i]);
		if (cs.display === 'none' || cs.visibility === 'hidden') {
			hidden.push(b[i]);
			continue;
		}
		const isText = TEXT_TAGS.has(a[i].tagName.toLowerCase());
		for (const p of isText ? [...PAINT, ...TEXT_PAINT] : PAINT) {
			const v = cs.getPropertyValue(p);
			if (v && v !== 'normal' && v !== 'auto') b[i].setAttribute(p, v);
		}
		for (const attr of [...b[i].attributes]) if (DROP_ATTRS.test(attr.name)) b[i].removeAttribute(attr.name);
	}
	for (const h of hidden) h.remove();
	// Fills that refer to a page-level pattern (url(#ggu-hatch)): copy the pattern into the file,
	// with its paint inlined too.
	const refs = new Set<string>();
	for (const e of dst.querySelectorAll('[fill^="url("]')) {
		const id = /url\(["']?#([^"')]+)["']?\)/.exec(e.getAttribute('fill') ?? '')?.[1];
		if (id) {
			refs.add(id);
			e.setAttribute('fill', `url(#${id})`);
		}
	}
	if (refs.size) {
		const defs = el('defs');
		for (const id of refs) {
			const live = document.getElementById(id);
			if (!(live instanceof SVGElement)) continue;
			const copy = live.cloneNode(true) as SVGElement;
			const la = [live, ...live.querySelectorAll('*')];
			const lb = [copy, ...copy.querySelectorAll('*')];
			la.forEach((n, k) => {
				const cs = getComputedStyle(n);
				for (const p of PAINT) {
					const v = cs.getPropertyValue(p);
					if (v && v !== 'normal' && v !== 'auto') lb[k].setAttribute(p, v);
				}
				lb[k].removeAttribute('class');
			});
			defs.appendChild(copy);
		}
		dst.insertBefore(defs, dst.firstChild);
	}
	// Svelte's hydration markers (<!--[-->) mean nothing in a file.
	const walker = document.createTreeWalker(dst, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const c of comments) c.parentNode?.removeChild(c);
}

function viewBoxOf(svg: SVGSVGElement): { x: number; y: number; w: number; h: number } {
	const vb = svg.viewBox.baseVal;
	if (vb && vb.width > 0 && vb.height > 0) return { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
	const r = svg.getBoundingClientRect();
	return { x: 0, y: 0, w: Math.max(1, r.width), h: Math.max(1, r.height) };
}

let measureCtx: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, font: string, weight = 400): number {
	measureCtx ??= document.createElement('canvas').getContext('2d');
	if (!measureCtx) return text.length * size * 0.6;
	measureCtx.font = `${weight} ${size}px ${font}`;
	return measureCtx.measureText(text).width;
}

/** Break text into lines no wider than `max` px. */
function wrap(text: string, size: number, max: number, font: string, weight = 400): string[] {
	const lines: string[] = [];
	let cur = '';
	for (const word of text.split(/\s+/)) {
		const next = cur ? `${cur} ${word}` : word;
		if (cur && textWidth(next, size, font, weight) > max) {
			lines.push(cur);
			cur = word;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines;
}

/** A stand-alone SVG document (as text) of `figure`, with title, legend and source line. */
export function figureSvg(figure: SVGSVGElement, legend: readonly ExportLegendEntry[], text: FigureText, theme: ExportTheme): { svg: string; width: number; height: number } {
	const inner = EXPORT_INNER;
	const font = theme.font;
	const doc = el('svg', { xmlns: SVG_NS, version: '1.1', 'font-family': font, fill: theme.text });
	const parts: SVGElement[] = [];
	let y = PAD;

	const addText = (s: string, size: number, weight = 400, colour = theme.text) => {
		for (const line of wrap(s, size, inner, font, weight)) {
			y += size * 1.25;
			parts.push(el('text', { x: PAD, y: y - size * 0.25, 'font-size': size, 'font-weight': weight, fill: colour }, line));
		}
	};
	addText(text.title, 22, 700);
	if (text.subtitle) addText(text.subtitle, 15, 400, theme.muted);
	y += 12;

	// The figure itself: charts are laid out at EXPORT_INNER px for the file (scale 1); maps are
	// scaled to the width, with their height capped (they are tall).
	const vb = viewBoxOf(figure);
	const scale = Math.min(inner / vb.w, 900 / vb.h);
	const fw = vb.w * scale;
	const fh = vb.h * scale;
	const clone = figure.cloneNode(true) as SVGSVGElement;
	inlinePaint(figure, clone);
	clone.setAttribute('x', String(PAD + (inner - fw) / 2));
	clone.setAttribute('y', String(y));
	clone.setAttribute('width', String(fw));
	clone.setAttribute('height', String(fh));
	clone.setAttribute('viewBox', `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
	parts.push(clone);
	y += fh + 16;

	// Legend: swatch and line items flow in rows; text lines and ramps take a row each.
	const size = 13;
	let x = PAD;
	let inRow = false;
	const newRow = () => {
		if (inRow) y += 22;
		x = PAD;
		inRow = false;
	};
	for (const e of legend) {
		if (e.kind === 'text') {
			newRow();
			for (const line of wrap(e.label, size, inner, font, e.strong ? 700 : 400)) {
				parts.push(el('text', { x: PAD, y: y + 13, 'font-size': size, 'font-weight': e.strong ? 700 : 400 }, line));
				y += 20;
			}
		} else if (e.kind === 'ramp') {
			newRow();
			if (e.label) {
				parts.push(el('text', { x: PAD, y: y + 13, 'font-size': size }, e.label));
				y += 20;
			}
			const rw = 260;
			const step = rw / Math.max(1, e.fills.length);
			e.fills.forEach((fill, i) => parts.push(el('rect', { x: PAD + i * step, y: y + 2, width: step + 0.5, height: 12, fill })));
			parts.push(el('rect', { x: PAD, y: y + 2, width: rw, height: 12, fill: 'none', stroke: theme.border, 'stroke-width': 1 }));
			for (const m of e.marks) {
				const mx = PAD + Math.max(0, Math.min(1, m)) * rw;
				parts.push(el('line', { x1: mx, x2: mx, y1: y, y2: y + 16, stroke: theme.text, 'stroke-width': 2, 'stroke-dasharray': '3 2' }));
			}
			y += 18;
			e.ticks.forEach((label, i) => {
				const lx = PAD + (e.ticks.length > 1 ? (i / (e.ticks.length - 1)) * rw : 0);
				const anchor = i === 0 ? 'start' : i === e.ticks.length - 1 ? 'end' : 'middle';
				parts.push(el('text', { x: lx, y: y + 12, 'font-size': 12, 'text-anchor': anchor, fill: theme.muted }, label));
			});
			y += 22;
		} else {
			const w = 26 + textWidth(e.label, size, font) + 18;
			if (inRow && x + w > PAD + inner) newRow();
			inRow = true;
			if (e.kind === 'line') {
				parts.push(el('line', { x1: x, x2: x + 20, y1: y + 8, y2: y + 8, stroke: e.stroke, 'stroke-width': Math.max(2, e.width), ...(e.dash ? { 'stroke-dasharray': e.dash } : {}) }));
			} else if (e.kind === 'band') {
				parts.push(el('rect', { x, y: y + 1, width: 20, height: 14, fill: e.fill, 'fill-opacity': e.opacity }));
			} else {
				parts.push(el('rect', { x, y: y + 1, width: 14, height: 14, fill: e.fill, stroke: theme.border, 'stroke-width': 0.75 }));
			}
			parts.push(el('text', { x: x + 26, y: y + 13, 'font-size': size }, e.label));
			x += w;
		}
	}
	newRow();

	y += 8;
	parts.push(el('line', { x1: PAD, x2: PAD + inner, y1: y, y2: y, stroke: theme.rule, 'stroke-width': 1 }));
	y += 4;
	addText(text.source, 12, 400, theme.muted);
	y += PAD;

	const height = Math.ceil(y);
	doc.setAttribute('width', String(EXPORT_WIDTH));
	doc.setAttribute('height', String(height));
	doc.setAttribute('viewBox', `0 0 ${EXPORT_WIDTH} ${height}`);
	doc.append(el('title', {}, text.title), el('rect', { x: 0, y: 0, width: EXPORT_WIDTH, height, fill: theme.bg }), ...parts);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`, width: EXPORT_WIDTH, height };
}

/** PNG bytes of an SVG document, drawn at `scale` × its size on the `background` colour. */
export async function svgToPng(svg: string, width: number, height: number, background: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('canvas 2d not available');
		ctx.fillStyle = background;
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
