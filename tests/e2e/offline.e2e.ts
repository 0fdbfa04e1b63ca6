// Offline use and compressed delivery: the ambassador's flow (open a municipality page from a link,
// save, go offline, open other municipalities in both languages, the overview, comparison and
// method pages, recompute), what a visitor who never saved gets offline (the first page kept, the
// offline page for the rest, also on in-app navigation), the update notice of a new build, and
// the engine served precompressed. Every wait names its step; budgets allow a busy 2-core machine.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { groupCounts } from '../../src/lib/maturity/overview';
import { expected, type Expected } from './expected';
import { serveBuild } from './serve';
import { axe, revealDeferred, screenshot, useE2E } from './setup';

const e2e = useE2E();
let exp: Expected;
beforeAll(async () => {
	exp = await expected();
});
afterAll(async () => exp?.close());

/** Run one step; a failure (a timeout too) says which step it was. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (e) {
		throw new Error(`step "${name}" failed: ${e instanceof Error ? e.message : String(e)}`);
	}
}

const url = (p: string) => new URL(p.replace(/^\//, ''), e2e.server.url).href;

async function controlled(page: Page): Promise<void> {
	await step('service worker controls the page', () => page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 90_000 }));
}

/** Go to a page and wait until it is the site (hydrated), never a browser error page. */
async function visit(page: Page, path: string, name: string): Promise<number> {
	return step(`open ${path} (${name})`, async () => {
		const res = await page.goto(url(path), { waitUntil: 'load', timeout: 60_000 });
		expect(res, 'a response from the site').not.toBeNull();
		expect(page.url()).not.toMatch(/^chrome-error:/);
		await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
		await page.locator('.site-header').waitFor({ timeout: 10_000 });
		return res!.status();
	});
}

const waitIdle = (page: Page, name: string) =>
	step(name, () => page.waitForFunction(() => document.querySelector('[data-testid=engine-status]')?.getAttribute('data-busy') === 'false', null, { timeout: 120_000 }));

