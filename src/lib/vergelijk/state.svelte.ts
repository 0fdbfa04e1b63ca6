// Owns: the comparison page's state — the chosen municipalities and the peildatum (url.ts keeps
// them in the URL), the dataset they are read against (the published data from the page, or a
// delivery in preview from the engine), and each municipality's view for those settings.
//
// Where a municipality's view comes from (one Recompute per municipality, latest request wins):
// at its own latest peildatum, from its prerendered /api/gemeente/<code>.json; at another
// peildatum (a common peildatum earlier than its own latest), or for anything during a preview,
// from the browser engine (computeMunicipality). Sections show the views in `columns` and mark
// themselves stale while any of them is not the one the controls ask for.
//
// The folder src/lib/vergelijk/ holds this page's sections: Choose (search, chips, peildatum,
// former municipalities with their successors), KeyFigures (with the CSV of the whole
// comparison), Priorities, Trend and Standards; the CSV rows are built in csv.ts.
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { replaceSearch } from '../components/url';
import { successorsOf } from '../data/mergers';
import type { NameEntry } from '../data/names';
import type { Gemeente } from '../data/schema';
import { dataset } from '../maturity/session.svelte';
import type { MunicipalityView } from '../maturity/municipality';
import { Recompute } from '../maturity/recompute.svelte';
import type { CompareDataset, CompareGemeente, CompareStandaard, Move } from './dataset';
import {
	commonPeildata,
	compareSettingsToQuery,
	defaultCompareSettings,
	MAX_GEMEENTEN,
	normaliseCompareSettings,
	parseCompareSettings,
	resolvePeildatum,
	type CompareSettings,
	type ResolvedPeildatum
} from './url';
import { useI18n } from '../i18n/context';
import type { Translator } from '../i18n';
import { sharedPeildatum } from './view';

/** The page's questions to the browser engine, loaded on first need (engine.ts). */
const engine = () => import('./engine');

/** One municipality's figures, as the sections show them. */
export interface Item {
	code: string;
	naam: string;
	view: MunicipalityView;
	/** The dataset version it was read from (dataset.version). */
	version: number;
}

/** A chosen municipality's column: its figures (for these settings, or the last ones while recomputing). */
export interface Column {
	code: string;
	/** Position among the chosen ones (colour and dash of its line). */
	k: number;
	item: Item;
	stale: boolean;
}

export interface Request {
	code: string;
	/** The common peildatum, or null: its own latest. */
	peildatum: string | null;
	version: number;
	preview: boolean;
}

export class CompareState {
	/** The page's translator (its current language), for the page's sections: `const t = $derived(model.t);`. */
	readonly #i18n = useI18n();
	get t(): Translator {
		return this.#i18n();
	}
	readonly data: CompareDataset;
	settings = $state<CompareSettings>(defaultCompareSettings());
	mounted = $state(false);
	/** One view source per municipality ever chosen on this page. */
	readonly views = new SvelteMap<string, Recompute<Request, Item>>();
	#preview = $state.raw<{ version: number; ds: CompareDataset } | null>(null);
	/** Why the delivery in preview could not be read (its municipalities, peildata, standards). */
	loadError = $state<string | null>(null);

