// Owns: the props every chart passes through to its Figure (heading and its level and id, the
// downloaded file's title, subtitle and name, a test id, controls, the table alternative),
// declared once. A chart takes its own props and hands the rest to <Figure {...figure}>.
import type { Snippet } from 'svelte';

export interface FigureProps {
	/** Visible heading; omit for a figure without one (then `title` names the download). */
	heading?: string;
	level?: 2 | 3 | 4 | 5 | 6;
	headingId?: string;
	/** Shown after the heading, lighter (e.g. the peildatum, or "wordt herberekend"). */
	headingNote?: string;
	/** Title of the downloaded file (default: the heading). */
	title?: string;
	/** Second line of the downloaded file: the view it shows (peildatum, method, filters). */
	subtitle?: string;
	filename: string;
	/** data-testid prefix of the download buttons (`${testid}-svg`, `${testid}-png`). */
	testid?: string;
	/** Controls between the heading and the figure. */
	controls?: Snippet;
	/** The chart's table alternative. */
	table?: Snippet;
}
