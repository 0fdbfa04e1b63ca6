// The national overview (/): prerendered map, time slider, method switch, filters, keyboard map,
// search, flow chart, table with CSV downloads, shared URLs, and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { groupCounts } from '../../src/lib/maturity/overview';
import { existsOn } from '../../src/lib/data/mergers';
import { expected, type Expected } from './expected';
import { NEIGHBOURS } from './neighbours';
import { axe, download, revealDeferred, screenshot, scriptsCarrying, useE2E } from './setup';

const e2e = useE2E();
let exp: Expected;
beforeAll(async () => {
	exp = await expected();
});
afterAll(async () => exp?.close());

const waitIdle = (page: import('playwright-core').Page) =>
	page.waitForFunction(() => document.querySelector('[data-testid=engine-status]')?.getAttribute('data-busy') === 'false', null, { timeout: 90_000 });
/** The municipalities that existed on a date (the division of that peildatum). */
const existing = (pd: string) => exp.gemeenten.filter((g) => existsOn(g, pd));
const paths = (page: import('playwright-core').Page) => page.locator('[data-testid=overview-map] path[data-code]');

describe('overview page', () => {
	it('has the map, one path per municipality, and a link to the full table before any script runs', async () => {
		const page = await e2e.open('/', { javaScriptEnabled: false });
		const o = await exp.overview(DEFAULT_METHODS.rogers);
		const last = o.peildata.length - 1;
		// Today's division: 342 municipalities on the map, and in the table on a page of its own.
		expect(existing(o.peildata[last])).toHaveLength(342);
		expect(await paths(page).count()).toBe(342);
		const link = page.getByRole('link', { name: 'Alle 342 gemeenten in één tabel' });
		expect(await link.getAttribute('href')).toMatch(/tabel\/$/);
		const table = await e2e.open('/tabel/', { javaScriptEnabled: false });
		expect(await table.locator('[data-testid=score-table] tbody tr').count()).toBe(342);
		const c = groupCounts(o.group[last]);
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(c.kopgroep));
		expect(await page.getByTestId('count-achterhoede').textContent()).toBe(String(c.achterhoede));
		// Each path is coloured by its group from the build-time engine.
		const amsterdam = o.group[last][o.codes.indexOf('GM0363')];
		expect(await page.locator('[data-testid=overview-map] path[data-code=GM0363]').getAttribute('class')).toContain(`fill-${amsterdam}`);
		// No ARIA attributes on the paths themselves.
		const aria = await page.locator('[data-testid=overview-map] path[data-code]').evaluateAll((ps) => ps.filter((p) => [...p.attributes].some((a) => a.name.startsWith('aria-') || a.name === 'role')).length);
		expect(aria).toBe(0);
		await screenshot(page, 'overview-nojs', true);
	});

	it('hydrates sections late: below the fold when scrolled near, at once when the view changes', async () => {
		const page = await e2e.open('/', { width: 412, height: 823 });
		// The page's data is not in its HTML: it came as a file of its own, fetched once.
		const boot = await page.evaluate(() => [...document.scripts].find((s) => s.textContent?.includes('kit.start('))?.textContent ?? '');
		expect(boot, 'no bootstrap script').toContain('kit.start(');
		expect(boot).not.toContain('Appingedam');
		const starts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/overzicht/start.json').length);
		expect(starts, 'requests for the overview data').toBe(1);
		// Starting fetched no stylesheet: all the CSS a page starts with is inlined (a stylesheet
		// added while starting restyles the whole page; see src/lib/styles/messages.css).
		const css = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).pathname.endsWith('.css')));
		expect(css, 'stylesheets fetched while the page started').toEqual([]);
		// The page's modules are announced after its content, not in <head> (src/hooks.server.ts),
		// so they load side by side instead of as a chain, without delaying the first paint; each
		// one announced is one the page really uses.
		const pre = await page.evaluate(() => {
			const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
			const main = document.querySelector('main')!;
			const fetched = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
			return {
				inHead: links.filter((l) => document.head.contains(l)).length,
				afterContent: links.filter((l) => main.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING).length,
				paths: links.map((l) => new URL(l.href).pathname),
				unused: links.map((l) => new URL(l.href).pathname).filter((p) => !fetched.has(p))
			};
		});
		expect(pre.inHead, 'modulepreload links in <head>').toBe(0);
		expect(pre.afterContent, 'modulepreload links after the content').toBe(pre.paths.length);
		expect(pre.paths.filter((p) => /\/nodes\//.test(p)).length, 'the page and layout nodes announced').toBeGreaterThanOrEqual(2);
		expect(pre.unused, 'announced modules the page did not use').toEqual([]);
		// ... and every module an announced one imports statically is announced too (none waits
		// for its importer to arrive first; src/hooks.server.ts completes SvelteKit's list).
		const unannounced = await page.evaluate(async (paths) => {
			const listed = new Set(paths);
			const missing: string[] = [];
			for (const p of paths) {
				const code = await fetch(p).then((r) => r.text());
				for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
					const dep = new URL(m[1], new URL(p, location.href)).pathname;
					if (!listed.has(dep)) missing.push(`${dep} (imported by ${p})`);
				}
			}
			return [...new Set(missing)];
		}, pre.paths);
		expect(unannounced, 'modules imported statically by announced ones but not announced').toEqual([]);
		// A Dutch page loads the Dutch text only (src/lib/i18n/index.ts): no script it fetched
		// carries the English catalogue, one carries the Dutch. Nor does it load what only a
		// download or a recomputation needs (setup.ts CODE_MARKERS).
		const texts = await scriptsCarrying(page);
		expect(texts.nl, 'scripts carrying the Dutch text').toBeGreaterThan(0);
		expect(texts.en, 'scripts carrying the English text, on a Dutch page').toBe(0);
		expect(texts.papaparse, 'scripts carrying papaparse, before any download').toBe(0);
		expect(texts.engine, "scripts carrying the engine's SQL, before any recomputation").toBe(0);
		expect(texts.figureExport, 'scripts carrying the figure file writer, before any download').toBe(0);
		const state = (name: string) => page.locator(`[data-island]:has([aria-labelledby=${name}])`).getAttribute('data-island');
		// The movement chart is far below a phone's first screen: hydrated only when scrolled near.
		expect(await state('flow-h'), 'movement section hydrated before anyone scrolled to it').toBe('waiting');
		// Key figures only show: they stay as prerendered until the view changes.
		expect(await state('figures-h')).toBe('waiting');
		// So does the map, until a pointer comes over it: that first move hydrates it, and its
		// hover details follow the same pointer.
		expect(await state('map-h'), 'map hydrated before anyone reached for it').toBe('waiting');
		await page.locator('[data-testid=overview-map] path[data-code=GM0363]').hover();
		await page.getByTestId('map-tip').waitFor({ timeout: 30_000 }).catch(() => {
			throw new Error('step "hover details appear on the first move over the map" did not happen within 30 s');
		});
		expect(await state('map-h')).toBe('live');
		expect((await page.getByTestId('map-tip').textContent())?.trim(), 'hover details are empty').toBeTruthy();
		await page.mouse.move(0, 0);
		// Change the view (the time slider): the figures hydrate and follow.
		const o = await exp.overview(DEFAULT_METHODS.rogers);
		const slider = page.getByRole('slider');
		await slider.focus();
		await page.keyboard.press('Home');
		await page.waitForURL(/peildatum=2019-07-01/);
		await page.waitForFunction(() => document.querySelector('[data-island]:has(#figures-h)')?.getAttribute('data-island') === 'live', null, { timeout: 30_000 }).catch(() => {
			throw new Error('step "key figures hydrate after the view changed" did not happen within 30 s');
		});
		await waitIdle(page);
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(o.group[0]).kopgroep));
		// The movement section woke with the view change too, and shows the view asked for.
		await page.locator('#flow-h').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelector('[data-island]:has(#flow-h)')?.getAttribute('data-island') === 'live', null, { timeout: 30_000 }).catch(() => {
			throw new Error('step "movement section hydrates when scrolled to" did not happen within 30 s');
		});
		expect(page.errors).toEqual([]);
	});

	it('moves the time slider; figures follow; the URL records the peildatum', async () => {
		const page = await e2e.open('/');
		const o = await exp.overview(DEFAULT_METHODS.rogers);
		const slider = page.getByRole('slider');
		await slider.focus();
		await page.keyboard.press('Home');
		await waitIdle(page);
		await page.waitForURL(/peildatum=2019-07-01/);
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(o.group[0]).kopgroep));
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(/peildatum=2020-01-01/);
		await waitIdle(page);
		expect(await page.getByTestId('count-peloton').textContent()).toBe(String(groupCounts(o.group[1]).peloton));
		await screenshot(page, 'overview-slider-2020');
		expect(page.errors).toEqual([]);
	});

	it('redraws the map with the boundaries of each peildatum: 355, 352 and 342 municipalities', async () => {
		const page = await e2e.open('/');
		await revealDeferred(page);
		const o = await exp.overview(DEFAULT_METHODS.rogers);
		for (const [pd, n] of [
			['2020-07-01', 355],
			['2021-07-01', 352],
			['2022-01-01', 345],
			['2022-07-01', 344],
			['2023-01-01', 342]
		] as const) {
			await page.getByRole('slider').fill(String(o.peildata.indexOf(pd)));
			await page.waitForURL(new RegExp(`peildatum=${pd}`));
			await expect.poll(() => paths(page).count(), { timeout: 30_000, message: `map paths at ${pd}` }).toBe(n);
			await waitIdle(page);
			expect(await page.locator('[data-testid=score-table] tbody tr').count(), `table rows at ${pd}`).toBe(n);
		}
		expect(page.errors).toEqual([]);
	});

	it('switches grouping method from a prepared file, without the engine, and says so', async () => {
		const page = await e2e.open('/');
		const wasm: string[] = [];
		page.on('request', (r) => {
			if (/\.wasm$/.test(new URL(r.url()).pathname)) wasm.push(r.url());
		});
		await page.getByLabel('Natuurlijke grenzen (Ckmeans, k = 3)').check();
		await page.waitForURL(/methode=breuken/);
		await waitIdle(page);
		expect(await page.getByTestId('nondefault-notice').textContent()).toContain('Natuurlijke grenzen');
		const o = await exp.overview(DEFAULT_METHODS.breaks);
		const c = groupCounts(o.group[o.peildata.length - 1]);
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(c.kopgroep));
		expect(await page.getByTestId('count-achterhoede').textContent()).toBe(String(c.achterhoede));
		await page.locator('.map-col').scrollIntoViewIfNeeded();
		await screenshot(page, 'overview-method-breaks');
		expect(await axe(page)).toEqual([]);
		// Score on one priority only.
		await page.getByLabel('Score op GGU-prioriteit').selectOption('8');
		await waitIdle(page);
		const p8 = await exp.overview(DEFAULT_METHODS.breaks, 8);
		await expect.poll(() => page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(p8.group[p8.peildata.length - 1]).kopgroep));
		// Every default method and priority came from a prepared file: no engine was loaded.
		for (const label of ['Kwantielen (vaste aandelen)', 'Vaste grenzen', 'Gemiddelde ± standaardafwijking (Rogers, standaard)']) {
			await page.getByLabel(label).check();
			await waitIdle(page);
		}
		expect(wasm).toEqual([]);
		expect(page.foreign).toEqual([]);
		expect(page.errors).toEqual([]);
	});

	it('recomputes custom parameters with the engine and marks stale sections until it is done', async () => {
		const page = await e2e.open('/');
		// Hold the engine's download until the stale marks have been checked: a slow engine, on demand.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route(/\.wasm$/, async (route) => {
			await held;
			await route.continue();
		});
		const k = page.getByLabel('Aantal standaardafwijkingen');
		await k.fill('1.5');
		await k.press('Tab');
		await page.waitForURL(/k=1.5/);
		await expect.poll(() => page.locator('section[aria-busy=true]').count(), { message: 'sections marked busy while the engine loads' }).toBeGreaterThan(2);
		expect(await page.getByTestId('stale-note').first().isVisible()).toBe(true);
		release();
		await waitIdle(page);
		await expect.poll(() => page.locator('section[aria-busy=true]').count(), { timeout: 90_000 }).toBe(0);
		const o = await exp.overview({ kind: 'rogers', k: 1.5 });
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(o.group[o.peildata.length - 1]).kopgroep));
		// The engine's code came with the first recomputation (the start-up test checks it did not come before).
		expect((await scriptsCarrying(page)).engine, "scripts carrying the engine's SQL, after a recomputation").toBeGreaterThan(0);
		expect(page.errors).toEqual([]);
	});

	it('says how much of the engine has arrived while it downloads over a slow connection', async () => {
		const page = await e2e.open('/');
		// A slow connection for this page and its workers (the engine downloads in a Web Worker):
		// 1.5 MB/s, so the 4.9 MB brotli engine takes seconds, and its first 5 MB (counted as
		// they are unpacked) arrive well before the end.
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1_500_000, uploadThroughput: 750_000 });
		const k = page.getByLabel('Aantal standaardafwijkingen');
		await k.fill('1.5');
		await k.press('Tab');
		await page.waitForURL(/k=1.5/);
		const status = page.getByTestId('engine-status');
		// The status region names the engine's download in whole MB (live region: role=status).
		expect(await status.getAttribute('role')).toBe('status');
		await expect
			.poll(() => status.textContent(), { timeout: 60_000, message: "the engine's download progress in MB, in the status region" })
			.toMatch(/Rekenkern laden: \d+ (van \d+ MB|MB binnen)…/);
		const shown = (await status.textContent())!;
		const mb = Number(shown.match(/laden: (\d+)/)![1]);
		expect(mb % 5, `progress moves in steps of 5 MB: ${shown}`).toBe(0);
		expect(mb).toBeGreaterThan(0);
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
		await waitIdle(page);
		expect(await page.getByTestId('engine-loading').count(), 'progress message gone once the engine is ready').toBe(0);
		const o = await exp.overview({ kind: 'rogers', k: 1.5 });
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(o.group[o.peildata.length - 1]).kopgroep));
		expect(page.errors).toEqual([]);
	});

	it("shows history on today's map too; both views agree at the latest peildatum", async () => {
		const page = await e2e.open('/');
		await revealDeferred(page);
		const before = await page.getByTestId('figures').textContent();
		await page.getByTestId('division-huidig').check();
		await page.waitForURL(/indeling=huidig/);
		await waitIdle(page);
		expect(await page.getByTestId('figures').textContent()).toBe(before);
		await page.getByRole('slider').focus();
		await page.keyboard.press('Home');
		await waitIdle(page);
		// 2019: still 342 (today's municipalities, re-based), not 355.
		await expect.poll(() => paths(page).count()).toBe(342);
		expect(await page.locator('[data-testid=score-table] tbody tr').count()).toBe(342);
		const r = await exp.rebased();
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(r.group[0]).kopgroep));
	});

	it('is usable by keyboard: one tab stop, arrows move to neighbours, Enter opens', async () => {
		const page = await e2e.open('/');
		const buren = NEIGHBOURS;
		const frame = page.locator('[data-testid=overview-map] [role=application]');
		expect(await frame.getAttribute('tabindex')).toBe('0');
		await frame.focus();
		const status = page.locator('[data-testid=overview-map] [role=status]');
		await expect.poll(() => status.textContent()).toContain('Utrecht');
		await page.keyboard.press('ArrowLeft');
		const announced = (await status.textContent())!.split('.')[0];
		const code = exp.gemeenten.find((g) => g.gemeentenaam === announced)!.gemeentecode;
		expect(buren.GM0344.codes).toContain(code);
		await screenshot(page, 'overview-keyboard');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/gemeente\/GM\d{4}\/$/);
	});

	it('restores the exact view from a shared URL', async () => {
		const q = '?peildatum=2022-01-01&methode=kwantielen&kop=10&achter=20&kleur=score&provincie=PV27&gemeente=GM0363&sorteer=naam&richting=op';
		const page = await e2e.open(`/${q}`);
		await waitIdle(page);
		await revealDeferred(page);
		expect(new URL(page.url()).search).toBe(q);
		expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toBe('1 januari 2022');
		expect(await page.getByLabel('Kwantielen (vaste aandelen)').isChecked()).toBe(true);
		expect(await page.getByLabel('Provincie').inputValue()).toBe('PV27');
		const nh = existing('2022-01-01').filter((g) => g.provinciecode === 'PV27').length;
		expect(await page.locator('[data-testid=score-table] tbody tr').count()).toBe(nh);
		expect(await page.getByTestId('selected-card').textContent()).toContain('Amsterdam');
		// Sorted by name, ascending.
		const names = await page.locator('[data-testid=score-table] tbody th').allTextContents();
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
		// Filtered municipalities are dimmed on the map; score colours use the score ramp.
		expect(await page.locator('[data-testid=overview-map] path[data-code=GM0014]').getAttribute('class')).toContain('fill-dimmed');
		expect(await page.locator('[data-testid=overview-map] path[data-code=GM0363]').getAttribute('class')).toMatch(/fill-s\d/);
		const o = await exp.overview({ kind: 'quantiles', low: 0.2, high: 0.1 });
		const p = o.peildata.indexOf('2022-01-01');
		const inNh = o.codes.map((c, i) => (exp.gemeenten[i].provinciecode === 'PV27' && existsOn(exp.gemeenten[i], '2022-01-01') ? o.group[p][i] : undefined)).filter((g) => g !== undefined);
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(inNh).kopgroep));
		await page.locator('.map-col').scrollIntoViewIfNeeded();
		await screenshot(page, 'overview-shared-url');
		expect(await axe(page)).toEqual([]);
	});

	it('finds municipalities by everyday names and lists who moved between groups', async () => {
		const page = await e2e.open('/');
		await page.getByTestId('search-input').fill('den haag');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		expect(await page.getByTestId('selected-card').textContent()).toContain("'s-Gravenhage");
		await page.getByTestId('search-input').fill('sudwest');
		await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Súdwest-Fryslân');
		// Current and former names: a former one says what it is part of now, and selects that.
		await page.getByTestId('search-input').fill('Eemsdelta');
		await expect.poll(() => page.getByRole('option').first().textContent()).toBe('Eemsdelta');
		await page.getByTestId('search-input').fill('Appingedam');
		await expect.poll(() => page.getByRole('option').first().textContent()).toBe('Appingedam → nu Eemsdelta');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		expect(await page.getByTestId('selected-card').textContent()).toContain('Eemsdelta');
		expect(await page.getByTestId('selected-via').textContent()).toContain('Appingedam');
		// An empty result says so.
		await page.getByTestId('search-input').fill('Atlantis');
		await expect.poll(() => page.getByTestId('search-none').textContent()).toBe('Geen gemeente gevonden');

		const o = await exp.overview(DEFAULT_METHODS.rogers);
		const last = o.peildata.length - 1;
		const up = o.codes.filter((_, i) => o.group[0][i] === 'peloton' && o.group[last][i] === 'kopgroep');
		await revealDeferred(page);
		await page.getByRole('button', { name: /van Peloton naar Kopgroep/ }).click();
		const list = page.getByTestId('flow-list');
		expect(await list.locator('li').count()).toBe(up.length);
		await list.scrollIntoViewIfNeeded();
		await screenshot(page, 'overview-flow');
	});

	it('keeps the movement table readable on a 320 px phone: row heads stay, no cell reached by keyboard hides under them', async () => {
		const page = await e2e.open('/', { width: 320, height: 700 });
		await revealDeferred(page);
		const wrap = page.locator('.kfig-table:has(table.matrix)');
		await wrap.scrollIntoViewIfNeeded();
		// The matrix is wider than the phone and scrolls sideways; scrolled to its end, every row
		// head is still at the left edge of the scroll area.
		const { scrolls, left } = await wrap.evaluate((e) => {
			e.scrollLeft = e.scrollWidth;
			return { scrolls: e.scrollWidth > e.clientWidth, left: e.getBoundingClientRect().left };
		});
		expect(scrolls, 'the matrix scrolls sideways at 320 px').toBe(true);
		const heads = await page.locator('table.matrix th[scope=row]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().left));
		expect(heads.length).toBe(4);
		for (const h of heads) expect(Math.abs(h - left), 'row head at the left edge while scrolled').toBeLessThan(1);
		// By keyboard from the first count to the last: each one focused is visible beside the row
		// heads, not under them (WCAG 2.4.11).
		const cells = page.locator('table.matrix button.cell');
		const n = await cells.count();
		expect(n).toBeGreaterThan(4);
		await cells.first().focus();
		for (let i = 0; i < n; i++) {
			if (i > 0) await page.keyboard.press('Tab');
			const seen = await page.evaluate(() => {
				const btn = document.activeElement as HTMLElement;
				const head = btn.closest('tr')!.querySelector('th')!.getBoundingClientRect();
				const me = btn.getBoundingClientRect();
				const hit = document.elementFromPoint(me.left + me.width / 2, me.top + me.height / 2);
				return { cell: btn.classList.contains('cell'), text: btn.textContent, clear: me.left >= head.right - 1 && (hit === btn || btn.contains(hit)) };
			});
			expect(seen.cell, `Tab ${i} stays in the matrix`).toBe(true);
			expect(seen.clear, `count ${seen.text} (Tab ${i}) is visible beside its row head`).toBe(true);
		}
		await screenshot(page, 'overview-matrix-320');
	});

	it('stands its four key figures one, two or four to a row, never three and a lonely fourth', async () => {
		// 320: one per row; 390 and 768 (where three 13rem cards would fit): two by two; 1280: four.
		for (const [width, perRow] of [[320, [1, 1, 1, 1]], [390, [2, 2]], [768, [2, 2]], [1280, [4]]] as const) {
			const page = await e2e.open('/', { width, height: 900, javaScriptEnabled: false });
			const tops = await page.getByTestId('figures').evaluate((el) => [...el.children].map((c) => Math.round(c.getBoundingClientRect().top)));
			expect(tops, `four key figures at ${width} px`).toHaveLength(4);
			const rows = [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
			expect(rows, `cards per row at ${width} px`).toEqual([...perRow]);
			await page.close();
		}
	});

	it('downloads exactly the table shown, in two CSV dialects', async () => {
		const page = await e2e.open('/?provincie=PV26');
		await revealDeferred(page);
		const n = exp.gemeenten.filter((g) => g.provinciecode === 'PV26').length;
		const { text } = await download(page, page.getByTestId('download-csv'));
		// Note lines first (source, licence, the synthetic label), an empty line, then the table.
		const [notes, table] = text.split('\r\n\r\n');
		expect(notes).toContain('CC-BY 4.0');
		expect(notes).toContain('Synthetische voorbeelddata');
		const lines = table.trim().split('\r\n');
		expect(lines[0]).toBe('gemeentecode,gemeentenaam,provincienaam,inwoners,score,rang,percentiel,groep,verandering,peildatum,methode');
		expect(lines).toHaveLength(n + 1);
		expect(lines.slice(1).every((l) => l.includes(',Utrecht,'))).toBe(true);
		const { text: xtext } = await download(page, page.getByTestId('download-excel'));
		expect(xtext.charCodeAt(0)).toBe(0xfeff);
		expect(xtext.split('\r\n\r\n')[1].split('\r\n')[0]).toContain('gemeentecode;gemeentenaam;');
		expect(xtext).toMatch(/;\d+,\d;/); // decimal comma
	});

	it('has no axe violations, in Dutch and English', async () => {
		for (const path of ['/', '/en/']) {
			const page = await e2e.open(path);
			expect(await axe(page), path).toEqual([]);
		}
	});
});
