// The hand-written number and date formats (src/lib/i18n/format.ts) against Intl, which they
// replace on the hydration path: the same text for nl-NL and en-GB over many values.
import { describe, expect, it } from 'vitest';
import { compareCodes, compareText, formatDate, formatList, formatNumber, formatShortDate } from '../../src/lib/i18n/format';

const LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

// Deterministic spread of values: integers, halves (exact ties), thirds, large and negative.
const values: number[] = [0, 1e-7, 5e-7, 0.005, 0.0049999, 0.05, 1e21, 123456789012, 9.5, 10.5, 0.25, 0.35, 2.675, 999.95, 1000, 1234.5, 99999.99, 1_234_567.25, 71.4, 2 / 3, 1e7 + 0.05];
for (let i = 1; i < 400; i++) values.push(((i * 7919) % 100_003) / (i % 7 === 0 ? 1 : 37), -((i * 104_729) % 9_973) / 11);

describe('formatNumber', () => {
	for (const lang of ['nl', 'en'] as const) {
		for (const d of [0, 1, 2]) {
			it(`${lang}, ${d} decimals: the same as Intl.NumberFormat(${LOCALE[lang]})`, () => {
				const intl = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: d, maximumFractionDigits: d });
				for (const v of values) {
					const expected = intl.format(v).replace(/^-(?=0(?:[.,]0+)?$)/, ''); // ours: no "-0"
					expect(formatNumber(lang, v, d), `${v}`).toBe(expected);
				}
			});
		}
	}
	it('writes a value that rounds to zero without a minus sign', () => {
		expect(formatNumber('nl', -0.04, 1)).toBe('0,0');
		expect(formatNumber('en', -0.4, 0)).toBe('0');
		expect(formatNumber('nl', -0.05, 1)).toBe('-0,1');
	});
});

describe('formatDate / formatShortDate', () => {
	for (const lang of ['nl', 'en'] as const) {
		it(`${lang}: the same as Intl.DateTimeFormat(${LOCALE[lang]}) for every month`, () => {
			const long = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
			const short = new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' });
			for (let m = 1; m <= 12; m++) {
				for (const day of [1, 9, 28]) {
					const iso = `2024-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					const at = new Date(`${iso}T00:00:00Z`);
					expect(formatDate(lang, iso)).toBe(long.format(at));
					expect(formatShortDate(lang, iso)).toBe(short.format(at));
				}
			}
		});
	}
	it('says what it expected when a date is not ISO', () => {
		expect(() => formatDate('nl', '1-7-2024')).toThrow(/Not an ISO date \(YYYY-MM-DD\): "1-7-2024"/);
	});
});

describe('compareText', () => {
	it('orders every municipality, province and standard name as Dutch collation (Intl.Collator nl) does', async () => {
		const { readFileSync } = await import('node:fs');
		const Papa = (await import('papaparse')).default;
		const rows = Papa.parse<Record<string, string>>(readFileSync('data/gemeenten.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
		const standards = Papa.parse<Record<string, string>>(readFileSync('data/standaarden.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
		const names = [...new Set([...rows.flatMap((r) => [r.gemeentenaam, r.provincienaam]), ...standards.map((s) => s.naam)])];
		expect(names.length).toBeGreaterThan(390);
		const collator = new Intl.Collator('nl');
		expect(names.toSorted(compareText)).toEqual(names.toSorted(collator.compare));
	});
	it('puts accents and case after the letter itself', () => {
		expect(['Súdwest-Fryslân', "'s-Gravenhage", 'Sittard-Geleen', 'Zwolle', 'Assen'].sort(compareText)).toEqual(["'s-Gravenhage", 'Assen', 'Sittard-Geleen', 'Súdwest-Fryslân', 'Zwolle']);
	});
});

describe('compareCodes / formatList', () => {
	it('orders codes, ids and ISO dates as collation does', async () => {
		const { readFileSync } = await import('node:fs');
		const ids = readFileSync('data/standaarden.csv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]);
		// Each kind is only ever compared with its own kind.
		for (const values of [ids, ['GM0363', 'GM0034', 'GM1966', 'GM0003', 'GM1979'], ['PV20', 'PV30', 'PV21'], ['2022-03-24', '2021-01-01', '2022-01-01', '2019-07-01']]) {
			expect(values.toSorted(compareCodes)).toEqual(values.toSorted(new Intl.Collator('nl').compare));
		}
	});
	it('joins names as Intl.ListFormat (nl, en-GB) does', () => {
		for (const items of [[], ['A'], ['A', 'B'], ['Appingedam', 'Delfzijl', 'Loppersum']]) {
			expect(formatList('nl', items)).toBe(new Intl.ListFormat('nl', { type: 'conjunction' }).format(items));
			expect(formatList('en', items)).toBe(new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items));
		}
	});
});
