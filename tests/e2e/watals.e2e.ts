// The what-if planner on a municipality page (a plan changes the figures, lives in the URL,
// downloads as a delivery, prints on the handout) and the embeds: the card and the national map
// inside an <iframe> on a page of another origin, the SVG badge, and their size.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futurePeildata, parsePlan, planOutcome, standardsAt } from '../../src/lib/gemeente/plan';
import { computeMunicipality } from '../../src/lib/maturity/compute-municipality';
import { standaarden as standaardenOf } from '../../src/lib/maturity/queries';
import { fieldOf } from '../../src/lib/maturity/whatif';
import { nlScore, useExpected } from './expected';
import { NEIGHBOURS } from './neighbours';
import { axe, download, RESULTS, screenshot, useE2E, type AxeViolation } from './setup';

const e2e = useE2E();
const want = useExpected();

const CODE = 'GM0363';
const WIDTHS = [320, 390, 768, 1280];

async function noSidewaysScroll(page: Page, what: string): Promise<void> {
	const { sw, vw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, vw: window.innerWidth }));
	expect(sw, `${what}: page scrolls sideways (${sw} > ${vw})`).toBeLessThanOrEqual(vw);
}

/** The plan's figures once computed (the result region holds them). */
async function planScore(page: Page): Promise<string> {
	await page.getByTestId('plan-score').waitFor({ timeout: 60_000 });
	return (await page.getByTestId('plan-score').locator('strong').textContent()) ?? '';
}

/** axe-core inside a frame (the host page is another origin's). */
async function axeFrame(frame: Frame): Promise<AxeViolation[]> {
	return axe(frame as unknown as Page);
}

