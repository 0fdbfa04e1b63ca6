// Owns: what every page may read about the browser's data session without loading the engine:
// the engine's loading state and which dataset the pages show (published or a delivery in
// preview). Kept apart from browser.svelte.ts, which holds the engine's code (the data contract's
// SQL, DuckDB's loading, the statistics) and is only ever loaded with import(), on first need: a
// page that only shows its prerendered figures never downloads or compiles that code.
// browser.svelte.ts writes this state; pages and their state modules read it.

export type EnginePhase = 'idle' | 'loading' | 'ready' | 'error';

/** The engine's state; while loading, how much of its download has arrived (bytes; total 0 when unknown). */
export const engineState = $state<{ phase: EnginePhase; error: string | null; readyMs: number | null; bytesLoaded: number; bytesTotal: number }>({
	phase: 'idle',
	error: null,
	readyMs: null,
	bytesLoaded: 0,
	bytesTotal: 0
});

/**
 * Which data the pages are showing. `version` changes whenever that dataset changes. In a preview,
 * `peildata` are the delivery's (a page's URL may ask for a peildatum only the delivery has).
 */
export const dataset = $state<{ source: 'published' | 'preview'; label: string | null; version: number; syntheticShare: number | null; peildata: string[] | null }>({
	source: 'published',
	label: null,
	version: 0,
	syntheticShare: null,
	peildata: null
});

/** Back to the published data. */
export function stopPreview(): void {
	dataset.source = 'published';
	dataset.label = null;
	dataset.syntheticShare = null;
	dataset.peildata = null;
	dataset.version++;
}

/** The browser engine's session, loaded on first need (the one way pages reach it). */
export function browserEngine(): Promise<typeof import('./browser.svelte')> {
	return import('./browser.svelte');
}
