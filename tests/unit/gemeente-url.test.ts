// A municipality page's URL state: forgiving parse, minimal serialise, round trip.
import { describe, expect, it } from 'vitest';
import { defaultGemeenteSettings, gemeenteSettingsToQuery, MAX_CUSTOM, parseGemeenteSettings } from '../../src/lib/gemeente/url';

const ctx = { code: 'GM0363', peildata: ['2025-07-01', '2026-01-01', '2026-07-01'], defaultPeildatum: '2026-07-01' };
const parse = (q: string) => parseGemeenteSettings(new URLSearchParams(q), ctx);

describe('municipality page URL', () => {
	it("defaults to the page's own peildatum and the size-class peers", () => {
		expect(parse('')).toEqual(defaultGemeenteSettings());
		expect(gemeenteSettingsToQuery(parse(''))).toBe('');
		// The page's own peildatum in the URL is the default, not a setting.
		expect(parse('peildatum=2026-07-01').peildatum).toBeNull();
	});

	it('round-trips a peildatum, a comparison group and hand-picked peers', () => {
		const q = '?peildatum=2026-01-01&vergelijk=eigen&met=GM0518%2CGM0599';
		const s = parse(q);
		expect(s).toEqual({ peildatum: '2026-01-01', vergelijk: 'eigen', met: ['GM0518', 'GM0599'], plan: [] });
		expect(gemeenteSettingsToQuery(s)).toBe(q);
	});

	it('forgives unknown values and sloppy codes, drops itself and duplicates, caps the list', () => {
		const s = parse('peildatum=1999-01-01&vergelijk=iedereen&met=518,gm0518,GM0363,onzin,' + Array.from({ length: 30 }, (_, i) => 1000 + i).join(','));
		expect(s.peildatum).toBeNull();
		expect(s.vergelijk).toBe('grootteklasse');
		expect(s.met[0]).toBe('GM0518');
		expect(s.met).not.toContain('GM0363');
		expect(s.met).toHaveLength(MAX_CUSTOM);
		// Hand-picked peers are only written when that mode is chosen.
		expect(gemeenteSettingsToQuery({ peildatum: null, vergelijk: 'provincie', met: ['GM0518'], plan: [] })).toBe('?vergelijk=provincie');
	});

	it('round-trips a plan and forgives what it cannot use', () => {
		const withPlan = { ...ctx, planStandaarden: ['digid', 'zgw-apis', 'haal-centraal-brp'], planDates: ['2027-01-01', '2027-07-01'] };
		const q = '?plan=zgw-apis%3Ain_gebruik%2Chaal-centraal-brp%3Agepland%402027-07-01';
		const s = parseGemeenteSettings(new URLSearchParams(q), withPlan);
		expect(s.plan).toEqual([
			{ standaard_id: 'zgw-apis', status: 'in_gebruik', peildatum: null },
			{ standaard_id: 'haal-centraal-brp', status: 'gepland', peildatum: '2027-07-01' }
		]);
		expect(gemeenteSettingsToQuery(s)).toBe(q);
		// Unencoded, sloppy, with a standard not available, a bad status and a date not offered.
		const sloppy = parseGemeenteSettings(new URLSearchParams('plan=DigiD:In Gebruik,open-zaak:in_gebruik,zgw-apis:half,haal-centraal-brp@2040-01-01'), withPlan);
		expect(sloppy.plan).toEqual([
			{ standaard_id: 'digid', status: 'in_gebruik', peildatum: null },
			{ standaard_id: 'haal-centraal-brp', status: 'in_gebruik', peildatum: null }
		]);
		expect(parse('plan=').plan).toEqual([]);
	});
});
