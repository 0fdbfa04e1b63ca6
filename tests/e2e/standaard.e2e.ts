// The standards pages: /standaarden/ (sort, filter, CSV), /standaard/[id]/ for every standard and
// /prioriteit/[n]/ for every GGU priority in both languages; their numbers against a fresh
// computation with the same SQL in Node; the status map's time slider; explanations on the
// standard and municipality pages; the preview of a delivery; axe on every kind of page in both
// languages; screenshots at 320, 390, 768 and 1280 px in both languages, with no sideways scroll.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adopterCategories, explanations, standardShares, type AdopterRow, type StandardShare } from '../../src/lib/maturity/queries';
import { PRIORITIES } from '../../src/lib/data/schema';
import { DEFAULT_METHOD } from '../../src/lib/maturity/methods';
import { useExpected } from './expected';
import { axe, csvParts, download, screenshot, useE2E } from './setup';

const e2e = useE2E();
const want = useExpected();

const DATA = path.resolve(import.meta.dirname, '../../data');
const csv = (name: string) => readFileSync(path.join(DATA, `${name}.csv`), 'utf8');
const STANDARD_IDS = csv('standaarden')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(',')[0]);
const LAST = '2026-07-01';
const nlPct = (x: number) => `${Math.round(x * 100)}%`;
const decode = (html: string) => html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

async function sharesOf(id: string): Promise<StandardShare[]> {
	return (await standardShares(want.exp.db)).filter((s) => s.standaard_id === id);
}

describe('pages exist', () => {
	it('for every standard of standaarden.csv and every priority, in Dutch and English, with the right language and heading', async () => {
		expect(STANDARD_IDS).toHaveLength(36);
		const paths = [
			...STANDARD_IDS.flatMap((id) => [`/standaard/${id}/`, `/en/standaard/${id}/`]),
			...PRIORITIES.flatMap((n) => [`/prioriteit/${n}/`, `/en/prioriteit/${n}/`]),
			'/standaarden/',
			'/en/standaarden/'
		];
		const names = new Map(want.exp.tables.standaarden.rows.map((r) => [String(r[0]), String(r[1])]));
		for (const p of paths) {
			expect(existsSync(path.join('build', p, 'index.html')), p).toBe(true);
			const res = await fetch(new URL(p.slice(1), e2e.server.url));
			expect(res.status, p).toBe(200);
			const html = await res.text();
			expect(html, p).toContain(`lang="${p.startsWith('/en/') ? 'en' : 'nl'}"`);
			const id = /standaard\/([^/]+)\//.exec(p)?.[1];
			if (id) expect(decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? ''), p).toBe(names.get(id));
		}
		// An unknown standard or priority is not a page.
		expect((await fetch(new URL('standaard/bestaat-niet/', e2e.server.url))).status).toBe(404);
		expect((await fetch(new URL('prioriteit/10/', e2e.server.url))).status).toBe(404);
	});
});

