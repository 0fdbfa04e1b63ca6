// Owns: a priority page's state: the view (prerendered from the published data, or while a
// delivery is previewed the same view computed by the browser engine: Recompute) and lookups the
// sections share. The page has no settings of its own; the overview (/?prioriteit=n) has the time
// slider, methods and filters for a priority.
//
// The folder src/lib/prioriteit/ holds this page: view.ts (the view's shape), compute.ts (the view
// from the SQL), engine.ts (the browser engine's answer, loaded on first need) and the sections
// Standards, MapSection (groups at the latest peildatum), Distribution, Trend.
import type { Priority } from '../data/schema';
import type { DivisionMap } from '../geo/map';
import { dataset } from '../maturity/session.svelte';
import type { Group } from '../maturity/methods';
import { Recompute } from '../maturity/recompute.svelte';
import { groupOfLetter, type PriorityView } from './view';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';

export interface PriorityPageData {
	view: PriorityView;
	provinces: Record<string, string>;
	/** The division of the latest peildatum. */
	map: DivisionMap;
}

interface Request {
	n: Priority;
	version: number;
	preview: boolean;
}

export class PriorityState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	readonly views: Recompute<Request, PriorityView>;

	constructor(readonly data: PriorityPageData) {
		this.views = new Recompute<Request, PriorityView>({
			key: (r) => `${r.n}|${r.version}`,
			page: (r) => (r.preview ? undefined : data.view),
			engine: async (r) => (await import('./engine')).shownPriority(r.n)
		});
		this.views.follow(() => this.request);
	}

	get n(): Priority {
		return this.data.view.prioriteit;
	}

	get request(): Request {
		return { n: this.n, version: dataset.version, preview: dataset.source === 'preview' };
	}

	get current(): PriorityView {
		return this.views.valueFor(this.request) ?? this.views.shown ?? this.data.view;
	}

	get stale(): boolean {
		return this.views.valueFor(this.request) === undefined;
	}

	#idx = $derived(new Map(this.current.codes.map((c, i) => [c, i])));

	groupOf(code: string): Group | null {
		const i = this.#idx.get(code);
		return i === undefined ? null : groupOfLetter(this.current.group[i]);
	}

	scoreOf(code: string): number | null {
		const i = this.#idx.get(code);
		return i === undefined ? null : this.current.score[i];
	}

	nameOf(code: string): string {
		return this.data.map.byCode.get(code)?.naam ?? code;
	}
}
