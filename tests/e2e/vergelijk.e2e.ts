// The comparison page (/vergelijk/): 2–8 municipalities side by side with the numbers the engine
// computes, the CSV of exactly that comparison (with its peildata), municipal history (a former
// municipality's notice, its successor, a common peildatum computed in the browser), focus after
// removing a chip, keyboard-scrollable tables and no sideways page scroll, axe in Dutch and English,
// and a preview of a delivery in which every figure comes from the delivery.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nlScore, useExpected } from './expected';
import { axe, csvParts, download, screenshot, useE2E } from './setup';

const e2e = useE2E();
const want = useExpected();

const scoreAt = (code: string, pd: string) => want.overview.score[want.overview.peildata.indexOf(pd)][want.overview.codes.indexOf(code)];
const last = () => want.overview.peildata[want.overview.peildata.length - 1];

/** Wait until a card is shown for every chip and no section is recomputing; names the step on failure. */
async function settled(page: Page, step: string, n?: number): Promise<void> {
	await page
		.waitForFunction(
			(n) => {
				const chips = document.querySelectorAll('[data-testid=compare-chips] li').length;
				const cards = document.querySelectorAll('[data-testid=compare-cards] li').length;
				return chips > 0 && cards === chips && (n === undefined || chips === n) && !document.querySelector('section[aria-busy=true]');
			},
			n,
			{ timeout: 60_000 }
		)
		.catch(() => {
			throw new Error(`step "${step}": the comparison did not settle`);
		});
}

const cards = (page: Page) =>
	page.locator('[data-testid=compare-cards] li').evaluateAll((lis) =>
		lis.map((li) => ({
			code: li.getAttribute('data-code'),
			name: li.querySelector('h3')?.textContent?.trim(),
			score: li.querySelector('[data-testid=compare-score]')?.textContent,
			date: li.querySelector('[data-testid=compare-date]')?.textContent
		}))
	);

