// Owns: the state of "Reken het zelf na" (/methode/controle/): running the browser's
// recomputation of every build-time view the check covers (one CheckReference per division),
// the comparison, the timings, and moving focus to the result when it is there (the button stays
// focusable throughout, so focus never falls back to <body>). The page has no settings, so no
// URL state.
import { tick } from 'svelte';
import { dataset, engineState } from '../maturity/session.svelte';
import type { CheckReference, DivisionCheck } from './check';

export class CheckState {
	running = $state(false);
	failure = $state<string | null>(null);
	results = $state.raw<DivisionCheck[] | null>(null);
	/** Milliseconds the recomputation of all views took (engine already loaded). */
	computeMs = $state<number | null>(null);
	/** The result's heading, bound by the result section: focus moves there when a run ends. */
	resultHeading = $state<HTMLElement | null>(null);

	constructor(private readonly references: () => CheckReference[]) {}

	/** The check compares the published data only; it is off while a delivery is previewed. */
	get unavailable(): boolean {
		return dataset.source === 'preview';
	}

	get readyMs(): number | null {
		return engineState.readyMs;
	}

	/** Values that differ from the build's, over all divisions (null before a run). */
	get diff(): number | null {
		return this.results ? this.results.reduce((a, r) => a + r.diff, 0) : null;
	}

	async run(): Promise<void> {
		if (this.running || this.unavailable) return;
		this.running = true;
		this.failure = null;
		this.results = null;
		try {
			const { results, computeMs } = await (await import('./engine')).recomputeAll(this.references());
			this.computeMs = computeMs;
			this.results = results;
		} catch (e) {
			this.failure = e instanceof Error ? e.message : String(e);
		} finally {
			this.running = false;
		}
		if (this.results) {
			await tick();
			this.resultHeading?.focus();
		}
	}
}
