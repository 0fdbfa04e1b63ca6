// Shared e2e plumbing: one server and one browser per test file, page helpers, screenshots,
// and an axe-core run (injected from the axe-core package, no network).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser';
import { serveBuild, type Served } from './serve';

export const RESULTS = path.resolve(import.meta.dirname, '../../test-results');
mkdirSync(RESULTS, { recursive: true });

export interface E2E {
	server: Served;
	browser: Browser;
	/**
	 * A fresh context and page; records console errors and requests to other hosts. `initScript`:
	 * code the page runs before any of its own (Playwright's addInitScript).
	 */
	open(urlPath: string, opts?: { javaScriptEnabled?: boolean; width?: number; height?: number; initScript?: string }): Promise<Page & { errors: string[]; foreign: string[] }>;
}

export function useE2E(): E2E {
	const ctx = {} as E2E;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		ctx.server = await serveBuild();
		ctx.browser = await launchBrowser();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close().catch(() => {});
		await ctx.browser?.close();
		await ctx.server?.close();
	});
	ctx.open = async (urlPath, opts = {}) => {
		const context = await ctx.browser.newContext({
			javaScriptEnabled: opts.javaScriptEnabled ?? true,
			viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }
		});
		contexts.push(context);
		const page = (await context.newPage()) as Page & { errors: string[]; foreign: string[] };
		page.errors = [];
		page.foreign = [];
		const origin = new URL(ctx.server.url).origin;
		page.on('console', (m) => {
			if (m.type() === 'error') page.errors.push(m.text());
		});
		page.on('pageerror', (e) => page.errors.push(e.message));
		if (opts.initScript) await page.addInitScript(opts.initScript);
		page.on('request', (r) => {
			const u = r.url();
			if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.foreign.push(u);
		});
		await page.goto(new URL(urlPath.replace(/^\//, ''), ctx.server.url).href, { waitUntil: 'load' });
		// Pages that hydrate mark <html data-hydrated>; 404.html and the embeds have no JavaScript on
		// purpose. A page hydrates when it carries SvelteKit's bootstrap script (kit.start).
		const hydrates = opts.javaScriptEnabled !== false && (await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('kit.start('))));
		if (hydrates) {
			await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 });
		}
		return page;
	};
	return ctx;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
	const file = path.join(RESULTS, `${name}.png`);
	await page.screenshot({ path: file, fullPage });
	return file;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol: the site's CSP (rightly) blocks inline scripts.
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
		const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
		return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
	});
}

/** A CSV download split into its note lines (source, licence, labels) and the table below the empty line. */
export function csvParts(text: string): { notes: string[]; table: string[] } {
	const body = text.replace(/^\uFEFF/, '');
	const gap = body.indexOf('\r\n\r\n');
	return { notes: gap < 0 ? [] : body.slice(0, gap).split('\r\n'), table: body.slice(gap < 0 ? 0 : gap + 4).trimEnd().split('\r\n') };
}

/** Click something that starts a download; returns the suggested file name and the bytes. */
export async function download(page: Page, trigger: import('playwright-core').Locator): Promise<{ name: string; bytes: Buffer; text: string }> {
	const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
	const bytes = readFileSync((await dl.path())!);
	return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/**
 * Render what a page defers until it comes near the viewport (components/Deferred.svelte: the
 * overview's distribution, movement and table), by scrolling to each in turn, as a reader would.
 */
export async function revealDeferred(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					document.querySelector('[data-deferred=waiting]')?.scrollIntoView();
					return document.querySelectorAll('[data-deferred=waiting]').length;
				}),
			{ timeout: 30_000, message: 'deferred sections render once scrolled to' }
		)
		.toBe(0);
}

/**
 * Text that marks code a page must not load while it starts (checked in the scripts it fetched):
 * the Dutch and English UI text (one catalogue per page), papaparse (the CSV writer loads on the
 * first download), the engine's SQL (src/lib/maturity/session.svelte.ts: it loads on the first
 * recomputation) and the figure file writer (on the first SVG/PNG download).
 */
export const CODE_MARKERS = {
	nl: 'geen echte metingen',
	en: 'not real measurements',
	papaparse: 'Unable to auto-detect delimiting character',
	engine: 'Bad SQL identifier',
	figureExport: 'PNG encoding failed'
} as const;

/** How many of the scripts the page has fetched so far carry each of CODE_MARKERS. */
export function scriptsCarrying(page: Page): Promise<Record<keyof typeof CODE_MARKERS, number>> {
	return page.evaluate(async (markers) => {
		const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => new URL(u).pathname.endsWith('.js'));
		const bodies = await Promise.all(urls.map((u) => fetch(u).then((r) => r.text())));
		return Object.fromEntries(Object.entries(markers).map(([k, m]) => [k, bodies.filter((b) => b.includes(m)).length])) as Record<keyof typeof markers, number>;
	}, CODE_MARKERS);
}
