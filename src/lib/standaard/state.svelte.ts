// Owns: a standard page's state — its one setting (the peildatum of the status map; url.ts keeps
// it in the URL), the view (the prerendered one of the published data, or while a delivery is
// previewed the same view computed by the browser engine: Recompute, latest request wins), the map
// of the division in force on the chosen peildatum, and what the sections look up in the view.
//
// The folder src/lib/standaard/ holds this page: view.ts (the view's shape), compute.ts (the view
// from the SQL), engine.ts (the browser engine's answer, loaded on first need), diffusion.ts
// (the fitted curve and forecast), url.ts, and the sections: Intro, Curve (stacked by status),
// Forecast, StatusMap (with the time slider), Categories (Rogers' adopter categories, map and
// list), Groups (by size class and province), NotStarted.
import { page } from '$app/state';
import { replaceSearch } from '../components/url';
import { loadMapAt, type DivisionMap } from '../geo/map';
import { dataset } from '../maturity/session.svelte';
import type { StandardCellStatus } from '../maturity/queries';
import type { AdopterCategory } from '../maturity/scoring';
import { Recompute } from '../maturity/recompute.svelte';
import { defaultStandaardSettings, parseStandaardSettings, standaardSettingsToQuery, type StandaardSettings } from './url';
import { categoryOfLetter, statusOfLetter, type StandaardView } from './view';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';

export interface StandaardPageData {
	view: StandaardView;
	/** Province code of every municipality of the series (the maps' province borders). */
	provinces: Record<string, string>;
	/** Today's division (the latest peildatum's). */
	map: DivisionMap;
}

interface Request {
	id: string;
	version: number;
	preview: boolean;
}

export class StandaardState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	settings = $state<StandaardSettings>(defaultStandaardSettings());
	mounted = $state(false);
	readonly views: Recompute<Request, StandaardView>;
	/** The map of the division in force on the status map's peildatum. */
	statusMap = $state.raw<DivisionMap>() as DivisionMap;

	constructor(readonly data: StandaardPageData) {
		this.statusMap = data.map;
		this.views = new Recompute<Request, StandaardView>({
			key: (r) => `${r.id}|${r.version}`,
			page: (r) => (r.preview ? undefined : data.view),
			engine: async (r) => (await import('./engine')).shownStandaard(r.id)
		});
		this.views.follow(() => this.request);
		$effect(() => {
			const q = standaardSettingsToQuery(this.settings);
			if (this.mounted) replaceSearch(q);
		});
		$effect(() => {
			const pd = this.peildatum;
			loadMapAt(pd).then((m) => {
				if (pd === this.peildatum) this.statusMap = m;
			});
		});
	}

	/** Read the settings from the page's URL (call once, on mount). */
	init(): void {
		this.settings = parseStandaardSettings(page.url.searchParams, { peildata: this.current.peildata });
		this.mounted = true;
	}

	set(patch: Partial<StandaardSettings>): void {
		this.settings = { ...this.settings, ...patch };
	}

	get id(): string {
		return this.data.view.standaard.standaard_id;
	}

	get request(): Request {
		return { id: this.id, version: dataset.version, preview: dataset.source === 'preview' };
	}

	/** The view for the current dataset, or — while that is computed — the last one shown. */
	get current(): StandaardView {
		return this.views.valueFor(this.request) ?? this.views.shown ?? this.data.view;
	}

	get stale(): boolean {
		return this.views.valueFor(this.request) === undefined;
	}

	/** Index of the status map's peildatum (default the latest). */
	get p(): number {
		const v = this.current;
		const i = this.settings.peildatum ? v.peildata.indexOf(this.settings.peildatum) : -1;
		return i >= 0 ? i : v.peildata.length - 1;
	}

	get peildatum(): string {
		return this.current.peildata[this.p];
	}

	/** Peildata since the standard was available (the time slider's range). */
	get available(): string[] {
		return this.current.shares.map((s) => s.peildatum);
	}

	#col = $derived(new Map(this.current.codes.map((c, i) => [c, i])));
	#today = $derived(new Map(this.current.today.map((c, i) => [c, i])));

	/** Status of a municipality at peildatum index p (null: did not exist then, or the standard was not available). */
	statusAt(code: string, p: number = this.p): StandardCellStatus | null {
		const i = this.#col.get(code);
		return i === undefined ? null : statusOfLetter(this.current.status[p]?.[i]);
	}

	/** Adopter category of one of today's municipalities (null for others). */
	categoryOf(code: string): AdopterCategory | null {
		const i = this.#today.get(code);
		return i === undefined ? null : categoryOfLetter(this.current.category[i]);
	}

	/** First use (peildatum) of one of today's municipalities, or null. */
	firstUseOf(code: string): string | null {
		const i = this.#today.get(code);
		const k = i === undefined ? -1 : this.current.firstUse[i];
		return k >= 0 ? this.current.peildata[k] : null;
	}

	/** A municipality's name, from the maps drawn (today's and the chosen peildatum's). */
	nameOf(code: string): string {
		return this.data.map.byCode.get(code)?.naam ?? this.statusMap.byCode.get(code)?.naam ?? code;
	}
}
