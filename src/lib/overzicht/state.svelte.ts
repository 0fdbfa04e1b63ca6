// Owns: the overview page's state — its settings (url.ts keeps them in the URL), the national
// view they ask for, the map of the division in force, and what every section derives from them
// (the municipalities shown, key figures, rows, flows). One source of truth for each setting.
//
// Where a view comes from (Recompute): the default view (Rogers, all standards, each peildatum
// in its own division) is in the page for the last two peildata; every grouping method at its
// default parameters, over all standards or one GGU priority, on either division, is a prepared
// JSON file (variants.ts, /api/overzicht/<id>.json, the default's one for the time slider);
// custom parameters and previews are computed by the browser engine. Sections show `overview`
// and mark themselves stale while the view for the chosen settings is on its way.
//
// The folder src/lib/overzicht/ holds this page's sections: KeyFigures, MapPanel (map, time
// control, legend, colouring), ViewControls (filters, method, division), Distribution, Movement,
// OverviewTable, and the notices.
import { onMount } from 'svelte';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { TableRow } from '../components/score-table';
import { replaceSearch } from '../components/url';
import { viewKey } from '../components/island';
import { existsOn, successorsOf } from '../data/mergers';
import { searchNames } from '../data/names';
import { unpackGemeenten, type PackedGemeenten, type PageGemeente } from '../data/pack';
import { SIZE_CLASSES, type Herindeling } from '../data/schema';
import { LATEST_DIVISION, loadDivisionMap, loadMapAt, type DivisionMap } from '../geo/map';
import { browserEngine, dataset } from '../maturity/session.svelte';
import { DEFAULT_METHODS, isDefaultMethod } from '../maturity/methods';
import { groupCounts, groupsLoaded, isLoaded, transitions, unpackOverview, type Overview, type PackedOverview } from '../maturity/overview';
import type { CellStatus } from '../maturity/queries';
import { Recompute } from '../maturity/recompute.svelte';
import { meanOf } from '../maturity/summary';
import { defaultSettings, parseSettings, settingsToQuery, type ViewContext, type ViewSettings } from './url';
import { preparedVariant, variantId } from './variants';
import { compareText } from '../i18n/format';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';

const variantUrl = (id: string) => resolve(`/api/overzicht/${id}.json` as '/');
/** The page's questions to the browser engine, loaded on first need (engine.ts). */
const engine = () => import('./engine');
const DEFAULT_VARIANT = variantId({ method: DEFAULT_METHODS.rogers, prioriteit: null, division: 'peildatum' });

export type OverviewGemeente = PageGemeente;

/** The overview's own data (built by start.server.ts; in the browser fetched, not in the HTML). */
export interface OverviewStart {
	gemeenten: PackedGemeenten;
	herindelingen: Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort' | 'aandeel_inwoners'>[];
	standaarden: { standaard_id: string; naam: string }[];
	/** The default view, scores for the last two peildata only (see packOverview). */
	overview: PackedOverview;
}

export interface OverviewPageData extends OverviewStart {
	map: DivisionMap;
}

interface Request {
	method: ViewSettings['method'];
	prioriteit: ViewSettings['prioriteit'];
	indeling: ViewSettings['indeling'];
	version: number;
	preview: boolean;
}