	constructor(data: CompareDataset) {
		this.data = data;
		$effect(() => {
			if (!this.ready) return;
			const requests = this.settings.gemeenten.map((code) => this.requestFor(code));
			// Depends on the settings and the dataset only, not on the view sources' own state.
			untrack(() => requests.forEach((r) => this.#source(r.code).request(r)));
		});
		$effect(() => {
			const q = compareSettingsToQuery(this.settings);
			if (this.mounted) replaceSearch(q);
		});
		$effect(() => {
			if (dataset.source !== 'preview') return;
			const version = dataset.version;
			this.loadError = null;
			void engine()
				.then((e) => e.previewDataset())
				.then(
					(ds) => {
						if (version === dataset.version) this.#preview = { version, ds };
					},
					(e: unknown) => {
						if (version === dataset.version) this.loadError = e instanceof Error ? e.message : String(e);
					}
				);
		});
	}

	/** Read the settings from the page's URL (call once, on mount). */
	init(): void {
		this.settings = parseCompareSettings(page.url.searchParams, this.#ctx(this.data));
		this.mounted = true;
	}

	// ---- the dataset ---------------------------------------------------------------------------
	get preview(): boolean {
		return dataset.source === 'preview';
	}

	/** The dataset shown: the published one, or the delivery in preview (null while it loads). */
	get ds(): CompareDataset | null {
		if (!this.preview) return this.data;
		return this.#preview?.version === dataset.version ? this.#preview.ds : null;
	}

	/** False while the preview's municipalities and peildata are still being read. */
	get ready(): boolean {
		return this.ds !== null;
	}

	byCode = $derived.by(() => new Map([...this.data.gemeenten, ...(this.ds?.gemeenten ?? [])].map((g) => [g.code, g])));

	get standaarden(): CompareStandaard[] {
		return (this.ds ?? this.data).standaarden;
	}

	nameOf(code: string): string {
		return this.byCode.get(code)?.naam ?? code;
	}

	// ---- settings ------------------------------------------------------------------------------
	/** The peildata at which every chosen municipality existed (ascending). */
	common: string[] = $derived.by(() => commonPeildata(this.settings.gemeenten, this.#ctx(this.ds ?? this.data)));
	resolved: ResolvedPeildatum = $derived.by(() => resolvePeildatum(this.settings, this.#ctx(this.ds ?? this.data)));

	get full(): boolean {
		return this.settings.gemeenten.length >= MAX_GEMEENTEN;
	}

	set(patch: Partial<CompareSettings>): void {
		this.settings = normaliseCompareSettings({ ...this.settings, ...patch }, this.#ctx(this.ds ?? this.data));
	}

	add(code: string): void {
		if (!this.full && !this.settings.gemeenten.includes(code)) this.set({ gemeenten: [...this.settings.gemeenten, code] });
	}

	remove(code: string): void {
		this.set({ gemeenten: this.settings.gemeenten.filter((c) => c !== code) });
	}

	requestFor(code: string): Request {
		const r = this.resolved;
		return { code, peildatum: r.kind === 'common' ? r.peildatum : null, version: dataset.version, preview: this.preview };
	}

	// ---- search: current and former names, not those chosen -----------------------------------
	nameEntries: NameEntry[] = $derived.by(() => {
		const chosen = new Set(this.settings.gemeenten);
		return (this.ds ?? this.data).gemeenten
			.filter((g) => !chosen.has(g.code))
			.map((g) => (g.geldig_tot === null ? { code: g.code, naam: g.naam } : { code: g.code, naam: g.naam, nu: this.successors(g.code).map((m) => this.nameOf(m.nieuwe_code)) }));
	});

	/** Where a municipality that no longer exists went (largest share first). */
	successors(code: string): Move[] {
		return successorsOf(code, (this.ds ?? this.data).herindelingen);
	}

	/** The chosen municipalities that no longer exist. */
	get former(): CompareGemeente[] {
		return this.settings.gemeenten.map((c) => this.byCode.get(c)).filter((g) => g !== undefined && g.geldig_tot !== null) as CompareGemeente[];
	}

	// ---- the views -----------------------------------------------------------------------------
	/** The columns that have figures to show, in the order chosen. */
	columns: Column[] = $derived.by(() => {
		const out: Column[] = [];
		this.settings.gemeenten.forEach((code, k) => {
			const src = this.views.get(code);
			const exact = this.ready ? src?.valueFor(this.requestFor(code)) : undefined;
			// While recomputing, the last figures stay on screen (marked stale) — but never another
			// dataset's: during a preview, nothing published is shown, and after it nothing of the delivery.
			const last = src?.shown;
			const item = exact ?? (last?.version === dataset.version ? last : undefined);
			if (item) out.push({ code, k, item, stale: exact === undefined });
		});
		return out;
	});

	/** The columns show different peildata (each municipality at its own latest): the column heads say which. */
	mixed = $derived(sharedPeildatum(this.columns) === null);

	/** True while any chosen municipality's figures are not (yet) the ones the settings ask for. */
	stale = $derived.by(() =>
		this.settings.gemeenten.some((code) => {
			const src = this.views.get(code);
			return !this.ready || (!src?.error && src?.valueFor(this.requestFor(code)) === undefined);
		})
	);

	/** Errors per municipality (a municipality not in the delivery, a failed download). */
	get errors(): { code: string; message: string }[] {
		return this.settings.gemeenten.flatMap((code) => {
			const e = this.views.get(code)?.error;
			return e ? [{ code, message: e }] : [];
		});
	}

	#source(code: string): Recompute<Request, Item> {
		let src = this.views.get(code);
		if (!src) {
			src = new Recompute<Request, Item>({
				key: (r) => JSON.stringify([r.peildatum, r.version, r.preview]),
				file: (r) =>
					!r.preview && (r.peildatum === null || r.peildatum === this.data.gemeenten.find((g) => g.code === code)?.laatste)
						? { url: resolve('/api/gemeente/[code].json', { code }), read: (j) => readFile(j, r.version) }
						: undefined,
				engine: async (r) => (await engine()).computeItem(r)
			});
			this.views.set(code, src);
		}
		return src;
	}

	#ctx(ds: CompareDataset) {
		return { peildata: ds.peildata, gemeenten: ds.gemeenten };
	}
}

function readFile(json: unknown, version: number): Item {
	const j = json as { gemeente: Gemeente; view: MunicipalityView };
	return { code: j.gemeente.gemeentecode, naam: j.gemeente.gemeentenaam, view: j.view, version };
}
