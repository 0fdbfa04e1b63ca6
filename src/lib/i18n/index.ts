// Owns: turning a language into a translator (t): flat messages by key, the typed families
// (t.group(g), t.status(s), t.prio(n), …) and the number/date formatters used in the UI; and
// loading each language's catalogue (loadMessages). A catalogue is loaded on demand and on its own
// (issue 12, measured: both languages were 109 KB of script, 31 KB gzipped, compiled and run on every
// page load), so a page loads the text of its own language only. The root layout's load awaits it
// (src/routes/+layout.ts); so does any endpoint or test that translates.
// Numbers and dates are formatted the Dutch way in Dutch (1.234,5; 1 juli 2024) and the English
// way in English. Scores are shown on a 0–100 scale.
import type { Kind, Priority, SizeClass } from '../data/schema';
import type { Group, MethodKind } from '../maturity/methods';
import type { PeerMode } from '../maturity/municipality';
import type { CellStatus } from '../maturity/queries';
import type { Lang } from './lang';
import { formatDate, formatNumber, formatShortDate } from './format';
import type { Catalogue, MessageKey, Params } from './messages';

export { LANGS, langOf, type Lang } from './lang';

const LOADERS: Record<Lang, () => Promise<Catalogue>> = {
	nl: () => import('./messages/nl'),
	en: () => import('./messages/en')
};
const catalogues = new Map<Lang, Catalogue>();
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's catalogue (once); translator(lang) needs it. */
export function loadMessages(lang: Lang): Promise<void> {
	if (catalogues.has(lang)) return Promise.resolve();
	let p = loading.get(lang);
	if (!p) {
		p = LOADERS[lang]()
			.then((c) => void catalogues.set(lang, c))
			.finally(() => loading.delete(lang));
		loading.set(lang, p);
	}
	return p;
}

export interface Translator {
	lang: Lang;
	t(key: MessageKey, params?: Params): string;
	/** Group name; "Geen gegevens" / "No data" for null. */
	group(g: Group | null): string;
	/** Group name inside a sentence. */
	groupLower(g: Group): string;
	/** Group name inside a sentence with its article: "het peloton", "de kopgroep". */
	groupThe(g: Group): string;
	status(s: CellStatus): string;
	prio(n: Priority): string;
	prioShort(n: Priority): string;
	kind(k: Kind): string;
	sizeClass(k: SizeClass): string;
	method(k: MethodKind): string;
	peerMode(m: PeerMode): string;
	peerShort(m: PeerMode): string;
	/** Integer or decimal with the language's separators. */
	num(n: number | null | undefined, decimals?: number): string;
	/** A 0–1 score on the 0–100 scale with one decimal. */
	score(x: number | null | undefined): string;
	/** A share 0–1 as a percentage. */
	pct(x: number | null | undefined, decimals?: number): string;
	/** A signed difference with a real minus sign: "+1,4", "−3,4", "±0". */
	delta(n: number | null | undefined, decimals?: number): string;
	/** A 0–1 score difference on the 0–100 scale, signed, one decimal. */
	scoreDelta(x: number | null | undefined): string;
	/** An ISO date (YYYY-MM-DD) as "1 juli 2024" / "1 July 2024". */
	date(iso: string): string;
	/** An ISO date as "jul 2024" for axes. */
	shortDate(iso: string): string;
}

const cache = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
	const hit = cache.get(lang);
	if (hit) return hit;
	const catalogue = catalogues.get(lang);
	if (!catalogue) throw new Error(`The messages for "${lang}" are not loaded: await loadMessages('${lang}') first (the root layout's load does)`);
	const table = catalogue.messages as Record<string, string | ((p: Params) => string)>;
	const fam = catalogue.families;
	// Not Intl (format.ts says why).
	const fmt = (n: number, d: number) => formatNumber(lang, n, d);
	const tr: Translator = {
		lang,
		t(key, params = {}) {
			const m = table[key];
			if (m === undefined) throw new Error(`Missing message "${key}" for ${lang}`);
			return typeof m === 'function' ? m(params) : m;
		},
		group: (g) => fam.group[g ?? 'geen'],
		groupLower: (g) => fam.groupLower[g],
		groupThe: (g) => fam.groupThe[g],
		status: (s) => fam.status[s],
		prio: (n) => fam.prio[n],
		prioShort: (n) => fam.prioShort[n],
		kind: (k) => fam.kind[k],
		sizeClass: (k) => fam.sizeClass[k],
		method: (k) => fam.method[k],
		peerMode: (m) => fam.peerMode[m],
		peerShort: (m) => fam.peerShort[m],
		num: (n, decimals = 0) => (n == null || Number.isNaN(n) ? '–' : fmt(n, decimals)),
		score: (x) => (x == null ? '–' : fmt(x * 100, 1)),
		pct: (x, decimals = 0) => (x == null ? '–' : `${fmt(x * 100, decimals)}%`),
		delta: (n, decimals = 0) => {
			if (n == null || Number.isNaN(n)) return '–';
			const v = Math.round(n * 10 ** decimals) / 10 ** decimals;
			return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmt(Math.abs(v), decimals)}`;
		},
		scoreDelta: (x) => tr.delta(x == null ? x : x * 100, 1),
		date: (iso) => formatDate(lang, iso),
		shortDate: (iso) => formatShortDate(lang, iso)
	};
	cache.set(lang, tr);
	return tr;
}

export type { MessageKey };
