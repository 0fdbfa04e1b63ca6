import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/lib/data/csv-export';
import { toCsv } from '../../src/lib/data/csv-write';
import { normaliseName, searchNames } from '../../src/lib/data/names';
import { topProvinces, meanOf } from '../../src/lib/maturity/summary';
import { defaultSettings, needsEngine, parseSettings, settingsToQuery, type ViewContext } from '../../src/lib/overzicht/url';

const ctx: ViewContext = {
	peildata: ['2019-07-01', '2020-01-01', '2020-07-01'],
	standaarden: ['ibd', 'zgw-apis'],
	provincies: ['PV20', 'PV27'],
	klassen: ['<5k', '20k-50k'],
	codes: ['GM0363', 'GM0518']
};

describe('view settings in the URL', () => {
	it('defaults to the latest peildatum, Rogers, group colours, no filters', () => {
		const s = parseSettings(new URLSearchParams(''), ctx);
		expect(s).toEqual(defaultSettings(ctx));
		expect(s.peildatum).toBe('2020-07-01');
		expect(settingsToQuery(s, ctx)).toBe('');
		expect(needsEngine(s)).toBe(false);
	});

	it('round-trips every setting', () => {
		const q =
			'?peildatum=2020-01-01&methode=kwantielen&kop=10&achter=20&kleur=standaard&standaard=ibd&provincie=PV27&klasse=20k-50k&prioriteit=3&gemeente=GM0363&van=2020-01-01&sorteer=naam&richting=op';
		const s = parseSettings(new URLSearchParams(q), ctx);
		expect(s.method).toEqual({ kind: 'quantiles', low: 0.2, high: 0.1 });
		expect(s).toMatchObject({ kleur: 'standaard', standaard: 'ibd', provincie: 'PV27', klasse: '20k-50k', prioriteit: 3, gemeente: 'GM0363', sort: 'naam', desc: false });
		expect(settingsToQuery(s, ctx)).toBe(q);
		expect(needsEngine(s)).toBe(true);
		const t = parseSettings(new URLSearchParams('methode=grenzen&onder=35&boven=80'), ctx);
		expect(t.method).toEqual({ kind: 'thresholds', low: 0.35, high: 0.8 });
		expect(settingsToQuery(t, ctx)).toBe('?methode=grenzen&onder=35&boven=80');
		expect(parseSettings(new URLSearchParams('methode=rogers&k=1.5'), ctx).method).toEqual({ kind: 'rogers', k: 1.5 });
	});

	it('ignores invalid values instead of failing', () => {
		const s = parseSettings(new URLSearchParams('peildatum=2030-01-01&methode=onzin&kleur=standaard&standaard=bestaat-niet&prioriteit=12&gemeente=gm9999&van=2020-07-01&naar=2019-07-01&methode=grenzen&onder=90&boven=10'), ctx);
		expect(s.peildatum).toBe('2020-07-01');
		expect(s.kleur).toBe('groep');
		expect(s.prioriteit).toBeNull();
		expect(s.gemeente).toBeNull();
		expect([s.van, s.naar]).toEqual(['2019-07-01', '2020-07-01']);
		expect(parseSettings(new URLSearchParams('methode=grenzen&onder=90&boven=10'), ctx).method).toEqual({ kind: 'thresholds', low: 0.4, high: 0.7 });
		expect(parseSettings(new URLSearchParams('gemeente=gm0363'), ctx).gemeente).toBe('GM0363');
	});
});

