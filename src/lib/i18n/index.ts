// Owns: turning a language into a translator (t) and the number/date formatters used in the UI.
// Numbers and dates are formatted the Dutch way in Dutch (1.234,5; 1 juli 2024) and the English
// way in English. Scores are shown on a 0–100 scale.
import { en, nl, type MessageKey } from './messages';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export function langOf(param: string | undefined): Lang {
	return param === 'en' ? 'en' : 'nl';
}

const TABLES = { nl, en } as const;

export interface Translator {
	lang: Lang;
	locale: string;
	t(key: MessageKey, params?: Record<string, string | number>): string;
	/** Integer or decimal with the locale's separators. */
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
	const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
	const table = TABLES[lang] as Record<string, string | ((p: Record<string, string | number>) => string)>;
	const nf = new Map<number, Intl.NumberFormat>();
	const fmt = (d: number) => {
		let f = nf.get(d);
		if (!f) nf.set(d, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d })));
		return f;
	};
	const df = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const sdf = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
	const tr: Translator = {
		lang,
		locale,
		t(key, params = {}) {
			const m = table[key];
			if (m === undefined) throw new Error(`Missing message "${key}" for ${lang}`);
			return typeof m === 'function' ? m(params) : m;
		},
		num: (n, decimals = 0) => (n == null || Number.isNaN(n) ? '–' : fmt(decimals).format(n)),
		score: (x) => (x == null ? '–' : fmt(1).format(x * 100)),
		pct: (x, decimals = 0) => (x == null ? '–' : `${fmt(decimals).format(x * 100)}%`),
		delta: (n, decimals = 0) => {
			if (n == null || Number.isNaN(n)) return '–';
			const v = Math.round(n * 10 ** decimals) / 10 ** decimals;
			return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${fmt(decimals).format(Math.abs(v))}`;
		},
		scoreDelta: (x) => tr.delta(x == null ? x : x * 100, 1),
		date: (iso) => df.format(new Date(`${iso}T00:00:00Z`)),
		shortDate: (iso) => sdf.format(new Date(`${iso}T00:00:00Z`))
	};
	cache.set(lang, tr);
	return tr;
}

export type { MessageKey };
