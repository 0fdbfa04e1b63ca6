// The comparison page's URL state: forgiving parse of ?gemeenten= and ?peildatum=, minimal
// serialise, round trip, and the default peildatum under municipal history.
import { describe, expect, it } from 'vitest';
import {
	commonPeildata,
	compareSettingsToQuery,
	defaultCompareSettings,
	latestCommon,
	MAX_GEMEENTEN,
	normaliseCompareSettings,
	OWN,
	parseCompareSettings,
	resolvePeildatum,
	type CompareContext
} from '../../src/lib/vergelijk/url';

const today = (code: string) => ({ code, geldig_vanaf: null, geldig_tot: null });
const ctx: CompareContext = {
	peildata: ['2020-01-01', '2020-07-01', '2021-01-01', '2021-07-01', '2022-01-01', '2022-07-01'],
	gemeenten: [
		today('GM0363'), // Amsterdam
		today('GM0518'),
		today('GM0599'),
		{ code: 'GM0003', geldig_vanaf: null, geldig_tot: '2021-01-01' }, // Appingedam
		{ code: 'GM1979', geldig_vanaf: '2021-01-01', geldig_tot: null }, // Eemsdelta
		{ code: 'GM0457', geldig_vanaf: null, geldig_tot: '2022-03-24' }, // Weesp
		...Array.from({ length: 12 }, (_, i) => today(`GM1${String(i).padStart(3, '0')}`))
	]
};
const parse = (q: string) => parseCompareSettings(new URLSearchParams(q), ctx);

describe('comparison page URL', () => {
	it('defaults to nothing chosen and the default peildatum', () => {
		expect(parse('')).toEqual(defaultCompareSettings());
		expect(compareSettingsToQuery(parse(''))).toBe('');
	});

	it('reads codes in any spelling and separator, keeps the order, drops unknown ones and duplicates', () => {
		expect(parse('gemeenten=GM0363,518,gm0599').gemeenten).toEqual(['GM0363', 'GM0518', 'GM0599']);
		expect(parse('gemeenten=0518;Gm 363').gemeenten).toEqual(['GM0518', 'GM0363']);
		expect(parse('gemeenten=363+518  599').gemeenten).toEqual(['GM0363', 'GM0518', 'GM0599']);
		expect(parse('gemeenten=GM363&gemeenten=GM0518').gemeenten).toEqual(['GM0363', 'GM0518']);
		expect(parse('gemeente=363').gemeenten).toEqual(['GM0363']);
		expect(parse('gemeenten=363,GM0363,onzin,GM9999,,5180').gemeenten).toEqual(['GM0363']);
	});

	it('keeps former municipalities (old codes still work)', () => {
		expect(parse('gemeenten=3,GM0363').gemeenten).toEqual(['GM0003', 'GM0363']);
	});

	it(`caps the list at ${MAX_GEMEENTEN}`, () => {
		const many = Array.from({ length: 12 }, (_, i) => `GM1${String(i).padStart(3, '0')}`);
		const s = parse(`gemeenten=${many.join(',')}`);
		expect(s.gemeenten).toEqual(many.slice(0, MAX_GEMEENTEN));
	});

	it('round-trips codes with plain commas and a chosen peildatum', () => {
		const q = '?gemeenten=GM0363,GM0518&peildatum=2021-07-01';
		const s = parse(q);
		expect(s).toEqual({ gemeenten: ['GM0363', 'GM0518'], peildatum: '2021-07-01' });
		expect(compareSettingsToQuery(s)).toBe(q);
		expect(compareSettingsToQuery(parse('gemeenten=363&peildatum=EIGEN'))).toBe('?gemeenten=GM0363&peildatum=eigen');
	});

	it('takes the latest peildatum at which all chosen municipalities existed as the default', () => {
		expect(latestCommon(['GM0363', 'GM0518'], ctx)).toBe('2022-07-01');
		// Appingedam ended on 1 January 2021 (exclusive): its last peildatum is 1 July 2020.
		expect(latestCommon(['GM0363', 'GM0003'], ctx)).toBe('2020-07-01');
		// Weesp ended on 24 March 2022: 1 January 2022 still counts.
		expect(latestCommon(['GM0457', 'GM0363'], ctx)).toBe('2022-01-01');
		// Appingedam and its successor Eemsdelta never existed at the same time.
		expect(commonPeildata(['GM0003', 'GM1979'], ctx)).toEqual([]);
		expect(latestCommon(['GM0003', 'GM1979'], ctx)).toBeNull();
		expect(resolvePeildatum({ gemeenten: ['GM0003', 'GM1979'], peildatum: null }, ctx)).toEqual({ kind: 'own', chosen: false });
		expect(resolvePeildatum({ gemeenten: ['GM0003', 'GM0363'], peildatum: null }, ctx)).toEqual({ kind: 'common', peildatum: '2020-07-01', latest: true });
	});

	it('forgives a peildatum that does not hold for the chosen municipalities; writes the default as nothing', () => {
		expect(parse('gemeenten=GM0363,GM0003&peildatum=2022-01-01').peildatum).toBeNull();
		expect(parse('gemeenten=GM0363,GM0003&peildatum=2020-01-01').peildatum).toBe('2020-01-01');
		expect(parse('gemeenten=GM0363&peildatum=2022-07-01').peildatum).toBeNull();
		expect(parse('gemeenten=GM0363&peildatum=1999-01-01').peildatum).toBeNull();
		expect(parse('gemeenten=GM0363&peildatum=gisteren').peildatum).toBeNull();
		expect(parse('gemeenten=GM0363&peildatum=eigen').peildatum).toBe(OWN);
		expect(resolvePeildatum(parse('gemeenten=GM0363&peildatum=eigen'), ctx)).toEqual({ kind: 'own', chosen: true });
	});

	it('drops a chosen peildatum when a municipality that did not exist then is added', () => {
		const s = { gemeenten: ['GM0363', 'GM1979'], peildatum: '2020-07-01' };
		expect(normaliseCompareSettings(s, ctx).peildatum).toBeNull();
		expect(resolvePeildatum(s, ctx)).toEqual({ kind: 'common', peildatum: '2022-07-01', latest: true });
		expect(normaliseCompareSettings({ gemeenten: ['GM0363', 'GM0518'], peildatum: '2020-07-01' }, ctx).peildatum).toBe('2020-07-01');
	});
});