describe('/standaard/[id]/', () => {
	it('shows the shares, categories and explanations the SQL computes, and the forecast sentence', async () => {
		const id = 'vroegsignalering';
		const sh = await sharesOf(id);
		const last = sh[sh.length - 1];
		const page = await e2e.open(`/standaard/${id}/`);
		expect(await page.getByTestId('standard-headline').textContent()).toContain(`In gebruik bij ${last.n_in_gebruik} van de ${last.n} gemeenten (${nlPct(last.n_in_gebruik / last.n)})`);
		// Categories: the count in each category's heading is the SQL's.
		const cats: AdopterRow[] = await adopterCategories(want.exp.db, { standaard: id });
		for (const c of ['innovator', 'vroege_adopter', 'vroege_meerderheid', 'late_meerderheid', 'achterblijver', 'nog_niet']) {
			const n = cats.filter((r) => r.categorie === c).length;
			expect(await page.locator(`[data-category=${c}] h4`).textContent(), c).toMatch(new RegExp(`: ${n}$`));
		}
		// The explanations given at the latest peildatum are listed beside their status, as text.
		const ex = (await explanations(want.exp.db, { standaard: id })).filter((e) => e.peildatum === LAST);
		expect(ex.length).toBeGreaterThan(0);
		const rows = await page.locator('[data-testid=explanations] li').allTextContents();
		expect(rows).toHaveLength(ex.length);
		for (const e of ex) expect(rows.some((r) => r.includes(e.toelichting))).toBe(true);
		// Not started: the SQL's niet_gestart at the latest peildatum, the explained ones first.
		expect(await page.getByTestId('not-started').locator('p').first().textContent()).toContain(`${last.n_niet_gestart} gemeenten`);
		// Forecast: one sentence, and the synthetic-data caveat.
		expect(await page.getByTestId('forecast').getAttribute('data-kind')).toBe('too-short');
		expect(await page.getByTestId('forecast-sentence').textContent()).toMatch(/^Geen prognose: de reeks is te kort/);
		expect(await page.getByTestId('forecast-synthetic').textContent()).toContain('alleen zien hoe de methode werkt');
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('forecasts in one plain sentence where the curve allows it', async () => {
		const page = await e2e.open('/standaard/common-ground/');
		expect(await page.getByTestId('forecast').getAttribute('data-kind')).toBe('forecast');
		expect(await page.getByTestId('forecast-sentence').textContent()).toMatch(/^Bij dit tempo gebruikt 90\s% van de gemeenten deze standaard rond 20\d\d \(bandbreedte 20\d\d(–20\d\d)?\)\./);
		const en = await e2e.open('/en/standaard/common-ground/');
		expect(await en.getByTestId('forecast-sentence').textContent()).toMatch(/^At this pace, 90% of municipalities will use this standard around 20\d\d \(range 20\d\d(–20\d\d)?\)\./);
	});

	it('moves the status map with the time slider: the division and counts of that peildatum, the URL records it', async () => {
		const id = 'zgw-apis';
		const page = await e2e.open(`/standaard/${id}/`);
		const map = page.getByTestId('standard-status-map');
		expect(await map.locator('g.municipalities path').count()).toBe(342);
		// Back to 2021-07-01: the 352 municipalities of 2021.
		const slider = page.getByTestId('status-map').locator('input[type=range]');
		const max = Number(await slider.getAttribute('max'));
		for (let i = 0; i < 10; i++) await page.getByTestId('status-map').getByRole('button', { name: 'Vorige peildatum' }).click();
		await page.waitForURL(/peildatum=2021-07-01/);
		expect(Number(await slider.inputValue())).toBe(max - 10);
		await expect.poll(() => map.locator('g.municipalities path').count(), { timeout: 30_000 }).toBe(352);
		const at = (await sharesOf(id)).find((s) => s.peildatum === '2021-07-01')!;
		const legend = (await page.getByTestId('status-map').locator('.kit-legend li').allTextContents()).join('|');
		expect(legend).toContain(`in gebruik (${at.n_in_gebruik})`);
		expect(legend).toContain(`in implementatie (${at.n_in_implementatie})`);
		// Reload: the URL brings the same peildatum back.
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		await expect.poll(() => map.locator('g.municipalities path').count(), { timeout: 30_000 }).toBe(352);
		expect(page.errors).toEqual([]);
	});

	it('downloads the categories and the not-started list as CSV, explanations included', async () => {
		const page = await e2e.open('/standaard/vroegsignalering/');
		const cats = await download(page, page.getByTestId('cat-csv'));
		expect(csvParts(cats.text).table[0]).toBe('gemeentecode,gemeentenaam,eerste_peildatum_in_gebruik,overgenomen_van_voorgangers,adoptercategorie');
		expect(csvParts(cats.text).table).toHaveLength(343);
		const ns = await download(page, page.getByTestId('ns-csv'));
		const ex = (await explanations(want.exp.db, { standaard: 'vroegsignalering' })).filter((e) => e.peildatum === LAST && e.status === 'niet_gestart');
		for (const e of ex) expect(ns.text).toContain(e.toelichting);
	});
});

describe('/standaarden/', () => {
	it('sorts by speed, filters by priority and kind, keeps it in the URL, and downloads what it shows', async () => {
		const page = await e2e.open('/standaarden/');
		const ids = () => page.locator('[data-testid=standards-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-standard')));
		expect(await ids()).toHaveLength(36);
		// Default: highest current adoption first.
		const shares = await standardShares(want.exp.db);
		const now = (id: string) => {
			const s = shares.filter((x) => x.standaard_id === id).at(-1)!;
			return s.n_in_gebruik / s.n;
		};
		const first = await ids();
		for (let i = 1; i < first.length; i++) expect(now(first[i - 1]!)).toBeGreaterThanOrEqual(now(first[i]!) - 1e-9);
		await page.getByTestId('sort').selectOption('snelheid');
		await page.waitForURL(/sorteer=snelheid/);
		expect(await page.locator('th[aria-sort=ascending]').textContent()).toContain('Van 10 naar 50');
		await page.getByTestId('filter-priority').selectOption('3');
		await page.getByTestId('filter-kind').selectOption('programma');
		await page.waitForURL(/prioriteit=3.*soort=programma|soort=programma.*prioriteit=3/);
		const shown = await ids();
		const meta = new Map(want.exp.tables.standaarden.rows.map((r) => [String(r[0]), { p: Number(r[2]), k: String(r[3]) }]));
		expect(shown.length).toBeGreaterThan(0);
		for (const id of shown) expect(meta.get(id!)).toEqual({ p: 3, k: 'programma' });
		const file = await download(page, page.getByTestId('stds-csv'));
		expect(csvParts(file.text).table).toHaveLength(shown.length + 1);
		// Links go to the standard's page.
		await page.locator('[data-testid=standards-table] tbody tr th a').first().click();
		await page.waitForURL(/\/standaard\//);
		expect(page.errors).toEqual([]);
	});
});

describe('/prioriteit/[n]/', () => {
	it('shows its standards, and the groups and distribution of the scores over them', async () => {
		const page = await e2e.open('/prioriteit/3/');
		const ids = await page.locator('[data-testid=standards-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-standard')));
		const own = want.exp.tables.standaarden.rows.filter((r) => Number(r[2]) === 3).map((r) => String(r[0]));
		expect([...ids].sort()).toEqual([...own].sort());
		const o = await want.exp.overview(DEFAULT_METHOD, 3);
		const p = o.peildata.length - 1;
		const count = (g: string) => o.group[p].filter((x) => x === g).length;
		const legend = (await page.getByTestId('priority-map').locator('xpath=ancestor::section[1]').locator('.kit-legend li').allTextContents()).join('|');
		expect(legend).toContain(`Peloton (${count('peloton')})`);
		expect(legend).toContain(`Achterhoede (${count('achterhoede')})`);
		expect(page.errors).toEqual([]);
	});
});

