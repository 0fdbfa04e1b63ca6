// Owns: a figure's legend as DATA. The page (Legend.svelte) and the SVG/PNG download
// (figure-export.ts) both draw from the same items, so a downloaded file says exactly what the
// page says — no reading the legend back from the DOM.
//
// On the page an item is painted by its CSS class (the fill-* / stroke-cat-* classes of
// tokens.css, or a chart's own mark class). In a download its colour is the design token behind
// that class, read from the CSS custom properties at export time: `token` names it explicitly,
// otherwise tokenFor() derives it from the class by the naming convention of tokens.css.

export type LegendItem =
	/** A filled square (group, status, score bin). */
	| { kind: 'swatch'; class: string; label: string; token?: string }
	/** A line sample; `dash` is an SVG stroke-dasharray, `width` the stroke width in px. */
	| { kind: 'line'; class: string; label: string; dash?: string; width?: number; token?: string }
	/** A translucent area (e.g. the band between two boundaries). */
	| { kind: 'band'; class: string; label: string; opacity?: number; token?: string }
	/** A colour ramp of equal steps, with marks (0–1 positions, e.g. boundaries) and tick labels spread evenly below. */
	| { kind: 'ramp'; classes: readonly string[]; label: string; marks?: readonly number[]; ticks?: readonly string[]; tokens?: readonly string[] }
	/** A line of text (e.g. the values of the boundaries). */
	| { kind: 'text'; label: string };

export interface LegendData {
	title?: string;
	items: readonly LegendItem[];
}

/** The design token (CSS custom property, without `--`) behind one of tokens.css's paint classes. */
export function tokenFor(cls: string): string | null {
	let m: RegExpMatchArray | null;
	if ((m = cls.match(/^fill-(kopgroep|peloton|achterhoede|geen)$/))) return `group-${m[1]}`;
	if ((m = cls.match(/^fill-s(\d)$/))) return `score-${m[1]}`;
	if ((m = cls.match(/^(?:fill|stroke)-cat-(\d)$/))) return `cat-${m[1]}`;
	if (cls === 'fill-dimmed') return 'map-dimmed';
	if ((m = cls.match(/^fill-(niet_gestart|gepland|in_implementatie|in_gebruik|ontbreekt)$/))) return `status-${m[1]}`;
	return null;
}

/** A legend entry ready to draw in a file: colours resolved. */
export type ExportLegendEntry =
	| { kind: 'swatch'; fill: string; label: string }
	| { kind: 'line'; stroke: string; dash: string | null; width: number; label: string }
	| { kind: 'band'; fill: string; opacity: number; label: string }
	| { kind: 'ramp'; fills: string[]; marks: number[]; ticks: string[]; label: string }
	| { kind: 'text'; label: string; strong: boolean };

/**
 * Resolve legend data for a download. `read(token)` returns a token's colour (at export time:
 * the computed value of `--token` on the document); `fallback` is used for a class without one.
 */
export function legendEntries(data: LegendData | null | undefined, read: (token: string) => string, fallback = 'currentColor'): ExportLegendEntry[] {
	if (!data) return [];
	const colour = (token: string | undefined, cls: string) => {
		const t = token ?? tokenFor(cls);
		const v = t ? read(t).trim() : '';
		return v || fallback;
	};
	const out: ExportLegendEntry[] = [];
	if (data.title) out.push({ kind: 'text', label: data.title, strong: true });
	for (const it of data.items) {
		switch (it.kind) {
			case 'swatch':
				out.push({ kind: 'swatch', fill: colour(it.token, it.class), label: it.label });
				break;
			case 'line':
				out.push({ kind: 'line', stroke: colour(it.token, it.class), dash: it.dash ?? null, width: it.width ?? 2.5, label: it.label });
				break;
			case 'band':
				out.push({ kind: 'band', fill: colour(it.token, it.class), opacity: it.opacity ?? 1, label: it.label });
				break;
			case 'ramp':
				out.push({
					kind: 'ramp',
					fills: it.classes.map((c, i) => colour(it.tokens?.[i], c)),
					marks: [...(it.marks ?? [])],
					ticks: [...(it.ticks ?? [])],
					label: it.label
				});
				break;
			case 'text':
				out.push({ kind: 'text', label: it.label, strong: false });
				break;
		}
	}
	return out;
}
