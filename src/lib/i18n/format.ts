// Owns: formatting numbers and dates for the UI without the Intl API.
// Why not Intl: the first Intl.NumberFormat/DateTimeFormat a page creates makes the browser load
// its locale data, about 50 ms on a desktop and 200 ms on a mid-range phone, on the path of
// hydration (issue 12). The site needs only fixed decimals, digit grouping and two date styles
// in two languages, so they are written out here; the output is the same as Intl's for nl-NL and
// en-GB (a unit test compares them over many values), except that a value that rounds to zero is
// written without a minus sign ("0,0", not "-0,0"). Server and browser now also agree whatever
// ICU version each one has.
import type { Lang } from './lang';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
	nl: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

const MONTHS: Record<Lang, { long: string[]; short: string[] }> = {
	nl: {
		long: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
		short: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']
	},
	en: {
		long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
		short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
	}
};

/**
 * |n| rounded to `decimals` decimals as "123.45": half away from zero on the number's shortest
 * decimal form (0.35 → 0.4, 2.675 → 2.68), as Intl does — not on its binary value, as toFixed does.
 */
function roundedDigits(n: number, decimals: number): string {
	const [mantissa, e = '0'] = String(Math.abs(n)).split('e');
	const [ip, fp = ''] = mantissa.split('.');
	let digits = ip + fp;
	let point = ip.length + Number(e); // the decimal point sits before digits[point]
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	const keep = point + decimals;
	let kept = BigInt(digits.slice(0, keep).padEnd(keep, '0') || '0');
	if (digits.length > keep && digits.charCodeAt(keep) >= 53 /* '5' */) kept += 1n;
	const s = kept.toString().padStart(decimals + 1, '0');
	return decimals ? `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}` : s;
}

/** A number with exactly `decimals` decimals and the language's separators (1.234,5 / 1,234.5). */
export function formatNumber(lang: Lang, n: number, decimals: number): string {
	const fixed = roundedDigits(n, decimals);
	const [int, frac] = fixed.split('.');
	const { group, decimal } = SEPARATORS[lang];
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
	const negative = n < 0 && /[1-9]/.test(fixed);
	return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

function parts(iso: string): [number, number, number] {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
	return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "1 juli 2024" / "1 July 2024". */
export function formatDate(lang: Lang, iso: string): string {
	const [y, m, d] = parts(iso);
	return `${d} ${MONTHS[lang].long[m - 1]} ${y}`;
}

/** "jul 2024" / "Jul 2024" (axes). */
export function formatShortDate(lang: Lang, iso: string): string {
	const [y, m] = parts(iso);
	return `${MONTHS[lang].short[m - 1]} ${y}`;
}

const sortKeys = new Map<string, string>();
function sortKey(s: string): string {
	let k = sortKeys.get(s);
	if (k === undefined) sortKeys.set(s, (k = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
	return k;
}

/**
 * Alphabetical order of names without Intl.Collator (same reason as above): accents and case
 * ignored first ("Súdwest-Fryslân" among the S), punctuation and spaces before letters
 * ("'s-Gravenhage" first), as Dutch collation orders municipality and province names.
 */
export function compareText(a: string, b: string): number {
	const ka = sortKey(a);
	const kb = sortKey(b);
	return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Order of codes, ids and ISO dates (ASCII, lower-case ids): plain code-unit order, which is their collation order too. */
export function compareCodes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** "A, B en C" / "A, B and C" (as Intl.ListFormat's conjunction for nl and en-GB). */
export function formatList(lang: Lang, items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}
