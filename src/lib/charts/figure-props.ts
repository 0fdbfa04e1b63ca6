// Owns: the props every chart passes through to its Figure (heading and its level and id, the
// downloaded file's title, subtitle and name, a test id, the table alternative), declared once.
import type { Snippet } from 'svelte';

export interface FigureProps {
	heading?: string;
	level?: 2 | 3 | 4 | 5 | 6;
	headingId?: string;
	/** A short note beside the heading (e.g. "wordt herberekend"). */
	headingNote?: string;
	title?: string;
	subtitle?: string;
	filename: string;
	testid?: string;
	/** The chart's table alternative. */
	table?: Snippet;
}