describe('/gemeente/[code]/', () => {
	it('links every standard to its page and shows the adopter category and the explanation', async () => {
		const code = 'GM0037';
		const page = await e2e.open(`/gemeente/${code}/`);
		const cats = await adopterCategories(want.exp.db, { gemeente: code });
		const row = page.locator('tr[data-standard=vroegsignalering]');
		expect(await row.locator('th a').getAttribute('href')).toMatch(/\/standaard\/vroegsignalering\/$/);
		expect(await row.locator('td[data-category]').getAttribute('data-category')).toBe(cats.find((c) => c.standaard_id === 'vroegsignalering')!.categorie);
		const ex = (await explanations(want.exp.db, { gemeente: code })).filter((e) => e.peildatum === LAST);
		expect(ex.length).toBeGreaterThan(0);
		for (const e of ex) expect(await page.locator(`tr[data-standard=${e.standaard_id}] [data-testid=explanation]`).textContent()).toContain(e.toelichting);
		expect(await axe(page)).toEqual([]);
	});
});

describe('accessibility and layout', () => {
	const PAGES = ['/standaarden/', '/standaard/common-ground/', '/standaard/vroegsignalering/', '/prioriteit/3/'];
	for (const lang of ['', '/en'] as const) {
		it(`has no axe violations and no sideways scroll (${lang || '/nl'}), at 320, 390, 768 and 1280 px`, async () => {
			for (const p of PAGES) {
				const page = await e2e.open(`${lang}${p}`, { width: 1280 });
				// The long lists that open on request are checked open too.
				for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
				expect(await axe(page), `${lang}${p}`).toEqual([]);
				await page.context().close();
				for (const width of [320, 390, 768, 1280]) {
					const pg = await e2e.open(`${lang}${p}`, { width });
					expect(await pg.evaluate(() => document.documentElement.scrollWidth), `${lang}${p} at ${width}`).toBeLessThanOrEqual(width);
					await shot(pg, `standaarden${lang.replace('/', '-')}${p.replaceAll('/', '-').replace(/-$/, '')}-${width}`);
					expect(pg.errors).toEqual([]);
					await pg.context().close();
				}
			}
		}, 480_000);
	}
});

