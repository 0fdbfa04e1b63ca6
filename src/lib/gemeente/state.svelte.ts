// Owns: a municipality page's state — its settings (peildatum, comparison group, hand-picked
// peers; url.ts keeps them in the URL) and the view they ask for. The prerendered view (the
// page's own peildatum, size-class peers, published data) answers at once; anything else is
// computed in the browser (Recompute: latest request wins). Sections read `current` and mark
// themselves stale (`stale`) while the view for the chosen settings is on its way: a changed
// control never shows another setting's numbers as if they were its own.
//
// The folder src/lib/gemeente/ holds this page's sections: Header (facts, group, score, rank,
// controls, locator map), History (herindelingen), WhyGroup, NextSteps, Priorities, Trend,
// Peers, Standards, WhatIf (the planner: plan.ts, plan.svelte.ts), Embed, and the one-page A4
// handout styles (handout.css).
import { page } from '$app/state';
import { resolve } from '$app/paths';
import { replaceSearch } from '../components/url';
import { viewKey } from '../components/island';
import type { Gemeente, MergeKind, Standaard } from '../data/schema';
import type { DivisionMap } from '../geo/map';
import { browserEngine, dataset } from '../maturity/session.svelte';
import { DEFAULT_PEER_MODE, type MunicipalityView, type PeerMode } from '../maturity/municipality';
import { Recompute } from '../maturity/recompute.svelte';
import type { MunicipalityAdoption } from '../standaard/adoption';
import { Planner } from './plan.svelte';
import { PREPARED_PEER_MODES, preparedPeersUrl, type PreparedPeers } from './prepared';
import { defaultGemeenteSettings, gemeenteSettingsToQuery, parseGemeenteSettings, type GemeenteSettings } from './url';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';

/** The page's questions to the browser engine, loaded on first need (engine.ts). */
const engine = () => import('./engine');

/** A herindeling that involves this municipality, with the other municipality's name. */
export interface HistoryLink {
	code: string;
	naam: string;
	datum: string;
	soort: MergeKind;
	aandeel: number;
}

export interface GemeentePageData {
	gemeente: Gemeente;
	view: MunicipalityView;
	map: DivisionMap;
	standaarden: Standaard[];
	/** Names of the municipalities the page mentions (peers, neighbours, predecessors, successors). */
	names: Record<string, string>;
	/** What went into this municipality, and where it went (data/herindelingen.csv). */
	history: { from: HistoryLink[]; to: HistoryLink[] };
	/** Its adopter category per standard and the explanations it gave (src/lib/standaard/adoption.ts). */
	adoption: MunicipalityAdoption;
}

/** Everything a section draws, for one setting. */
export interface GemeenteView {
	gemeente: Gemeente;
	view: MunicipalityView;
	map: DivisionMap;
	standaarden: Standaard[];
	names: Record<string, string>;
	adoption: MunicipalityAdoption;
}

interface Request {
	peildatum: string;
	mode: PeerMode;
	met: string[];
	version: number;
	preview: boolean;
}

export class GemeenteState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	settings = $state<GemeenteSettings>(defaultGemeenteSettings());
	mounted = $state(false);
	/** What decides the view the sections show (its settings and the dataset); late sections hydrate when it changes (Island). */
	settingsKey = $derived.by(() => viewKey(this.settings, dataset));
	/** Every municipality of the current dataset (for the hand-picked peer search), loaded when needed. */
	allGemeenten = $state<Gemeente[] | null>(null);
	readonly views: Recompute<Request, GemeenteView>;
	readonly data: GemeentePageData;
	/** The what-if planner (its plan is settings.plan). */
	readonly planner: Planner;

	constructor(data: GemeentePageData) {
		this.data = data;
		this.views = new Recompute<Request, GemeenteView>({
			key: (r) => JSON.stringify([r.peildatum, r.mode, r.mode === 'eigen' ? r.met : [], r.version]),
			page: (r) => (!r.preview && r.peildatum === this.defaultPeildatum && r.mode === DEFAULT_PEER_MODE ? this.#own() : undefined),
			file: (r) =>
				!r.preview && r.peildatum === this.defaultPeildatum && PREPARED_PEER_MODES.includes(r.mode)
					? {
							url: resolve(preparedPeersUrl(this.code) as '/'),
							read: (j) => {
								const p = j as PreparedPeers;
								return { ...this.#own(), view: p.views[r.mode]!, names: { ...this.data.names, ...p.names } };
							}
						}
					: undefined,
			engine: async (r) => (await engine()).gemeenteView(this.code, r)
		});
		this.views.follow(() => this.request);
		this.planner = new Planner(this);
		$effect(() => {
			const q = gemeenteSettingsToQuery(this.settings);
			if (this.mounted) replaceSearch(q);
		});
		$effect(() => {
			if (this.settings.vergelijk === 'eigen' && !this.allGemeenten)
				void browserEngine()
					.then((e) => e.currentGemeenten())
					.then((g) => (this.allGemeenten = g));
		});
	}

	/** Read the settings from the page's URL (call once, on mount). */
	init(): void {
		this.settings = parseGemeenteSettings(page.url.searchParams, {
			code: this.code,
			peildata: this.data.view.peildata,
			defaultPeildatum: this.defaultPeildatum,
			planStandaarden: this.planner.standards.map((s) => s.standaard_id),
			planDates: this.planner.dates
		});
		this.mounted = true;
	}

	set(patch: Partial<GemeenteSettings>): void {
		this.settings = { ...this.settings, ...patch };
	}

	get code(): string {
		return this.data.gemeente.gemeentecode;
	}

	/** The page's own peildatum: the latest at which the municipality has figures. */
	get defaultPeildatum(): string {
		return this.data.view.peildata[this.data.view.at];
	}

	get peildatum(): string {
		return this.settings.peildatum ?? this.defaultPeildatum;
	}

	get request(): Request {
		return {
			peildatum: this.peildatum,
			mode: this.settings.vergelijk,
			met: $state.snapshot(this.settings.met),
			version: dataset.version,
			preview: dataset.source === 'preview'
		};
	}

	/** The view for the current settings, or — while that is computed — the last one shown. */
	get current(): GemeenteView {
		return this.views.valueFor(this.request) ?? this.views.shown ?? this.#own();
	}

	/** The municipality's name, as the view on screen has it. */
	get name(): string {
		return this.current.gemeente.gemeentenaam;
	}

	/** The name of every standard in the view on screen, by id. */
	standardNames = $derived(new Map(this.current.standaarden.map((s) => [s.standaard_id, s.naam])));

	/** True while the view on screen is not the one the controls ask for. */
	get stale(): boolean {
		return this.views.valueFor(this.request) === undefined;
	}

	nameOf(code: string): string {
		return this.current.names[code] ?? this.data.names[code] ?? code;
	}

	#own(): GemeenteView {
		const d = this.data;
		return { gemeente: d.gemeente, view: d.view, map: d.map, standaarden: d.standaarden, names: d.names, adoption: d.adoption };
	}
}