describe('offline use', () => {
	it('the ambassador saves on a municipality page, then every page works offline, recomputing included', { timeout: 600_000 }, async () => {
		const page = await e2e.open('/gemeente/GM1900/');
		const context: BrowserContext = page.context();
		await controlled(page);
		const save = page.getByTestId('offline-save-inline');
		await step('press save', () => save.getByTestId('offline-save').click());
		const report = save.getByTestId('offline-report');
		await step('the save reports after checking the cache', () => report.waitFor({ timeout: 420_000 }));
		const files = Number(await report.getAttribute('data-files'));
		const bytes = Number(await report.getAttribute('data-bytes'));
		console.log(`offline save: ${files} files, ${(bytes / 1e6).toFixed(1)} MB stored; ${await report.textContent()}`);
		expect(await report.getAttribute('data-missing')).toBe('0');
		// 360 municipalities × 2 languages of page data, 2 × 360 prepared files, 80 overview files, engine, data.
		expect(files).toBeGreaterThan(360 * 4 + 80);
		expect(bytes).toBeGreaterThan(40e6);
		expect(await save.textContent()).toMatch(/Bewaard en gecontroleerd: [\d.]+ bestanden, [\d,]+\u00a0MB/);
		expect(await report.getByTestId('offline-estimate').textContent()).toMatch(/gebruikt/);
		await save.scrollIntoViewIfNeeded();
		await screenshot(page, 'offline-save-report-1280');
		await page.setViewportSize({ width: 390, height: 844 });
		await save.scrollIntoViewIfNeeded();
		await screenshot(page, 'offline-save-report-390');
		await page.setViewportSize({ width: 1280, height: 900 });

		await context.setOffline(true);
		const wasm: string[] = [];
		page.on('request', (r) => {
			if (/\.wasm$/.test(r.url())) wasm.push(r.url());
		});
		await step('reload offline', async () => {
			await page.reload({ waitUntil: 'load' });
			await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
		});
		expect(await page.locator('h1').first().textContent()).toContain('Súdwest-Fryslân');
		// Another municipality, never visited: the app shell renders it from the saved page data.
		expect(await visit(page, '/gemeente/GM0014/', 'another municipality')).toBe(200);
		await step('Groningen rendered offline', () => page.locator('h1', { hasText: 'Groningen' }).waitFor({ timeout: 30_000 }));
		expect(await page.getByTestId('gm-score').textContent()).toMatch(/\d/);
		// Rendered in the browser, not hydrated: the late-hydrating sections render at once too.
		expect(await page.locator('#why-h').textContent()).toBeTruthy();
		expect(await page.locator('[data-island]').count()).toBe(0);
		await visit(page, '/en/gemeente/GM0014/', 'its English page');
		await step('English page rendered offline', () => page.locator('h1', { hasText: 'Groningen' }).waitFor({ timeout: 30_000 }));
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await page.getByTestId('offline-message').count()).toBe(0);
		// In-app navigation between saved municipality pages (SvelteKit fetches __data.json).
		await step('in-app navigation to the Dutch page', async () => {
			await page.locator('a.lang').click();
			await page.waitForURL(/\/gemeente\/GM0014\/$/, { timeout: 30_000 });
			await page.locator('h1', { hasText: 'Groningen' }).waitFor({ timeout: 30_000 });
		});
		expect(await page.getByTestId('offline-message').count()).toBe(0);

		await visit(page, '/', 'the overview');
		expect(Number(await page.getByTestId('count-kopgroep').textContent())).toBeGreaterThan(0);
		await visit(page, '/vergelijk/?gemeenten=GM0014,GM1900,GM0363', 'the comparison');
		await step('comparison shows the three municipalities', () =>
			page.waitForFunction(() => ['Groningen', 'Súdwest-Fryslân', 'Amsterdam'].every((n) => document.querySelector('main')?.textContent?.includes(n)), null, { timeout: 30_000 })
		);
		await visit(page, '/methode/', 'the method page');
		await visit(page, '/en/', 'the English overview');
		await visit(page, '/data/', 'the data page');

		// Recompute offline: a custom method parameter needs the engine (from the saved cache).
		await visit(page, '/?methode=rogers&k=1.5', 'the overview with a custom parameter');
		await waitIdle(page, 'engine recomputes k = 1.5 offline');
		await step('no section stale after the offline recomputation', () =>
			expect.poll(() => page.locator('section[aria-busy=true]').count(), { timeout: 60_000 }).toBe(0)
		);
		const o = await exp.overview({ ...DEFAULT_METHODS.rogers, k: 1.5 });
		expect(await page.getByTestId('count-kopgroep').textContent()).toBe(String(groupCounts(o.group[o.peildata.length - 1]).kopgroep));
		expect(wasm.length, 'the engine was loaded (from the saved cache)').toBeGreaterThan(0);

		// An address that is not stored: the offline page, with status 503, in the site's style.
		expect(await visit(page, '/gemeente/GM9999/', 'an unknown municipality')).toBe(503);
		expect(await page.getByTestId('offline-message').textContent()).toContain('Niet beschikbaar zonder internet');
		expect(page.foreign).toEqual([]);
		expect(page.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
	});

	it('without saving: the first page is kept, other pages get the offline page, also on in-app navigation', { timeout: 300_000 }, async () => {
		const page = await e2e.open('/gemeente/GM0363/');
		const context = page.context();
		await controlled(page);
		await step('the first page visited is kept', () =>
			page.waitForFunction(async () => !!(await caches.match(location.pathname, { ignoreSearch: true })), null, { timeout: 60_000, polling: 250 })
		);
		await context.setOffline(true);
		await step('reload the first page offline', async () => {
			await page.reload({ waitUntil: 'load' });
			await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
		});
		expect(await page.locator('h1').first().textContent()).toContain('Amsterdam');

		expect(await visit(page, '/gemeente/GM0014/', 'a page that was not kept')).toBe(503);
		const msg = page.getByTestId('offline-message');
		expect(await msg.locator('h1').textContent()).toBe('Niet beschikbaar zonder internet');
		expect(await axe(page)).toEqual([]);
		await screenshot(page, 'offline-page-nl-1280', true);
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await screenshot(page, 'offline-page-nl-390', true);
		expect(await visit(page, '/en/gemeente/GM0014/', 'its English page, not kept')).toBe(503);
		expect(await msg.locator('h1').textContent()).toBe('Not available without internet');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await screenshot(page, 'offline-page-en-390', true);
		await page.setViewportSize({ width: 1280, height: 900 });
		await screenshot(page, 'offline-page-en-1280', true);

		// The main pages were precached on the first visit.
		for (const p of ['/', '/vergelijk/', '/methode/', '/methode/controle/', '/data/', '/en/', '/en/vergelijk/', '/en/methode/', '/en/data/']) {
			expect(await visit(page, p, 'a main page, precached'), p).toBe(200);
			expect(await page.getByTestId('offline-message').count(), p).toBe(0);
		}

		// In-app navigation to a page whose data is not stored: the offline message, not a bare 500.
		await visit(page, '/', 'the overview');
		await revealDeferred(page);
		await step('click a municipality link in the overview table', async () => {
			await page.locator('[data-testid=score-table] a[href$="/gemeente/GM0014/"]').first().click();
			await page.getByTestId('offline-message').waitFor({ timeout: 30_000 });
		});
		expect(await page.locator('main').textContent()).not.toContain('Internal Error');
		expect(await page.locator('.site-header').count()).toBe(1);
		await screenshot(page, 'offline-inapp-nl-1280');
		expect(page.foreign).toEqual([]);
	});

	it('a new build waits behind a notice; "Nieuwe gegevens: herladen" activates it and reloads', { timeout: 300_000 }, async () => {
		let changed = false;
		// The same build with a changed worker script: what a browser sees after a deploy.
		const server = await serveBuild(0, process.env.BASE_PATH ?? '', undefined, {
			intercept: (req, res) => {
				if (!changed || !req.url?.endsWith('/service-worker.js')) return false;
				res.setHeader('content-type', 'text/javascript');
				res.end(readFileSync(new URL('../../build/service-worker.js', import.meta.url)).toString() + '\n// a new build\n');
				return true;
			}
		});
		const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const page = await context.newPage();
			const at = (p: string) => new URL(p.replace(/^\//, ''), server.url).href;
			await page.goto(at('/'), { waitUntil: 'load' });
			await controlled(page);
			expect(await page.getByTestId('update-notice').count()).toBe(0);
			changed = true;
			await step('reload finds the new worker and shows the notice', async () => {
				await page.reload({ waitUntil: 'load' });
				await page.getByTestId('update-notice').waitFor({ timeout: 90_000 });
			});
			const notice = page.getByTestId('update-notice');
			expect(await notice.getByRole('button').textContent()).toBe('Nieuwe gegevens: herladen');
			await screenshot(page, 'update-notice-nl-1280');
			await page.setViewportSize({ width: 390, height: 844 });
			await screenshot(page, 'update-notice-nl-390');
			await step('the English page shows it too', async () => {
				await page.goto(at('/en/'), { waitUntil: 'load' });
				await page.getByTestId('update-notice').waitFor({ timeout: 60_000 });
			});
			expect(await notice.getByRole('button').textContent()).toBe('New data: reload');
			await screenshot(page, 'update-notice-en-390');
			await page.setViewportSize({ width: 1280, height: 900 });
			await screenshot(page, 'update-notice-en-1280');
			expect(await axe(page)).toEqual([]);
			const before = await page.evaluate(() => performance.timeOrigin);
			await step('the button activates the new worker and reloads', async () => {
				await notice.getByRole('button').click();
				await page.waitForFunction((t) => performance.timeOrigin !== t, before, { timeout: 60_000 }).catch(async () => {
					// The reload replaced the document under the wait: read again in the new one.
					await page.waitForLoadState('load');
				});
				await page.waitForSelector('html[data-hydrated]', { timeout: 60_000 });
			});
			expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(before);
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
			expect(await page.getByTestId('update-notice').count()).toBe(0);
		} finally {
			await context.close();
			await server.close();
		}
	});
});

describe('compressed delivery', () => {
	const get = (path: string, encoding: string) =>
		new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
			http
				.get(url(path), { headers: { 'accept-encoding': encoding } }, (res) => {
					let bytes = 0;
					res.on('data', (c: Buffer) => (bytes += c.length));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
				})
				.on('error', reject);
		});

	it('serves the engine as application/wasm with Content-Encoding br or gzip, and pages compressed', async () => {
		const name = readdirSync(new URL('../../build/_app/immutable/assets/', import.meta.url)).find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
		expect(name, 'the eh engine in the build').toBeTruthy();
		const eh = `/_app/immutable/assets/${name}`;
		const br = await get(eh, 'gzip, deflate, br');
		expect(br.status).toBe(200);
		expect(br.headers['content-type']).toBe('application/wasm');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toMatch(/accept-encoding/i);
		expect(br.bytes).toBeLessThan(10e6);
		const gz = await get(eh, 'gzip');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.headers['content-type']).toBe('application/wasm');
		const plain = await get(eh, 'identity');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.bytes).toBeGreaterThan(30e6);
		console.log(`engine as served: ${(br.bytes / 1e6).toFixed(2)} MB brotli, ${(gz.bytes / 1e6).toFixed(2)} MB gzip, ${(plain.bytes / 1e6).toFixed(2)} MB plain`);
		for (const p of ['/gemeente/GM0363/', '/gemeente/GM0363/__data.json', '/api/overzicht/rogers-alle-peildatum.json']) {
			const r = await get(p, 'br');
			expect(r.headers['content-encoding'], p).toBe('br');
			expect(r.headers['content-type'], p).toMatch(p.endsWith('/') ? /text\/html/ : /application\/json/);
		}
	});
});