describe('wat als… on a municipality page', () => {
	it('a plan changes the figures as the method computes them, and survives a reload via its URL', async () => {
		const page = await e2e.open(`/gemeente/${CODE}/`);
		const before = await page.getByTestId('gm-score').textContent();
		// Pick a standard the municipality has not started.
		const choose = page.getByTestId('plan-choose');
		const id = await choose.evaluate((s: HTMLSelectElement) => [...s.options].find((o) => /niet gestart|ontbreekt/.test(o.text))?.value ?? '');
		expect(id, 'a standard not started').not.toBe('');
		await choose.selectOption(id);
		await page.getByTestId('plan-add').click();
		await page.waitForURL(new RegExp(`plan=${id}%3Ain_gebruik`), { timeout: 30_000 });
		const after = await planScore(page);
		expect(after).not.toBe(before);

		// The same figure, computed in Node from the SQL's results.
		const ctx = { gemeenten: want.exp.gemeenten, neighbours: NEIGHBOURS };
		const view = await computeMunicipality(want.exp.db, { code: CODE, overview: want.overview, peerMode: 'grootteklasse', ctx });
		const std = await standaardenOf(want.exp.db);
		const standards = standardsAt(view, std, view.at);
		const field = fieldOf(want.overview, view.peildata[view.at])!;
		const next = futurePeildata(view.peildata[view.peildata.length - 1])[0];
		const outcome = planOutcome(CODE, standards, field, parsePlan(`${id}:in_gebruik`), next);
		expect(after).toBe(nlScore(outcome.after.score));
		expect(await page.getByTestId('plan-rank').textContent()).toBe(`${outcome.after.rank} van ${outcome.after.n}`);
		expect(await page.getByTestId('plan-change').textContent()).toMatch(/rang \d+ → \d+/);
		// The trajectory shows dashed on the trend chart.
		expect(await page.locator('.trend .mark-plan').count()).toBeGreaterThan(0);

		// A lower target lowers the planned score; the URL follows.
		await page.getByLabel(/Doelstatus|Target/).first().selectOption('gepland');
		await page.waitForURL(new RegExp(`plan=${id}%3Agepland`), { timeout: 30_000 });
		const planned = planOutcome(CODE, standards, field, parsePlan(`${id}:gepland`), next);
		await expect.poll(() => planScore(page), { timeout: 30_000, message: 'the score follows the target status' }).toBe(nlScore(planned.after.score));

		const url = page.url();
		await page.reload({ waitUntil: 'load' });
		await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 });
		expect(page.url()).toBe(url);
		expect(await planScore(page)).toBe(nlScore(planned.after.score));
		expect(await page.locator('[data-testid=plan-steps] tbody tr').count()).toBe(1);
		await screenshot(page, 'watals-plan', true);
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('downloads the plan in the delivery format and prints it on the one-page handout', async () => {
		const page = await e2e.open(`/gemeente/${CODE}/?plan=digid:in_gebruik,zgw-apis:in_gebruik@2027-07-01`);
		await planScore(page);
		const csv = await download(page, page.getByTestId('plan-download-csv'));
		const lines = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/);
		const header = lines.findIndex((l) => l.startsWith('peildatum,gemeentecode,standaard_id,status,bron,toelichting'));
		expect(header, 'the delivery header').toBeGreaterThanOrEqual(0);
		const rows = lines.slice(header + 1).filter(Boolean);
		expect(rows.length).toBeGreaterThanOrEqual(1);
		for (const r of rows) expect(r).toMatch(new RegExp(`^\\d{4}-\\d{2}-01,${CODE},[a-z0-9-]+,(gepland|in_implementatie|in_gebruik),plan,`));

		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const file = path.join(RESULTS, `handout-plan-${CODE}.pdf`);
		writeFileSync(file, pdf);
		expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
		execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, file.replace(/\.pdf$/, '')]);
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
		expect(text).toContain('Plan');
		expect(text).not.toContain('Wat als');
	});

	it('has no axe violations with a plan, in Dutch and English, and no sideways scroll at any width', async () => {
		for (const p of [`/gemeente/${CODE}/?plan=digid:in_gebruik,zgw-apis:gepland@2027-07-01`, `/en/gemeente/${CODE}/?plan=digid:in_gebruik,zgw-apis:gepland@2027-07-01`]) {
			const page = await e2e.open(p);
			await planScore(page);
			await page.locator('[data-testid=embed-code] summary').click();
			expect(await axe(page), p).toEqual([]);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await noSidewaysScroll(page, `${p} at ${width}px`);
				await page.getByTestId('whatif').scrollIntoViewIfNeeded();
				await screenshot(page, `watals-${p.startsWith('/en') ? 'en' : 'nl'}-${width}`);
			}
		}
	});
});

