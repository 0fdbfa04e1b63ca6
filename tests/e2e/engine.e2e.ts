// Cross-engine test: DuckDB-wasm in the browser (Web Worker, files served by the site) and
// duckdb-wasm's Node build in this process produce identical groups for the example data at
// every peildatum, in both divisions (each peildatum in its own; today's municipalities with
// history re-based). The browser side runs on the "Reken het zelf na" page, which also has to
// state the real download sizes, announce its verdict and move focus to the result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPublished, toArrowTables } from '../../src/lib/data/published.server';
import { loadDataset } from '../../src/lib/maturity/dataset';
import { DEFAULT_METHOD } from '../../src/lib/maturity/methods';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import { type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { axe, screenshot, useE2E } from './setup';

const e2e = useE2E();
const letter = { kopgroep: 'k', peloton: 'p', achterhoede: 'a' } as const;
const groupsOf = (o: Overview, p: number) => o.group[p].map((g) => (g ? letter[g] : '-')).join('');

/** Raw and gzip megabytes of the engine the browser loads, as the Dutch page writes them. */
function engineMb(): { raw: string; gzip: string } {
	const require = createRequire(import.meta.url);
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const files = ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js'].map((f) => readFileSync(path.join(dist, f)));
	const mb = (n: number) => `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n / 1e6)}\u00a0MB`;
	return { raw: mb(files.reduce((a, f) => a + f.length, 0)), gzip: mb(files.reduce((a, f) => a + gzipSync(f).length, 0)) };
}

describe('browser engine', () => {
	it('computes the same groups as Node for every peildatum in both divisions, loading nothing from other hosts', async () => {
		const tables = readPublished();
		const db = await loadDataset(await createNodeEngine(), toArrowTables(tables));
		const col = tables.gemeenten.columns.indexOf('geldig_tot');
		const codes = tables.gemeenten.rows.map((r) => String(r[0]));
		const current = tables.gemeenten.rows.filter((r) => r[col] === null || r[col] === '').map((r) => String(r[0]));
		const node = {
			peildatum: await computeOverview(db, { method: DEFAULT_METHOD, codes }),
			huidig: await computeOverview(db, { method: DEFAULT_METHOD, codes: current, division: 'huidig' })
		};
		await db.engine.close();
		expect(current.length).toBeLessThan(codes.length);

		const page = await e2e.open('/methode/controle/');
		const size = engineMb();
		const sizeText = await page.getByTestId('check-size').textContent();
		expect(sizeText).toContain(size.raw);
		expect(sizeText).toContain(size.gzip);

		await page.getByRole('button', { name: 'Nu narekenen' }).focus();
		await page.keyboard.press('Enter');
		const verdict = page.getByTestId('check-verdict');
		await verdict.waitFor({ timeout: 120_000 }).catch(() => {
			throw new Error('step "recompute in the browser": no verdict within 120 s');
		});
		expect(await verdict.getAttribute('data-identical')).toBe('true');
		// Announced (inside the live region) and focus on the result, not on <body>.
		expect(await page.locator('[role=status] [data-testid=check-verdict]').count()).toBe(1);
		await page.waitForFunction(() => document.activeElement?.id === 'check-result-h', null, { timeout: 5_000 }).catch(() => {
			throw new Error('step "focus moves to the result": focus stayed elsewhere');
		});

		for (const division of ['peildatum', 'huidig'] as const) {
			const o = node[division];
			const rows = await page.locator(`table[data-division=${division}] tr[data-peildatum]`).evaluateAll((trs) =>
				trs.map((tr) => ({ pd: tr.getAttribute('data-peildatum'), groups: tr.getAttribute('data-groups'), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent) }))
			);
			expect(rows.map((r) => r.pd), division).toEqual(o.peildata);
			o.peildata.forEach((pd, p) => {
				expect(rows[p].groups, `${division} ${pd}`).toBe(groupsOf(o, p));
				// No differences; as many municipalities scored as the division in force has (355 … 342, or 342 re-based).
				expect(rows[p].cells.slice(0, 2), `${division} ${pd}`).toEqual(['0', String(o.score[p].filter((x) => x !== null).length)]);
			});
		}
		expect(page.foreign).toEqual([]);
		expect(page.errors).toEqual([]);
		expect(await axe(page)).toEqual([]);
		for (const width of [320, 390, 768, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
			await screenshot(page, `engine-check-nl-${width}`, true);
		}
	}, 180_000);

	it('runs the check in English too, with the same verdict and no axe findings', async () => {
		const page = await e2e.open('/en/methode/controle/');
		await page.getByRole('button', { name: 'Recompute now' }).click();
		const verdict = page.getByTestId('check-verdict');
		await verdict.waitFor({ timeout: 120_000 }).catch(() => {
			throw new Error('step "recompute in the browser (en)": no verdict within 120 s');
		});
		expect(await verdict.getAttribute('data-identical')).toBe('true');
		expect(await verdict.textContent()).toMatch(/^Identical/);
		expect(await axe(page)).toEqual([]);
		for (const width of [320, 390, 768, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
			await screenshot(page, `engine-check-en-${width}`, true);
		}
		expect(page.foreign).toEqual([]);
		expect(page.errors).toEqual([]);
	}, 180_000);
});
