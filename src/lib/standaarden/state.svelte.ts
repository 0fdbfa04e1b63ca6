// Owns: the standards list page's state — its settings (sort, priority and kind filters; url.ts
// keeps them in the URL) and the list they select from: the prerendered list of the published
// data, or, while a delivery is previewed, the same list computed by the browser engine.
//
// The folder src/lib/standaarden/ holds this page: view.ts (the list, sorting), compute.ts (the
// list from the SQL), engine.ts (the browser engine's answer, loaded on first need),
// url.ts, ListTable (the sortable, filterable table with sparklines and its CSV), PriorityLinks
// (the nine GGU priorities) and StandardsTable (the table itself, shared with the priority pages).
import { page } from '$app/state';
import { replaceSearch } from '../components/url';
import { dataset } from '../maturity/session.svelte';
import { Recompute } from '../maturity/recompute.svelte';
import { defaultListSettings, listSettingsToQuery, parseListSettings, type ListSettings } from './url';
import { sortRows, type StandardRow, type StandardsList } from './view';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';

export interface ListPageData {
	list: StandardsList;
}

interface Request {
	version: number;
	preview: boolean;
}

export class ListState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	settings = $state<ListSettings>(defaultListSettings());
	mounted = $state(false);
	readonly views: Recompute<Request, StandardsList>;

	constructor(readonly data: ListPageData) {
		this.views = new Recompute<Request, StandardsList>({
			key: (r) => String(r.version),
			page: (r) => (r.preview ? undefined : data.list),
			engine: async () => (await import('./engine')).shownList()
		});
		this.views.follow(() => this.request);
		$effect(() => {
			const q = listSettingsToQuery(this.settings);
			if (this.mounted) replaceSearch(q);
		});
	}

	/** Read the settings from the page's URL (call once, on mount). */
	init(): void {
		this.settings = parseListSettings(page.url.searchParams);
		this.mounted = true;
	}

	set(patch: Partial<ListSettings>): void {
		this.settings = { ...this.settings, ...patch };
	}

	get request(): Request {
		return { version: dataset.version, preview: dataset.source === 'preview' };
	}

	/** The list for the current dataset, or — while that is computed — the last one shown. */
	get current(): StandardsList {
		return this.views.valueFor(this.request) ?? this.views.shown ?? this.data.list;
	}

	get stale(): boolean {
		return this.views.valueFor(this.request) === undefined;
	}

	/** The rows shown: filtered, then sorted. */
	get rows(): StandardRow[] {
		const s = this.settings;
		return sortRows(
			this.current.rows.filter((r) => (s.prioriteit === null || r.prioriteit === s.prioriteit) && (s.soort === null || r.soort === s.soort)),
			s.sorteer
		);
	}
}
