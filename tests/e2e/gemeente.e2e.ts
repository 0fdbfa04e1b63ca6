// Municipality pages, peer benchmarking, redirects, the not-found page and the one-page A4 handout
// (the side-by-side comparison is in vergelijk.e2e.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMunicipality } from '../../src/lib/maturity/compute-municipality';
import { NEIGHBOURS } from './neighbours';
import { nlScore, useExpected } from './expected';
import { axe, RESULTS, screenshot, scriptsCarrying, useE2E } from './setup';

const e2e = useE2E();
const want = useExpected();

const waitIdle = (page: import('playwright-core').Page) => page.waitForFunction(() => !document.querySelector('.gm [role=status]')?.textContent?.trim(), null, { timeout: 60_000 });

describe('municipality pages', () => {
	it('exist in the build for every municipality, in Dutch and English', () => {
		for (const dir of ['build/gemeente', 'build/en/gemeente']) {
			const pages = readdirSync(dir).filter((d) => /^GM\d{4}$/.test(d) && existsSync(path.join(dir, d, 'index.html')));
			expect(pages.sort()).toEqual([...want.exp.codes].sort());
		}
	});

	it('shows the numbers the engine computes for that municipality', async () => {
		const code = 'GM0363';
		const page = await e2e.open(`/gemeente/${code}/`);
		const i = want.overview.codes.indexOf(code);
		const last = want.overview.peildata.length - 1;
		expect(await page.getByTestId('gm-score').textContent()).toBe(nlScore(want.overview.score[last][i]));
		expect(await page.getByTestId('gm-rank').textContent()).toBe(`Rang ${want.overview.rank[last][i]} van ${want.overview.stats[last]!.n}`);
		const groupNl = { kopgroep: 'Kopgroep', peloton: 'Peloton', achterhoede: 'Achterhoede' } as const;
		expect(await page.getByTestId('gm-group').textContent()).toBe(groupNl[want.overview.group[last][i]!]);
		const view = await computeMunicipality(want.exp.db, { code, overview: want.overview, peerMode: 'grootteklasse', ctx: { gemeenten: want.exp.gemeenten, neighbours: NEIGHBOURS } });
		expect(view.at).toBe(last);
		const names = new Map(want.exp.tables.standaarden.rows.map((r) => [String(r[0]), String(r[1])]));
		const steps = await page.getByTestId('gm-next').locator('li strong').allTextContents();
		expect(steps).toEqual(view.nextSteps.slice(0, 10).map((s) => names.get(s.standaard_id)));
		if (view.lift?.steps) {
			expect(await page.getByTestId('gm-lift').locator('li').count()).toBe(view.lift.steps.length);
		}
		// The header hydrates by itself, in a task of its own after the page (its controls and the
		// offline button's state); the locator map inside it waits for a change or for someone to
		// reach for it.
		await page.waitForFunction(() => document.querySelector('[data-island]:has(> .island-root > .gm-head)')?.getAttribute('data-island') === 'live', null, { timeout: 30_000 }).catch(() => {
			throw new Error('step "the header hydrates after the page" did not happen within 30 s');
		});
		expect(await page.locator('.gm-head [data-island]').getAttribute('data-island'), 'locator map hydrated unasked').toBe('waiting');
		// Hydrated, it has loaded neither the engine (its figures are the page's own) nor what only a download needs.
		const carried = await scriptsCarrying(page);
		expect(carried.engine, "scripts carrying the engine's SQL, before any recomputation").toBe(0);
		expect(carried.papaparse + carried.figureExport, 'scripts carrying the download writers, before any download').toBe(0);
		expect(carried.en, 'scripts carrying the English text, on a Dutch page').toBe(0);
		await screenshot(page, 'gemeente-amsterdam', true);
		expect(page.errors).toEqual([]);
		expect(page.foreign).toEqual([]);
	});

	it('opens on the peildatum in its URL: the header and the locator map inside it show that date', async () => {
		// Weesp (GM0457) was Amsterdam's neighbour until it joined Amsterdam on 24 March 2022.
		const page = await e2e.open('/gemeente/GM0363/?peildatum=2020-01-01');
		await waitIdle(page);
		const i = want.overview.codes.indexOf('GM0363');
		const p = want.overview.peildata.indexOf('2020-01-01');
		expect(await page.getByTestId('gm-score').textContent()).toBe(nlScore(want.overview.score[p][i]));
		// The locator map sits in the header, which hydrated after the view had changed: it must not
		// keep the prerendered map of the page's own date.
		await page.waitForFunction(() => document.querySelector('.gm-head path[data-code=GM0457]'), null, { timeout: 30_000 }).catch(() => {
			throw new Error('step "the locator map shows the 2020 division (Weesp still separate)" did not happen within 30 s');
		});
		expect(page.errors).toEqual([]);
	});

	it('changes the comparison group: table and map follow, the URL records it', async () => {
		const code = 'GM0344'; // Utrecht
		const page = await e2e.open(`/gemeente/${code}/`);
		await page.getByRole('radio', { name: 'Buurgemeenten' }).check();
		await page.waitForURL(/vergelijk=buren/);
		await waitIdle(page);
		const nb = NEIGHBOURS[code].codes;
		await expect.poll(() => page.locator('[data-testid=peer-table] tbody tr').count(), { timeout: 60_000 }).toBe(nb.length + 1);
		const rows = await page.locator('[data-testid=peer-table] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
		expect(rows.sort()).toEqual([code, ...nb].sort());
		await expect.poll(() => page.locator('[data-testid=peer-map] path.highlight').count(), { message: 'the peer map (drawn when scrolled near) highlights the neighbours' }).toBe(nb.length);
		await page.locator('#peers-h').scrollIntoViewIfNeeded();
		await screenshot(page, 'gemeente-utrecht-buren');
		expect(await axe(page)).toEqual([]);

		await page.getByRole('radio', { name: 'Gemeenten in dezelfde provincie' }).check();
		await waitIdle(page);
		const sameProvince = want.exp.gemeenten.filter((g) => g.provinciecode === 'PV26' && g.geldig_tot === null).length;
		await expect.poll(() => page.locator('[data-testid=peer-table] tbody tr').count(), { timeout: 60_000 }).toBe(sameProvince);

		// A shared link restores the comparison group.
		const shared = await e2e.open(`/gemeente/${code}/?vergelijk=eigen&met=GM0363,518`);
		await expect.poll(() => shared.locator('[data-testid=peer-table] tbody tr').count(), { timeout: 60_000 }).toBe(3);
		expect(new URL(shared.url()).search).toBe('?vergelijk=eigen&met=GM0363%2CGM0518');
	});

	it('says where a dissolved municipality went, and where a new one came from', async () => {
		const page = await e2e.open('/gemeente/GM0003/');
		const ended = page.getByTestId('gm-history-ended');
		expect(await ended.textContent()).toContain('Per 1 januari 2021 opgegaan in');
		// Its figures run to its last peildatum, 1 July 2020, among the 355 of that date.
		expect(await page.getByTestId('gm-rank').textContent()).toMatch(/ van 355$/);
		await ended.getByRole('link', { name: 'Eemsdelta' }).click();
		await page.waitForURL(/\/gemeente\/GM1979\/$/);
		expect(await page.locator('h1').textContent()).toBe('Eemsdelta');
		expect(await page.getByTestId('gm-history-created').textContent()).toContain('Appingedam');
		expect(await page.getByTestId('gm-rank').textContent()).toMatch(/ van 342$/);
		// Its trend shows the predecessors' re-based figures before 2021, marked as such.
		expect(await page.locator('section.trend').textContent()).toContain('Voorgangers, herberekend');
		const split = await e2e.open('/en/gemeente/GM0788/');
		expect(await split.getByTestId('gm-history-ended').textContent()).toContain('Dissolved on 1 January 2021; its area was divided over');
		expect(await axe(page)).toEqual([]);
	});

	it('redirects mistyped codes and shows a helpful page for unknown ones', async () => {
		for (const variant of ['363', '0363', 'gm0363']) {
			const page = await e2e.open(`/gemeente/${variant}/`);
			await page.waitForURL(/\/gemeente\/GM0363\/$/);
			expect(await page.locator('h1').textContent()).toBe('Amsterdam');
		}
		const page = await e2e.open('/gemeente/GM9999/');
		expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
		await screenshot(page, 'gemeente-not-found');
		expect(await axe(page)).toEqual([]);
		await page.getByLabel('Zoek een gemeente').fill('Den Bosch');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL(/zoek=Den\+Bosch/);
		await expect.poll(() => page.getByTestId('selected-card').textContent()).toContain("'s-Hertogenbosch");
		// An unknown English address gets the English page, which links to the Dutch site in Dutch.
		const en = await e2e.open('/en/gemeente/GM9999/');
		expect(await en.locator('h1').textContent()).toBe('Page not found');
		expect(await en.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await en.locator('p[lang=nl] a[href]').textContent()).toBe('Pagina niet gevonden? Deze site in het Nederlands');
		expect(await axe(en)).toEqual([]);
	});

	it('prints as exactly one A4 page, also for the longest name', async () => {
		const longest = want.exp.gemeenten.reduce((a, g) => (g.gemeentenaam.length > a.gemeentenaam.length ? g : a));
		for (const code of ['GM0363', longest.gemeentecode, 'GM0088', 'GM0014']) {
			const page = await e2e.open(`/gemeente/${code}/`);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			const file = path.join(RESULTS, `handout-${code}.pdf`);
			writeFileSync(file, pdf);
			const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
			expect(info, code).toMatch(/^Pages:\s+1$/m);
			execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, file.replace(/\.pdf$/, '')]);
			const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
			expect(text).toContain('Synthetische voorbeelddata');
			expect(text).toContain(want.exp.gemeenten.find((g) => g.gemeentecode === code)!.gemeentenaam);
			expect(text).toContain('Volgende stappen');
			expect(text).not.toContain('Print / PDF');
		}
	});

	it('has no axe violations, in Dutch and English', async () => {
		for (const p of ['/gemeente/GM0518/', '/en/gemeente/GM0518/']) {
			const page = await e2e.open(p);
			expect(await axe(page), p).toEqual([]);
		}
	});
});
