// Owns: the stand-alone SVG badge of a municipality (/badge/GM0363.svg) — a static image for
// newsletters: segments of text on coloured ground, every word real SVG text (no scripts, no
// outside references), with a <title> and role="img" so it has a name where it is shown inline.
// Widths come from a simple table of character widths; textLength makes the text fit exactly.

export interface BadgeSegment {
	text: string;
	/** Ground and text colour (hex). */
	fill: string;
	color: string;
	bold?: boolean;
}

const FONT_SIZE = 11;
const HEIGHT = 20;
const PAD = 6;

/** Approximate advance width (px at 11 px) of a character in a Verdana/DejaVu-like sans-serif. */
function charWidth(c: string): number {
	if (' .,:;!|\'`·'.includes(c)) return 3.6;
	if ('ijlfrtI()[]'.includes(c)) return 4.3;
	if ('mwMW'.includes(c)) return 10.2;
	if (/[A-Z]/.test(c)) return 7.6;
	if (/[0-9]/.test(c)) return 7;
	if ('–—'.includes(c)) return 7.6;
	return 6.6;
}

export function textWidth(s: string, bold = false): number {
	let w = 0;
	for (const c of s) w += charWidth(c);
	return Math.ceil(w * (bold ? 1.08 : 1));
}

function esc(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The badge as SVG text; `title` is its accessible name, `lang` the language of its text. */
export function badgeSvg(segments: readonly BadgeSegment[], title: string, lang: string): string {
	let x = 0;
	const parts: string[] = [];
	for (const s of segments) {
		const tw = textWidth(s.text, s.bold);
		const w = tw + 2 * PAD;
		parts.push(
			`<rect x="${x}" width="${w}" height="${HEIGHT}" fill="${esc(s.fill)}"/>`,
			`<text x="${x + PAD}" y="14" fill="${esc(s.color)}" textLength="${tw}" lengthAdjust="spacingAndGlyphs"${s.bold ? ' font-weight="bold"' : ''}>${esc(s.text)}</text>`
		);
		x += w;
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${x}" height="${HEIGHT}" viewBox="0 0 ${x} ${HEIGHT}" role="img" aria-label="${esc(title)}" xml:lang="${esc(lang)}" lang="${esc(lang)}">`,
		`<title>${esc(title)}</title>`,
		`<g font-family="Verdana,'DejaVu Sans',Geneva,sans-serif" font-size="${FONT_SIZE}">`,
		...parts,
		`</g>`,
		`</svg>`,
		''
	].join('\n');
}
