// Owns: turning a chart or map on the page into a stand-alone SVG or PNG file, with its title,
// subtitle (peildatum, method), legend and source line baked in — so a figure pasted into a
// council memo still says what it shows and where it comes from.
//
// How: the live <svg> is cloned and every element's computed paint (fill, stroke, fonts…) is
// written onto the clone as presentation attributes — the page's colours live in CSS classes
// and tokens, which a downloaded file does not have. No inline `style` attributes are made (the
// site's CSP forbids them, and they are not needed). The legend is read from the page's own
// legend element (its swatches, lines of text and ramp), so the file shows exactly what the
// page shows. Text is always set with textContent, never parsed as markup. The PNG is the same
// SVG drawn on a canvas at twice its size.

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

type LegendEntry = { kind: 'item'; colour: string; line: boolean; dash?: string; text: string } | { kind: 'text'; text: string; strong: boolean } | { kind: 'ramp'; svg: SVGSVGElement; labels: string[] };

const WIDTH = 820;
const PAD = 24;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

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
}

function viewBoxOf(svg: SVGSVGElement): { x: number; y: number; w: number; h: number } {
	const vb = svg.viewBox.baseVal;
	if (vb && vb.width > 0 && vb.height > 0) return { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
	const r = svg.getBoundingClientRect();
	return { x: 0, y: 0, w: Math.max(1, r.width), h: Math.max(1, r.height) };
}

/** The text a sighted reader sees in a legend entry (no buttons, no screen-reader-only text). */
function visibleText(node: Element): string {
	const c = node.cloneNode(true) as Element;
	for (const x of c.querySelectorAll('button, .visually-hidden, svg')) x.remove();
	return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readLegend(root: Element | null | undefined): LegendEntry[] {
	if (!root) return [];
	const out: LegendEntry[] = [];
	for (const node of root.querySelectorAll('p, li, svg, .scale')) {
		if (node.closest('li') && node.tagName.toLowerCase() !== 'li') continue;
		if (node.parentElement?.closest('svg')) continue;
		const tag = node.tagName.toLowerCase();
		if (tag === 'li') {
			const swatch = node.querySelector('.swatch');
			const mark = node.querySelector('svg line, svg path, svg rect');
			let colour = '#777';
			let line = false;
			let dash: string | undefined;
			if (swatch) colour = getComputedStyle(swatch).backgroundColor;
			else if (mark) {
				const cs = getComputedStyle(mark);
				line = mark.tagName.toLowerCase() !== 'rect';
				colour = line ? cs.stroke : cs.fill;
				if (line && cs.strokeDasharray && cs.strokeDasharray !== 'none') dash = cs.strokeDasharray;
			}
			out.push({ kind: 'item', colour, line, dash, text: visibleText(node) });
		} else if (tag === 'svg') {
			const labels = [...(node.nextElementSibling?.classList.contains('scale') ? node.nextElementSibling.querySelectorAll('span') : [])].map((s) => s.textContent ?? '');
			out.push({ kind: 'ramp', svg: node as SVGSVGElement, labels });
		} else if (tag === 'p') {
			const swatch = node.querySelector('.swatch');
			const text = visibleText(node);
			if (!text) continue;
			if (swatch) out.push({ kind: 'item', colour: getComputedStyle(swatch).backgroundColor, line: false, text });
			else out.push({ kind: 'text', text, strong: node.classList.contains('title') });
		}
	}
	return out;
}

let measureCtx: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 400): number {
	measureCtx ??= document.createElement('canvas').getContext('2d');
	if (!measureCtx) return text.length * size * 0.55;
	measureCtx.font = `${weight} ${size}px ${FONT}`;
	return measureCtx.measureText(text).width;
}

/** Break text into lines no wider than `max` px. */
function wrap(text: string, size: number, max: number, weight = 400): string[] {
	const lines: string[] = [];
	let cur = '';
	for (const word of text.split(/\s+/)) {
		const next = cur ? `${cur} ${word}` : word;
		if (cur && textWidth(next, size, weight) > max) {
			lines.push(cur);
			cur = word;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines;
}

/** A stand-alone SVG document (as text) of `figure`, with title, legend and source line. */
export function figureSvg(figure: SVGSVGElement, legendRoot: Element | null | undefined, text: FigureText): { svg: string; width: number; height: number } {
	const inner = WIDTH - 2 * PAD;
	const doc = el('svg', { xmlns: SVG_NS, version: '1.1', 'font-family': FONT, fill: '#1a1a1a' });
	const parts: SVGElement[] = [];
	let y = PAD;

	const addText = (s: string, size: number, weight = 400, colour = '#1a1a1a') => {
		for (const line of wrap(s, size, inner, weight)) {
			y += size * 1.25;
			parts.push(el('text', { x: PAD, y: y - size * 0.25, 'font-size': size, 'font-weight': weight, fill: colour }, line));
		}
	};
	addText(text.title, 22, 700);
	if (text.subtitle) addText(text.subtitle, 15, 400, '#444');
	y += 12;

	// The figure itself, scaled to the page width (maps are tall: cap their height).
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
	clone.removeAttribute('aria-labelledby');
	clone.removeAttribute('aria-describedby');
	parts.push(clone);
	y += fh + 16;

	// Legend: swatch items flow in rows; text lines and ramps take a row each.
	let x = PAD;
	let inRow = false;
	const newRow = () => {
		if (inRow) y += 22;
		x = PAD;
		inRow = false;
	};
	for (const e of readLegend(legendRoot)) {
		if (e.kind === 'item') {
			const w = 22 + textWidth(e.text, 13) + 18;
			if (inRow && x + w > PAD + inner) newRow();
			if (!inRow) inRow = true;
			if (e.line) parts.push(el('line', { x1: x, x2: x + 16, y1: y + 8, y2: y + 8, stroke: e.colour, 'stroke-width': 3, ...(e.dash ? { 'stroke-dasharray': e.dash } : {}) }));
			else parts.push(el('rect', { x, y: y + 1, width: 14, height: 14, fill: e.colour, stroke: '#555', 'stroke-width': 0.5 }));
			parts.push(el('text', { x: x + 22, y: y + 13, 'font-size': 13 }, e.text));
			x += w;
		} else if (e.kind === 'text') {
			newRow();
			for (const line of wrap(e.text, 13, inner, e.strong ? 700 : 400)) {
				parts.push(el('text', { x: PAD, y: y + 13, 'font-size': 13, 'font-weight': e.strong ? 700 : 400 }, line));
				y += 20;
			}
		} else {
			newRow();
			const rw = 260;
			const ramp = e.svg.cloneNode(true) as SVGSVGElement;
			inlinePaint(e.svg, ramp);
			const rvb = viewBoxOf(e.svg);
			for (const [k, v] of Object.entries({ x: PAD, y, width: rw, height: 16, viewBox: `${rvb.x} ${rvb.y} ${rvb.w} ${rvb.h}`, preserveAspectRatio: 'none' })) ramp.setAttribute(k, String(v));
			parts.push(ramp);
			y += 18;
			e.labels.forEach((label, i) => {
				const lx = PAD + (e.labels.length > 1 ? (i / (e.labels.length - 1)) * rw : 0);
				const anchor = i === 0 ? 'start' : i === e.labels.length - 1 ? 'end' : 'middle';
				parts.push(el('text', { x: lx, y: y + 12, 'font-size': 12, 'text-anchor': anchor }, label));
			});
			y += 22;
		}
	}
	newRow();

	y += 8;
	parts.push(el('line', { x1: PAD, x2: PAD + inner, y1: y, y2: y, stroke: '#bbb', 'stroke-width': 1 }));
	y += 4;
	addText(text.source, 12, 400, '#444');
	y += PAD;

	const height = Math.ceil(y);
	doc.setAttribute('width', String(WIDTH));
	doc.setAttribute('height', String(height));
	doc.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
	doc.append(el('title', {}, text.title), el('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }), ...parts);
	return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`, width: WIDTH, height };
}

/** PNG bytes of an SVG document, drawn at `scale` × its size on a white background. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
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
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
