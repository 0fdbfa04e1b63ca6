// The methodology page: the worked example is the engine's own computation for the median
// municipality, under all four grouping methods; the page passes axe in both languages.
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import type { Overview } from '../../src/lib/maturity/overview';
import { nlScore, useExpected, type Expected } from './expected';
import { axe, screenshot, useE2E } from './setup';

const e2e = useE2E();
let exp: Expected;
let overview: Overview;
useExpected((e, o) => {
	exp = e;
	overview = o;
});

describe('/methode', () => {
	it('works an example through for the median municipality, with every grouping method', async () => {
		const last = overview.peildata.length - 1;
		const ranked = overview.codes
			.map((code, i) => ({ code, i, score: overview.score[last][i] }))
			.filter((x): x is { code: string; i: number; score: number } => x.score !== null)
			.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
		const mid = ranked[Math.floor((ranked.length - 1) / 2)];
		const naam = exp.gemeenten.find((g) => g.gemeentecode === mid.code)!.gemeentenaam;

		const page = await e2e.open('/methode/');
		const example = page.getByTestId('worked-example');
		expect(await example.locator('p').first().textContent()).toContain(naam);
		expect(await page.getByTestId('example-score').textContent()).toContain(`(de engine: ${nlScore(mid.score)})`);
		// The status table adds up to the number of standards available at that date.
		const counts = (await example.locator('table').first().locator('tbody td:nth-child(2)').allTextContents()).map(Number);
		const available = exp.tables.standaarden.rows.filter((r) => String(r[exp.tables.standaarden.columns.indexOf('beschikbaar_sinds')]) <= overview.peildata[last]).length;
		expect(counts.reduce((a, b) => a + b, 0)).toBe(available);

		const groupNl = { kopgroep: 'Kopgroep', peloton: 'Peloton', achterhoede: 'Achterhoede' } as const;
		const rows = await page.getByTestId('example-methods').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		const methods = Object.values(DEFAULT_METHODS);
		expect(rows).toHaveLength(methods.length);
		for (const [k, m] of methods.entries()) {
			const o = await exp.overview(m);
			const b = o.boundaries[last]!;
			expect(rows[k][1], m.kind).toBe(nlScore(b.lower));
			expect(rows[k][2], m.kind).toBe(nlScore(b.upper));
			expect(rows[k][4], m.kind).toBe(groupNl[o.group[last][mid.i]!]);
		}
		await screenshot(page, 'methode', true);
		expect(await axe(page)).toEqual([]);
		const en = await e2e.open('/en/methode/');
		expect(await en.getByTestId('worked-example').locator('h2').textContent()).toBe('Worked example');
		expect(await axe(en)).toEqual([]);
		expect(page.errors).toEqual([]);
	});
});
