import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildGemeenten, gemeentenCsv, parseHerindelingen, parsePopulation } from '../../data/pipeline/gemeenten';
import { readSourceText } from '../../data/pipeline/sources';
import { sizeClass } from '../../src/lib/data/sizeclass';
import { validateFile } from '../../src/lib/data/validate';
import { projectFile, sourceTopology } from './helpers';

const committed = projectFile('data/gemeenten.csv');

describe('data/gemeenten.csv', () => {
	it('is exactly what the pipeline produces from the public sources', async () => {
		const pop = parsePopulation(await readSourceText('mzelst_municipalities-population_2020-355gm.csv'));
		const { rows, nearestJoins } = buildGemeenten(
			await sourceTopology('gemeente_2020'),
			'gemeente_2020',
			await sourceTopology('provincie_2020'),
			'provincie_2020',
			pop,
			{ topo: await sourceTopology('gemeente_2026'), object: 'gemeente_2026' },
			parseHerindelingen(projectFile('data/herindelingen.csv'))
		);
		expect(nearestJoins).toEqual([]);
		expect(gemeentenCsv(rows)).toBe(committed);
	});

	it('holds the 355 municipalities of 2020 and the 5 created since, each with when it existed', () => {
		const rows = Papa.parse<Record<string, string>>(committed.trim(), { header: true }).data;
		expect(rows).toHaveLength(360);
		const at = (d: string) => rows.filter((r) => (!r.geldig_vanaf || r.geldig_vanaf <= d) && (!r.geldig_tot || d < r.geldig_tot)).length;
		expect([at('2020-07-01'), at('2021-01-01'), at('2022-01-01'), at('2022-07-01'), at('2023-01-01'), at('2026-07-01')]).toEqual([355, 352, 345, 344, 342, 342]);
		const row = (c: string) => rows.find((r) => r.gemeentecode === c)!;
		expect(row('GM1979')).toMatchObject({ gemeentenaam: 'Eemsdelta', provinciecode: 'PV20', geldig_vanaf: '2021-01-01', geldig_tot: '' });
		// Eemsdelta's inhabitants: Appingedam 11,523 + Delfzijl 24,609 + Loppersum 9,477 (mid-2020).
		expect(Number(row('GM1979').inwoners)).toBe(Number(row('GM0003').inwoners) + Number(row('GM0010').inwoners) + Number(row('GM0024').inwoners));
		expect(row('GM0457')).toMatchObject({ gemeentenaam: 'Weesp', geldig_tot: '2022-03-24' });
		expect(row('GM0363')).toMatchObject({ gemeentenaam: 'Amsterdam', geldig_vanaf: '', geldig_tot: '' });
	});

	it('validates against the schema: every municipality has a province and a size class', () => {
		const r = validateFile('gemeenten', 'gemeenten.csv', committed);
		expect(r.issues).toEqual([]);
		expect(r.accepted).toBe(360);
		const rows = Papa.parse<Record<string, string>>(committed.trim(), { header: true }).data;
		for (const row of rows) {
			expect(row.provinciecode).toMatch(/^PV(2\d|3[01])$/);
			expect(row.provincienaam).toBeTruthy();
			expect(row.grootteklasse).toBe(sizeClass(Number(row.inwoners)));
		}
		const names = rows.map((r) => r.gemeentenaam);
		expect(names).toContain("'s-Gravenhage");
		expect(names).toContain('Súdwest-Fryslân');
	});
});

describe('sizeClass (CBS gemeentegrootteklassen)', () => {
	it('puts boundaries in the upper class', () => {
		expect(sizeClass(4_999)).toBe('<5k');
		expect(sizeClass(5_000)).toBe('5k-10k');
		expect(sizeClass(49_999)).toBe('20k-50k');
		expect(sizeClass(250_000)).toBe('>=250k');
		expect(sizeClass(null)).toBeNull();
		expect(sizeClass(-1)).toBeNull();
	});
});
