// URL state of the standards list and of a standard's page (forgiving parse, minimal serialise),
// and the list's sorting.
import { describe, expect, it } from 'vitest';
import { defaultListSettings, listSettingsToQuery, parseListSettings } from '../../src/lib/standaarden/url';
import { sortRows, type StandardRow } from '../../src/lib/standaarden/view';
import { parseStandaardSettings, standaardSettingsToQuery } from '../../src/lib/standaard/url';

const q = (s: string) => new URLSearchParams(s);

describe('standards list URL', () => {
	it('defaults to current adoption, no filters, and an empty query', () => {
		expect(parseListSettings(q(''))).toEqual(defaultListSettings());
		expect(listSettingsToQuery(defaultListSettings())).toBe('');
	});

	it('reads sort, priority and kind, forgiving case and spaces, and writes them back', () => {
		const s = parseListSettings(q('sorteer=Snelheid&prioriteit=3&soort= programma'));
		expect(s).toEqual({ sorteer: 'snelheid', prioriteit: 3, soort: 'programma' });
		expect(parseListSettings(q(listSettingsToQuery(s).slice(1)))).toEqual(s);
	});

	it('falls back to the default for unknown values', () => {
		expect(parseListSettings(q('sorteer=naam&prioriteit=10&soort=x'))).toEqual(defaultListSettings());
		expect(parseListSettings(q('prioriteit=abc')).prioriteit).toBeNull();
	});
});

describe('standard page URL', () => {
	const ctx = { peildata: ['2025-07-01', '2026-01-01', '2026-07-01'] };
	it('keeps a known earlier peildatum and drops the latest or an unknown one', () => {
		expect(parseStandaardSettings(q('peildatum=2026-01-01'), ctx)).toEqual({ peildatum: '2026-01-01' });
		expect(parseStandaardSettings(q('peildatum=2026-07-01'), ctx)).toEqual({ peildatum: null });
		expect(parseStandaardSettings(q('peildatum=2020-02-30'), ctx)).toEqual({ peildatum: null });
		expect(standaardSettingsToQuery({ peildatum: '2026-01-01' })).toBe('?peildatum=2026-01-01');
		expect(standaardSettingsToQuery({ peildatum: null })).toBe('');
	});
});

describe('sorting the list', () => {
	const row = (id: string, prioriteit: number, now: number | null, halfjaren: number | null): StandardRow => ({
		id,
		naam: id,
		prioriteit: prioriteit as StandardRow['prioriteit'],
		soort: 'structureel',
		beschikbaar_sinds: '2020-01-01',
		share: [now],
		now,
		pace: { t10: null, t50: null, t10_voor_reeks: false, t50_voor_reeks: false, halfjaren }
	});
	const rows = [row('b', 3, 0.5, 4), row('a', 1, 0.9, null), row('c', 3, 0.5, 2), row('d', 2, null, 3)];

	it('by current adoption, highest first, ties by name, unknown last', () => {
		expect(sortRows(rows, 'adoptie').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
	});
	it('by speed: fewest half-years first, not observed last', () => {
		expect(sortRows(rows, 'snelheid').map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
	});
	it('by priority, then name', () => {
		expect(sortRows(rows, 'prioriteit').map((r) => r.id)).toEqual(['a', 'd', 'b', 'c']);
	});
});
