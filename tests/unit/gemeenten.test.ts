import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildGemeenten, gemeentenCsv, parsePopulation } from '../../data/pipeline/gemeenten';
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
			pop
		);
		expect(nearestJoins).toEqual([]);
		expect(gemeentenCsv(rows)).toBe(committed);
	});

	it('validates against the schema: 355 rows, every municipality has a province and a size class', () => {
		const r = validateFile('gemeenten', 'gemeenten.csv', committed);
		expect(r.issues).toEqual([]);
		expect(r.accepted).toBe(355);
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