describe('municipality search', () => {
	const entries = [
		{ code: 'GM0518', naam: "'s-Gravenhage" },
		{ code: 'GM0796', naam: "'s-Hertogenbosch" },
		{ code: 'GM1900', naam: 'Súdwest-Fryslân' },
		{ code: 'GM0363', naam: 'Amsterdam' },
		{ code: 'GM0362', naam: 'Amstelveen' },
		{ code: 'GM0373', naam: 'Bergen (NH.)' },
		{ code: 'GM0893', naam: 'Bergen (L.)' }
	];
	it('ignores diacritics, apostrophes and the \'s- prefix', () => {
		expect(normaliseName("'s-Gravenhage")).toBe('sgravenhage');
		expect(searchNames('gravenhage', entries)[0].code).toBe('GM0518');
		expect(searchNames('sgravenhage', entries)[0].code).toBe('GM0518');
		expect(searchNames("'s-gravenh", entries)[0].code).toBe('GM0518');
		expect(searchNames('sudwest', entries)[0].code).toBe('GM1900');
	});
	it('knows everyday names', () => {
		expect(searchNames('den haag', entries)[0]).toEqual({ code: 'GM0518', naam: "'s-Gravenhage", via: 'Den Haag' });
		expect(searchNames('Den Bosch', entries)[0].code).toBe('GM0796');
	});
	it('ranks exact and prefix matches first, and finds codes', () => {
		expect(searchNames('amst', entries).map((m) => m.naam)).toEqual(['Amstelveen', 'Amsterdam']);
		expect(searchNames('bergen', entries).map((m) => m.code).sort()).toEqual(['GM0373', 'GM0893']);
		expect(searchNames('363', entries)[0].code).toBe('GM0363');
		expect(searchNames('', entries)).toEqual([]);
	});
});

describe('CSV downloads', () => {
	it('writes standard CSV with formula cells neutralised', () => {
		const csv = toCsv(['naam', 'score'], [['=HYPERLINK("x")', 12.5], ['Súdwest-Fryslân', null], ['-2+3', -1.5]]);
		expect(csv).toBe('naam,score\r\n"\'=HYPERLINK(""x"")",12.5\r\nSúdwest-Fryslân,\r\n\'-2+3,-1.5\r\n');
	});
	it('writes Dutch Excel CSV: BOM, semicolons, decimal commas', () => {
		const csv = toCsv(['naam', 'score'], [['@SUM(A1)', 12.5], ["'s-Gravenhage", 7]], 'excel-nl');
		expect(csv).toBe("\uFEFFnaam;score\r\n'@SUM(A1);12,5\r\n's-Gravenhage;7\r\n");
		expect(neutralise('+31 6')).toBe("'+31 6");
	});
});

describe('summary helpers', () => {
	it('finds where a group is concentrated', () => {
		const prov = ['A', 'B', 'B', 'C', 'C', 'C'];
		expect(topProvinces(['kopgroep', 'kopgroep', 'kopgroep', 'peloton', 'kopgroep', null], (i) => prov[i], 'kopgroep')).toEqual([
			{ provincie: 'B', count: 2 },
			{ provincie: 'A', count: 1 }
		]);
		expect(meanOf([1, null, 3])).toBe(2);
		expect(meanOf([null])).toBeNull();
	});
});

describe('prepared overview variants', () => {
	it('finds the prepared file for every default method, whatever the order of its keys', async () => {
		const { preparedVariant, ALL_VARIANTS } = await import('../../src/lib/overzicht/variants');
		expect(ALL_VARIANTS).toHaveLength(80);
		expect(preparedVariant({ kind: 'quantiles', high: 0.15, low: 0.15 }, null, 'peildatum')).toBe('kwantielen-alle-peildatum');
		expect(preparedVariant({ kind: 'thresholds', low: 0.4, high: 0.7 }, 3, 'huidig')).toBe('grenzen-p3-huidig');
		expect(preparedVariant({ kind: 'rogers', k: 1.5 }, null, 'peildatum')).toBeNull();
	});
});

describe('method parameters', () => {
	it('names the field and the allowed range of every problem, and applies nothing out of range', async () => {
		const { methodProblems } = await import('../../src/lib/maturity/methods');
		expect(methodProblems({ kind: 'rogers', k: 1 })).toEqual([]);
		expect(methodProblems({ kind: 'rogers', k: 4 })).toEqual([{ field: 'k', rule: 'range', min: 0.25, max: 3 }]);
		// A quantile above its maximum (49%) is a problem, not applied silently.
		expect(methodProblems({ kind: 'quantiles', low: 0.15, high: 0.6 })).toEqual([{ field: 'high', rule: 'range', min: 0, max: 0.49 }]);
		expect(methodProblems({ kind: 'thresholds', low: 0.8, high: 0.4 })).toEqual([{ field: 'low', rule: 'order' }]);
		expect(parseSettings(new URLSearchParams('methode=kwantielen&kop=60'), ctx).method).toEqual({ kind: 'quantiles', low: 0.15, high: 0.15 });
	});
});