/** A downloaded CSV: the note lines above it (source, licence, labels) and the table's lines. */
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('comparison page', () => {
	it('shows 2–8 municipalities side by side and downloads exactly that comparison', async () => {
		const page = await e2e.open('/vergelijk/?gemeenten=GM0363,518,gm0599');
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await settled(page, 'three municipalities', 3);
		expect(new URL(page.url()).search).toBe('?gemeenten=GM0363,GM0518,GM0599');
		const shown = await cards(page);
		expect(shown.map((c) => c.name)).toEqual(['Amsterdam', "'s-Gravenhage", 'Rotterdam']);
		expect(shown.map((c) => c.score)).toEqual(['GM0363', 'GM0518', 'GM0599'].map((c) => nlScore(scoreAt(c, last()))));
		expect(shown.map((c) => c.date)).toEqual(Array(3).fill('1 juli 2026'));
		const heads = await page.locator('[data-testid=compare-prio] thead th[data-code]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-code')));
		expect(heads).toEqual(['GM0363', 'GM0518', 'GM0599']);
		// At each one's own latest peildatum the figures are the prerendered files: no engine.
		expect(requests.filter((u) => /duckdb|\.wasm|\.arrow/.test(u))).toEqual([]);

		const csv = await download(page, page.getByTestId('compare-csv'));
		expect(csv.name).toBe(`ggu-vergelijking-${last()}.csv`);
		const { notes, table: lines } = csvParts(csv.text);
		expect(notes).toContain('Synthetische voorbeelddata: geen echte metingen');
		expect(lines[0]).toBe("onderdeel,id,naam,GM0363 Amsterdam,GM0518 's-Gravenhage,GM0599 Rotterdam");
		expect(lines[1]).toBe(`peildatum,,peildatum,${last()},${last()},${last()}`);
		expect(lines).toHaveLength(1 + 5 + 9 + want.exp.tables.standaarden.rows.length);

		// Eight at most: a ninth code is dropped, the search makes way for a note.
		const nine = ['GM0363', 'GM0518', 'GM0599', 'GM0344', 'GM0014', 'GM0034', 'GM0772', 'GM0200', 'GM0193'];
		const full = await e2e.open(`/vergelijk/?gemeenten=${nine.join(',')}`);
		await settled(full, 'eight municipalities', 8);
		expect((await cards(full)).map((c) => c.code)).toEqual(nine.slice(0, 8));
		expect(await full.locator('[data-testid=compare-std] thead th[data-code]').count()).toBe(8);
		expect(await full.getByTestId('compare-full').isVisible()).toBe(true);
		expect(await full.getByTestId('search-input').count()).toBe(0);
		expect(page.errors).toEqual([]);
		expect(full.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('shows what became of a former municipality, compares at the last common peildatum, and adds the successor', async () => {
		const page = await e2e.open('/vergelijk/?gemeenten=GM0003,363');
		await settled(page, 'Appingedam and Amsterdam at a common peildatum', 2);
		expect(await page.getByTestId('compare-former').textContent()).toContain('Appingedam is per 1 januari 2021 opgegaan in Eemsdelta.');
		expect(await page.getByTestId('compare-peildatum').inputValue()).toBe('2020-07-01');
		expect(await page.getByTestId('compare-peildatum-note').textContent()).toContain('de laatste peildatum waarop alle gekozen gemeenten bestonden');
		// Amsterdam at 1 July 2020 is computed by the engine in the browser.
		const shown = await cards(page);
		expect(shown.map((c) => c.date)).toEqual(['1 juli 2020', '1 juli 2020']);
		expect(shown.map((c) => c.score)).toEqual([nlScore(scoreAt('GM0003', '2020-07-01')), nlScore(scoreAt('GM0363', '2020-07-01'))]);

		// Another common peildatum, then each its own latest.
		await page.getByTestId('compare-peildatum').selectOption('2020-01-01');
		await page.waitForURL(/peildatum=2020-01-01/);
		await settled(page, 'a chosen common peildatum', 2);
		expect((await cards(page)).map((c) => c.score)).toEqual([nlScore(scoreAt('GM0003', '2020-01-01')), nlScore(scoreAt('GM0363', '2020-01-01'))]);
		await page.getByTestId('compare-peildatum').selectOption('eigen');
		await settled(page, 'each at its own latest peildatum', 2);
		expect((await cards(page)).map((c) => c.date)).toEqual(['1 juli 2020', '1 juli 2026']);

		// The successor button adds Eemsdelta; focus goes to its chip. No peildatum at which all three existed.
		await page.getByTestId('compare-add-successor').click();
		await page.waitForURL(/gemeenten=GM0003,GM0363,GM1979/);
		await settled(page, 'successor added', 3);
		expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-code'))).toBe('GM1979');
		expect(await page.getByTestId('compare-peildatum').count()).toBe(0);
		expect(await page.getByTestId('compare-peildatum-note').textContent()).toContain('geen peildatum waarop alle gekozen gemeenten tegelijk bestonden');
		const csv = csvParts((await download(page, page.getByTestId('compare-csv'))).text).table;
		expect(csv[1]).toBe(`peildatum,,peildatum,2020-07-01,${last()},${last()}`);
		await screenshot(page, 'vergelijk-voormalig-nl', true);

		// The search finds former names (saying what they are now) and says when it finds nothing.
		const search = page.getByTestId('search-input');
		await search.fill('Delfzijl');
		await expect.poll(() => page.getByRole('option').first().textContent()).toContain('nu Eemsdelta');
		await search.fill('Xyzzyvoort');
		await expect.poll(() => page.getByTestId('search-none').isVisible()).toBe(true);
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('keeps focus on a remove button after removing a chip, and in the search box when none is left', async () => {
		const page = await e2e.open('/vergelijk/?gemeenten=GM0363,GM0518,GM0599');
		await settled(page, 'three municipalities', 3);
		const focusedChip = () => page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.closest('li')?.getAttribute('data-code') : document.activeElement?.tagName));
		await page.getByRole('button', { name: "'s-Gravenhage verwijderen" }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(focusedChip).toBe('GM0599');
		await page.keyboard.press('Enter');
		await expect.poll(focusedChip).toBe('GM0363');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
		expect(new URL(page.url()).search).toBe('');
		expect(page.errors).toEqual([]);
	});

	for (const lang of ['nl', 'en'] as const) {
		it(`has no sideways page scroll at 320–1280 px, keyboard-scrollable tables and no axe violations (${lang})`, async () => {
			const prefix = lang === 'en' ? '/en' : '';
			const page = await e2e.open(`${prefix}/vergelijk/?gemeenten=GM0363,GM0518,GM1966,GM0599,GM1979`, { width: 320 });
			await settled(page, `five municipalities (${lang})`, 5);
			for (const width of [320, 390, 768, 1280]) {
				await page.setViewportSize({ width, height: 900 });
				expect(await noSidewaysScroll(page), `${lang} ${width}px`).toBeLessThanOrEqual(width);
				await screenshot(page, `vergelijk-${lang}-${width}`, true);
				if (width === 320) {
					// The standards table scrolls inside its own region, which takes focus and scrolls by keyboard.
					const region = page.locator('[role=region]:has([data-testid=compare-std])');
					await expect.poll(() => region.getAttribute('tabindex')).toBe('0');
					await region.focus();
					await page.keyboard.press('ArrowRight');
					await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
					expect(await axe(page), `${lang} ${width}px`).toEqual([]);
				}
			}
			expect(await axe(page), `${lang} 1280px`).toEqual([]);
			expect(page.errors).toEqual([]);
			expect(page.foreign).toEqual([]);
		});
	}
});

describe('comparison page during a preview', () => {
	it('shows the delivery, never the published files', async () => {
		const page = await e2e.open('/data/');
		// A delivery in which Amsterdam uses every standard at the last peildatum.
		const lines = readFileSync(path.resolve(import.meta.dirname, '../../data/adoptie.csv'), 'utf8').trimEnd().split('\n');
		const body = lines.slice(1).map((l) => {
			const r = l.split(',');
			if (r[0] === last() && r[1] === 'GM0363') r[3] = 'in_gebruik';
			return r.join(',');
		});
		await page.getByTestId('file-input').setInputFiles([{ name: 'adoptie-levering.csv', mimeType: 'text/csv', buffer: Buffer.from([lines[0], ...body].join('\n') + '\n') }]);
		await page.getByTestId('check-start').click();
		await page.waitForSelector('[data-testid=report]', { timeout: 120_000 }).catch(() => {
			throw new Error('step "check the delivery": no report');
		});
		await page.getByTestId('preview-start').click();
		await expect.poll(() => page.getByTestId('preview-banner').isVisible(), { timeout: 60_000 }).toBe(true);

		const requests: Request[] = [];
		page.on('request', (r) => requests.push(r));
		// Client-side navigation keeps the preview.
		await page.getByRole('link', { name: 'Vergelijken', exact: true }).click();
		await page.waitForURL(/\/vergelijk\/$/);
		for (const name of ['Amsterdam', 'Den Haag']) {
			await page.getByTestId('search-input').fill(name);
			await page.getByRole('option').first().waitFor();
			await page.keyboard.press('Enter');
		}
		await page.waitForURL(/gemeenten=GM0363,GM0518/);
		await settled(page, 'the preview comparison', 2);
		expect((await cards(page)).map((c) => c.score)).toEqual(['100,0', nlScore(scoreAt('GM0518', last()))]);
		expect(await page.getByTestId('preview-banner').isVisible()).toBe(true);
		expect(requests.map((r) => r.url()).filter((u) => u.includes('/api/gemeente/'))).toEqual([]);
		// The comparison's CSV says it is a preview of the delivery.
		const csv = csvParts((await download(page, page.getByTestId('compare-csv'))).text);
		expect(csv.notes.join(' ')).toContain('adoptie-levering.csv');
		expect(csv.table[2].split(',')[3]).toBe('100');
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'vergelijk-preview', true);

		// Back to the published data: the published figures again.
		await page.getByTestId('preview-stop').click();
		await expect.poll(() => page.getByTestId('preview-banner').count()).toBe(0);
		await settled(page, 'back to the published data', 2);
		expect((await cards(page)).map((c) => c.score)).toEqual(['GM0363', 'GM0518'].map((c) => nlScore(scoreAt(c, last()))));
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	}, 240_000);
});