async function shot(page: Page, name: string) {
	await screenshot(page, name, true);
}

describe('preview of a delivery', () => {
	it('computes the standard, list and priority pages from the delivery', async () => {
		// A delivery: the published file with every municipality using DSO at the latest peildatum.
		const lines = csv('adoptie').trimEnd().split('\n');
		const body = lines.map((l, i) => {
			if (i === 0) return l;
			const r = l.split(',');
			if (r[0] === LAST && r[2] === 'dso-aansluiting') r[3] = 'in_gebruik';
			return r.join(',');
		});
		const page = await e2e.open('/data/');
		await page.getByTestId('file-input').setInputFiles([{ name: 'adoptie-levering.csv', mimeType: 'text/csv', buffer: Buffer.from(body.join('\n') + '\n', 'utf8') }]);
		await page.getByTestId('check-start').click();
		await page.waitForSelector('[data-testid=report]', { timeout: 120_000 });
		await page.getByTestId('preview-start').click();
		await expect.poll(() => page.getByTestId('preview-banner').isVisible(), { timeout: 120_000 }).toBe(true);
		// Client-side navigation keeps the preview: the list, then the standard.
		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Standaarden' }).click();
		await page.waitForURL(/\/standaarden\/$/);
		const cell = page.locator('tr[data-standard=dso-aansluiting] [data-testid=now] .value');
		await expect.poll(() => cell.textContent(), { timeout: 120_000 }).toBe('100%');
		await page.locator('tr[data-standard=dso-aansluiting] th a').click();
		await page.waitForURL(/\/standaard\/dso-aansluiting\//);
		await expect.poll(() => page.getByTestId('standard-headline').textContent(), { timeout: 120_000 }).toContain('In gebruik bij 342 van de 342 gemeenten (100%)');
		expect(await page.getByTestId('forecast').getAttribute('data-kind')).toBe('reached');
		expect(await page.getByTestId('preview-banner').isVisible()).toBe(true);
		// Its priority's page too.
		await page.getByTestId('standard-intro').getByRole('link', { name: 'Prioriteit 8' }).click();
		await page.waitForURL(/\/prioriteit\/8\//);
		await expect.poll(() => page.locator('tr[data-standard=dso-aansluiting] [data-testid=now] .value').textContent(), { timeout: 120_000 }).toBe('100%');
		await page.goBack();
		await page.waitForURL(/\/standaard\/dso-aansluiting\//);
		await page.getByTestId('preview-stop').click();
		await expect.poll(() => page.getByTestId('standard-headline').textContent(), { timeout: 60_000 }).not.toContain('342 van de 342');
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	}, 300_000);
});
