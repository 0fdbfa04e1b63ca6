// Cross-engine test: DuckDB-wasm in the browser (Web Worker, files served by the site) and
// duckdb-wasm's Node build in this process produce identical groups for the example data at
// every peildatum. The browser side runs on the "Reken het zelf na" page.
import { describe, expect, it } from 'vitest';
import { readPublished, toArrowTables } from '../../src/lib/data/published.server';
import { loadDataset } from '../../src/lib/maturity/dataset';
import { DEFAULT_METHOD } from '../../src/lib/maturity/methods';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import { computeOverview } from '../../src/lib/maturity/overview';
import { axe, screenshot, useE2E } from './setup';

const e2e = useE2E();

describe('browser engine', () => {
	it('computes the same groups as Node for every peildatum, loading nothing from other hosts', async () => {
		const tables = readPublished();
		const db = await loadDataset(await createNodeEngine(), toArrowTables(tables));
		const codes = tables.gemeenten.rows.map((r) => String(r[0]));
		const node = await computeOverview(db, { method: DEFAULT_METHOD, codes });
		await db.engine.close();

		const page = await e2e.open('/methode/controle/');
		await page.getByRole('button', { name: 'Nu narekenen' }).click();
		const verdict = page.getByTestId('check-verdict');
		await verdict.waitFor({ timeout: 60_000 });
		expect(await verdict.getAttribute('data-identical')).toBe('true');

		const rows = await page.locator('tr[data-peildatum]').evaluateAll((trs) =>
			trs.map((tr) => ({ pd: tr.getAttribute('data-peildatum'), groups: tr.getAttribute('data-groups') }))
		);
		expect(rows.map((r) => r.pd)).toEqual(node.peildata);
		const letter = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' } as const;
		node.peildata.forEach((pd, p) => {
			expect(rows[p].groups, pd).toBe(node.group[p].map((g) => (g ? letter[g] : '-')).join(''));
		});
		expect(page.foreign).toEqual([]);
		expect(page.errors).toEqual([]);
		await screenshot(page, 'engine-check', true);
		expect(await axe(page)).toEqual([]);
	});
});