export class OverviewState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	readonly data: OverviewPageData;
	/** The published municipalities (unpacked from the page data). */
	readonly published: OverviewGemeente[];
	readonly ctx: ViewContext;
	settings = $state<ViewSettings>() as ViewSettings;
	mounted = $state(false);
	/** What decides the view the sections show (its settings and the dataset); late sections hydrate when it changes (Island). */
	settingsKey = $derived.by(() => viewKey(this.settings, dataset));
	readonly views: Recompute<Request, Overview>;
	readonly statuses: Recompute<{ id: string; version: number }, Map<string, Map<string, CellStatus>>>;
	/** The map of the division shown (the peildatum's, or today's for history on today's map). */
	map = $state.raw<DivisionMap>() as DivisionMap;
	#previewGemeenten = $state.raw<{ version: number; list: OverviewGemeente[] } | null>(null);
	#full = $state.raw<Overview | null>(null);
	#fetchingFull: Promise<void> | null = null;

	constructor(data: OverviewPageData) {
		this.data = data;
		this.map = data.map;
		this.published = unpackGemeenten(data.gemeenten);
		const provinces = data.gemeenten.provincies.map(([c]) => c);
		this.ctx = {
			// In a preview, the delivery's peildata (it may add one), so ?peildatum= can open on it.
			peildata: dataset.source === 'preview' && dataset.peildata ? dataset.peildata : data.overview.peildata,
			standaarden: data.standaarden.map((s) => s.standaard_id),
			provincies: provinces,
			klassen: SIZE_CLASSES,
			codes: data.gemeenten.code
		};
		this.settings = defaultSettings(this.ctx);
		const baked = unpackOverview(data.overview);
		this.views = new Recompute<Request, Overview>({
			key: (r) => JSON.stringify([r.method, r.prioriteit, r.indeling, r.version]),
			page: (r) => (this.#isDefault(r) && r.indeling === 'peildatum' ? (this.#full ?? baked) : undefined),
			file: (r) => {
				const id = r.preview ? null : preparedVariant(r.method, r.prioriteit, r.indeling);
				return id ? { url: variantUrl(id), read: (j) => unpackOverview(j as PackedOverview) } : undefined;
			},
			engine: (r) => this.#compute(r)
		});
		this.statuses = new Recompute({
			key: (r) => `${r.id}|${r.version}`,
			engine: async (r) => (await engine()).statusesOf(r.id)
		});

		this.views.follow(() => this.request);
		$effect(() => {
			const id = this.settings.kleur === 'standaard' ? this.settings.standaard : null;
			if (id) this.statuses.request({ id, version: dataset.version });
		});
		$effect(() => {
			const q = settingsToQuery(this.settings, this.ctx);
			if (this.mounted) replaceSearch(q);
		});
		// The full default series: small, and needed as soon as someone moves the time slider.
		$effect(() => {
			if (this.#needsFull()) void this.loadFull().then(() => this.#useFull());
		});
		// The map of the division shown.
		$effect(() => {
			const pd = this.peildatum;
			const load = this.settings.indeling === 'huidig' ? loadDivisionMap(LATEST_DIVISION.id) : loadMapAt(pd);
			load.then((m) => {
				if (pd === this.peildatum) this.map = m;
			});
		});
		$effect(() => {
			if (dataset.source !== 'preview') return;
			const version = dataset.version;
			void browserEngine()
				.then((e) => e.currentGemeenten())
				.then((list) => {
					if (version === dataset.version) this.#previewGemeenten = { version, list };
				});
		});
		onMount(() => {
			const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
			idle(() => void this.loadFull());
		});
	}

	/** Read the settings from the page's URL (call once, on mount); ?zoek=<name> selects the best match. */
	init(): void {
		const s = parseSettings(page.url.searchParams, this.ctx);
		const zoek = page.url.searchParams.get('zoek');
		const hit = zoek ? searchNames(zoek, this.nameEntries, 1)[0] : undefined;
		this.settings = hit ? { ...s, gemeente: hit.code } : s;
		this.mounted = true;
	}

	set(patch: Partial<ViewSettings>): void {
		this.settings = { ...this.settings, ...patch };
	}

	/** Whether the view on screen lacks scores or groups it shows (the page's data carries only part of them, see start.server.ts). */
	#needsFull(): boolean {
		const o = this.overview;
		return [this.p, this.p - 1].some((k) => k >= 0 && !isLoaded(o, k)) || [this.fromIdx, this.toIdx].some((k) => !groupsLoaded(o, k));
	}

	/**
	 * Answer the default view from the full series from now on. Only when the view needs it: the
	 * series is fetched when the page is idle, but swapping it in re-renders every section (the
	 * same figures), a long task for nothing while the latest peildata are on screen.
	 */
	#useFull(): void {
		if (!this.#full || this.overview === this.#full || !this.#needsFull()) return;
		this.views.reset();
		this.views.request(this.request);
	}

	/** Fetches the full default series (once); #useFull puts it on screen. */
	loadFull(): Promise<void> {
		const url = variantUrl(DEFAULT_VARIANT);
		this.#fetchingFull ??= fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
				return r.json() as Promise<PackedOverview>;
			})
			.then((packed) => {
				this.#full = unpackOverview(packed);
			})
			.catch((e: unknown) => {
				this.#fetchingFull = null;
				this.views.error = e instanceof Error ? e.message : String(e);
			});
		return this.#fetchingFull;
	}

	#isDefault(r: Request): boolean {
		return !r.preview && isDefaultMethod(r.method) && r.prioriteit === null;
	}

	async #compute(r: Request): Promise<Overview> {
		return (await engine()).overviewOf(r);
	}

	get request(): Request {
		const s = this.settings;
		return { method: $state.snapshot(s.method), prioriteit: s.prioriteit, indeling: s.indeling, version: dataset.version, preview: dataset.source === 'preview' };
	}

	get preview(): boolean {
		return dataset.source === 'preview';
	}

	// ---- the view ------------------------------------------------------------------------------
	/** The view for the current settings, or — while that is computed — the last one shown. */
	overview = $derived.by(() => this.views.valueFor(this.request) ?? this.views.shown ?? unpackOverview(this.data.overview));
	/** True while the view on screen is not the one the controls ask for, or its scores are still loading. */
	stale = $derived.by(() => this.views.valueFor(this.request) === undefined || !isLoaded(this.overview, this.p));
	busy = $derived.by(() => this.views.busy || this.statuses.busy || this.stale);

	gemeenten = $derived.by(() => this.preview && this.#previewGemeenten?.version === dataset.version ? this.#previewGemeenten.list : this.published);
	metaOf = $derived.by(() => new Map<string, OverviewGemeente>([...this.published, ...this.gemeenten].map((g) => [g.gemeentecode, g])));
	provinces = $derived.by(() => [...new Map(this.gemeenten.map((g) => [g.provinciecode, g.provincienaam])).entries()].sort((a, b) => compareText(a[1], b[1])));
	provinceOf = $derived.by(() => Object.fromEntries(this.gemeenten.map((g) => [g.gemeentecode, g.provinciecode])));

	/** Index of the peildatum shown. */
	p = $derived.by(() => {
		const i = this.overview.peildata.indexOf(this.settings.peildatum);
		return i >= 0 ? i : this.overview.peildata.length - 1;
	});
	peildatum = $derived.by(() => this.overview.peildata[this.p]);
	codes = $derived.by(() => this.overview.codes);
	rowMeta = $derived.by(() => this.codes.map((c) => this.metaOf.get(c)!));
	filtered = $derived.by(() => this.settings.provincie !== null || this.settings.klasse !== null);

	/** Column indices of the municipalities shown: those of the peildatum's division (or today's), after the filters. */
	visibleIdx = $derived.by(() => {
		const s = this.settings;
		const pd = this.peildatum;
		const own = this.overview.division === 'peildatum';
		const out: number[] = [];
		this.rowMeta.forEach((g, i) => {
			if (own && !existsOn(g, pd)) return;
			if (s.provincie && g.provinciecode !== s.provincie) return;
			if (s.klasse && g.grootteklasse !== s.klasse) return;
			out.push(i);
		});
		return out;
	});
	visibleSet = $derived.by(() => new Set(this.visibleIdx.map((i) => this.codes[i])));
	indexOf = $derived.by(() => new Map(this.codes.map((c, i) => [c, i])));
	shown = $derived.by(() => this.visibleIdx.length);
	bounds = $derived.by(() => this.overview.boundaries[this.p]);

	counts = $derived.by(() => groupCounts(this.visibleIdx.map((i) => this.overview.group[this.p][i])));
	prevCounts = $derived.by(() => this.p > 0 ? groupCounts(this.visibleIdx.map((i) => this.overview.group[this.p - 1][i])) : null);
	mean = $derived.by(() => meanOf(this.visibleIdx.map((i) => this.overview.score[this.p][i] ?? null)));
	prevMean = $derived.by(() => this.p > 0 ? meanOf(this.visibleIdx.map((i) => this.overview.score[this.p - 1][i] ?? null)) : null);

	rows: TableRow[] = $derived.by(() => 
		this.visibleIdx.map((i) => {
			const g = this.rowMeta[i];
			const o = this.overview;
			const score = o.score[this.p][i] ?? null;
			const prev = this.p > 0 ? (o.score[this.p - 1][i] ?? null) : null;
			return {
				code: g.gemeentecode,
				naam: g.gemeentenaam,
				provincie: g.provincienaam,
				inwoners: g.inwoners,
				score,
				rank: o.rank[this.p][i] ?? null,
				percentile: o.percentile[this.p][i] ?? null,
				group: o.group[this.p][i],
				change: score !== null && prev !== null ? score - prev : null
			};
		})
	);
	selectedRow = $derived.by(() => this.settings.gemeente ? (this.rows.find((r) => r.code === this.settings.gemeente) ?? null) : null);

	/** Status of a municipality for the chosen standard at the peildatum shown (colouring by standard). */
	statusAt(code: string): CellStatus | null {
		const id = this.settings.standaard;
		const v = id ? this.statuses.valueFor({ id, version: dataset.version }) : undefined;
		return v?.get(this.peildatum)?.get(code) ?? null;
	}

	// ---- search: current and former names ------------------------------------------------------
	/** Every municipality by name; a dissolved one says what it is part of now ("Appingedam → nu Eemsdelta"). */
	nameEntries = $derived.by(() => 
		this.gemeenten.map((g) => {
			if (g.geldig_tot === null) return { code: g.gemeentecode, naam: g.gemeentenaam };
			const to = successorsOf(g.gemeentecode, this.data.herindelingen).map((m) => this.metaOf.get(m.nieuwe_code)?.gemeentenaam ?? m.nieuwe_code);
			return { code: g.gemeentecode, naam: g.gemeentenaam, nu: to };
		})
	);

	// ---- movement between two peildata ---------------------------------------------------------
	fromIdx = $derived.by(() => Math.max(0, this.overview.peildata.indexOf(this.settings.van)));
	toIdx = $derived.by(() => Math.max(0, this.overview.peildata.indexOf(this.settings.naar)));
	/** The 16 from → to cells, among the municipalities that pass the filters (either peildatum). */
	flowCells = $derived.by(() => {
		const s = this.settings;
		const pass = (code: string) => {
			const g = this.metaOf.get(code)!;
			return (!s.provincie || g.provinciecode === s.provincie) && (!s.klasse || g.grootteklasse === s.klasse);
		};
		const [a, b] = [this.overview.peildata[this.fromIdx], this.overview.peildata[this.toIdx]];
		const existed = (code: string) => this.overview.division === 'huidig' || existsOn(this.metaOf.get(code)!, a) || existsOn(this.metaOf.get(code)!, b);
		// Until the full series is in, the peildata compared may not be: no cells rather than wrong ones.
		if (!groupsLoaded(this.overview, this.fromIdx) || !groupsLoaded(this.overview, this.toIdx)) return [];
		return transitions(this.overview, this.fromIdx, this.toIdx).map((c) => ({ ...c, codes: c.codes.filter((code) => pass(code) && existed(code)) }));
	});
}