describe('embeds and badges', () => {
	let host: http.Server;
	let hostUrl = '';
	beforeAll(async () => {
		// A page on another origin (a second local server) that frames the embeds.
		const site = e2e.server.url;
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body><main><h1>A municipality's intranet</h1>
<iframe id="card" src="${site}embed/gemeente/${CODE}/" title="GGU-adoptie van Amsterdam" width="100%" height="420" style="border:0;max-width:30rem"></iframe>
<iframe id="card-en" src="${site}en/embed/gemeente/${CODE}/" title="GGU adoption of Amsterdam" width="100%" height="420" style="border:0;max-width:30rem"></iframe>
<iframe id="map" src="${site}embed/kaart/" title="GGU-adoptie per gemeente" width="100%" height="900" style="border:0;max-width:40rem"></iframe>
</main></body></html>`;
		host = http.createServer((_, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(html);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
		hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}/`;
	});
	afterAll(() => new Promise<void>((r) => host.close(() => r())));

	it('exist for every municipality in both languages, without JavaScript, at most 20 KB gzipped', () => {
		for (const dir of ['build/embed/gemeente', 'build/en/embed/gemeente']) {
			expect(readdirSync(dir).filter((d) => /^GM\d{4}$/.test(d)).sort()).toEqual([...want.exp.codes].sort());
		}
		const sizes: Record<string, number> = {};
		for (const f of [`embed/gemeente/${CODE}`, `en/embed/gemeente/${CODE}`, 'embed/kaart', 'en/embed/kaart']) {
			const html = readFileSync(`build/${f}/index.html`);
			sizes[f] = gzipSync(html, { level: 9 }).length;
			expect(sizes[f], f).toBeLessThanOrEqual(20 * 1024);
			expect(html.toString(), `${f} carries no script`).not.toMatch(/<script|modulepreload/);
		}
		writeFileSync(path.join(RESULTS, 'embed-sizes.json'), JSON.stringify(sizes, null, 2));
	});

	it('render inside an iframe on a page of another origin, with zero axe violations', async () => {
		const page = await e2e.open(hostUrl);
		const i = want.overview.codes.indexOf(CODE);
		const last = want.overview.peildata.length - 1;
		const frames: Record<string, Frame> = {};
		for (const id of ['card', 'card-en', 'map']) {
			const handle = await page.locator(`iframe#${id}`).elementHandle();
			const frame = await handle!.contentFrame();
			await frame!.waitForSelector('[data-testid^=embed-]', { timeout: 30_000 });
			frames[id] = frame!;
			expect(new URL(frame!.url()).origin, id).not.toBe(new URL(hostUrl).origin);
		}
		expect(await frames.card.getByTestId('embed-score').textContent()).toBe(nlScore(want.overview.score[last][i]));
		expect(await frames.card.getByTestId('embed-rank').textContent()).toBe(`Rang ${want.overview.rank[last][i]} van ${want.overview.stats[last]!.n}`);
		expect(await frames.card.getByTestId('embed-synthetic').count()).toBe(1);
		expect(await frames['card-en'].getByTestId('embed-rank').textContent()).toMatch(/^Rank \d+ of \d+$/);
		expect(await frames.card.getByTestId('embed-more').getAttribute('href')).toBe(`/gemeente/${CODE}/`);
		expect(await frames.map.locator('svg.map path').count()).toBeGreaterThan(2);
		for (const [id, f] of Object.entries(frames)) expect(await axeFrame(f), id).toEqual([]);
		await screenshot(page, 'embed-host', true);
		expect(page.errors).toEqual([]);
	});

	it('fit 320 to 1280 px without sideways scroll, and have no axe violations when opened directly', async () => {
		for (const p of [`/embed/gemeente/${CODE}/`, `/en/embed/gemeente/${CODE}/`, '/embed/kaart/', '/en/embed/kaart/']) {
			const page = await e2e.open(p);
			expect(await axe(page), p).toEqual([]);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				await noSidewaysScroll(page, `${p} at ${width}px`);
				await screenshot(page, `embed${p.replace(/\/$/, '').replace(/\//g, '-')}-${width}`);
			}
			expect(page.errors).toEqual([]);
		}
	});

	it('give a static SVG badge and copy-paste code on the municipality page and the overview', async () => {
		const res = await fetch(new URL(`badge/${CODE}.svg`, e2e.server.url));
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
		const svg = await res.text();
		expect(svg).toMatch(/<title>GGU-adoptie van Amsterdam: /);
		expect(svg).not.toMatch(/<script|href=/);

		const page = await e2e.open(`/gemeente/${CODE}/`);
		await page.locator('[data-testid=embed-code] summary').click();
		const code = await page.getByTestId('embed-iframe-code').inputValue();
		expect(code).toContain(`src="${new URL(`embed/gemeente/${CODE}/`, e2e.server.url).href}"`);
		expect(code).toMatch(/<iframe [^>]*title="GGU-adoptie van Amsterdam"/);
		expect(await page.getByTestId('embed-badge-code').inputValue()).toContain(`badge/${CODE}.svg`);
		await expect.poll(() => page.locator('[data-testid=embed-code] img').evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
		await screenshot(page, 'embed-code-gemeente');

		const home = await e2e.open('/');
		await home.locator('[data-testid=embed-code] summary').click();
		expect(await home.getByTestId('embed-iframe-code').inputValue()).toContain(`src="${new URL('embed/kaart/', e2e.server.url).href}"`);
		expect(await axe(home)).toEqual([]);
	});
});
