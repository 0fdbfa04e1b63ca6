// Owns: what a Figure tells the chart inside it (Svelte context): the id of the text summary
// the chart's <svg> points to with aria-describedby, and — only while a download is being made —
// the width to lay the chart out at, so a file looks the same whatever screen it came from.
import type { ScaleLinear } from 'd3-scale';
import { getLayerCakeContext, type LayerCakeContext } from 'layercake';
import { getContext, setContext } from 'svelte';

export interface FigureContext {
	/** id of the figure's text summary (null when the figure has none). */
	readonly summaryId: string | null;
	/** Set during a download: lay out at this width instead of the measured one. */
	readonly exportWidth: number | null;
}

const KEY = Symbol('chart-figure');

export function setFigureContext(ctx: FigureContext): void {
	setContext(KEY, ctx);
}

/** The enclosing Figure's context, or null for a chart used on its own. */
export function getFigureContext(): FigureContext | null {
	return getContext<FigureContext | undefined>(KEY) ?? null;
}

/** The chart frame's LayerCake context, with the kit's linear x and y scales typed. */
export type ChartContext = LayerCakeContext<{ x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }>;
export const useChart = (): ChartContext => getLayerCakeContext<{ x: ScaleLinear<number, number>; y: ScaleLinear<number, number> }>();
