// Benchmarks (npm run bench). Prints numbers, asserts nothing. Results also go to
// tests/bench/results/latest.json (git-ignored); the figures in tests/bench/README.md come from here.
//
//  1. Site: cold first paint, hydration and page weight of / and a municipality page; time-slider
//     step; method switches (prepared files); a custom parameter (DuckDB-wasm load + regroup).
//  1b. Slow 4G (150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown via CDP): cold loads of / and
//     /gemeente/GM0363/ (FCP, LCP, bytes on the wire), time to a result with a custom method
//     parameter (?methode=rogers&k=1.5), and the engine's bytes as served (br, gzip, plain).
//  2. Engine (harness, the site's own engine modules): navigation → DuckDB ready, load and first
//     result for the example data as Arrow and as CSV, p50/p95 regroup per method.
//  3. Scale: a generated 342 × 500 × 30 = 5.13 million row adoption table as Arrow, loaded and
//     regrouped in the browser, with memory.
//  First of all: first paint vs the limit page (issue 12; tests/bench/firstpaint.ts). BENCH_ONLY=firstpaint
//  runs only that; BENCH_ONLY=slow4g only section 1b.
//  runs only that part.
import { execFileSync, execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Dictionary, Float64, Int16, Int32, Int8, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { build as viteBuild } from 'vite';
import { launchBrowser } from '../e2e/browser';
import { readSourceText } from '../../data/pipeline/sources';
import { printFirstPaint, runFirstPaint, throttleLikeAPhone } from './firstpaint';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(ROOT, 'tests/bench/results');
const DATA = path.join(RESULTS, 'data');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

function log(...a: unknown[]) {
	console.log(...a);
}
const ms = (x: number) => `${Math.round(x)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}
const median = (xs: number[]) => pct(xs, 0.5);

// ---- data for the harness ----------------------------------------------------------------------
function exampleData(): void {
	const dir = path.join(DATA, 'example');
	mkdirSync(dir, { recursive: true });
	for (const n of ['gemeenten', 'standaarden', 'adoptie']) {
		for (const ext of ['arrow', 'csv']) copyFileSync(path.join(ROOT, 'static/generated/data', `${n}.${ext}`), path.join(dir, `${n}.${ext}`));
	}
}

function dictVector(indices: Int8Array | Int16Array, dictionary: string[]): Vector {
	const idxType = indices instanceof Int8Array ? new Int8() : new Int16();
	return makeVector(
		makeData({ type: new Dictionary(new Utf8(), idxType), offset: 0, length: indices.length, nullCount: 0, data: indices, dictionary: vectorFromArray(dictionary, new Utf8()) })
	);
}

/** 342 municipalities (the 2026 codes) × 500 products × 30 half-yearly peildata, as Arrow IPC. */
async function scaleData(): Promise<{ rows: number }> {
	const dir = path.join(DATA, 'scale');
	const marker = path.join(dir, 'adoptie.arrow');
	const topo = JSON.parse(await readSourceText('gemeente_2026.topojson'));
	const codes: string[] = topo.objects.gemeente_2026.geometries.map((g: { properties: { statcode: string } }) => g.properties.statcode).sort();
	const names: string[] = codes.map((c) => topo.objects.gemeente_2026.geometries.find((g: { properties: { statcode: string } }) => g.properties.statcode === c).properties.statnaam);
	const P = 500;
	const T = 30;
	const rows = codes.length * P * T;
	if (existsSync(marker)) return { rows };
	mkdirSync(dir, { recursive: true });
	const peildata = Array.from({ length: T }, (_, t) => `${2012 + Math.floor(t / 2)}-${t % 2 ? '07' : '01'}-01`);
	const ids = Array.from({ length: P }, (_, s) => `product-${String(s + 1).padStart(3, '0')}`);
	const gem = new Table({
		gemeentecode: vectorFromArray(codes, new Utf8()),
		gemeentenaam: vectorFromArray(names, new Utf8()),
		provinciecode: vectorFromArray(codes.map(() => 'PV20'), new Utf8()),
		provincienaam: vectorFromArray(codes.map(() => 'benchmark'), new Utf8()),
		inwoners: vectorFromArray(codes.map(() => null), new Int32()),
		grootteklasse: vectorFromArray(codes.map(() => null), new Utf8()),
		oppervlakte_km2: vectorFromArray(codes.map(() => null), new Float64())
	});
	const std = new Table({
		standaard_id: vectorFromArray(ids, new Utf8()),
		naam: vectorFromArray(ids, new Utf8()),
		prioriteit: vectorFromArray(ids.map((_, s) => (s % 9) + 1), new Int32()),
		soort: vectorFromArray(ids.map((_, s) => ['structureel', 'programma', 'project'][s % 3]), new Utf8()),
		gewicht: vectorFromArray(ids.map((_, s) => (s % 5 === 0 ? 2 : 1)), new Float64()),
		beschikbaar_sinds: vectorFromArray(ids.map(() => '2011-01-01'), new Utf8()),
		omschrijving: vectorFromArray(ids.map(() => null), new Utf8()),
		url: vectorFromArray(ids.map(() => null), new Utf8())
	});
	const pd = new Int8Array(rows);
	const gc = new Int16Array(rows);
	const sd = new Int16Array(rows);
	const st = new Int8Array(rows);
	const br = new Int8Array(rows);
	let k = 0;
	for (let t = 0; t < T; t++) {
		for (let g = 0; g < codes.length; g++) {
			for (let s = 0; s < P; s++) {
				pd[k] = t;
				gc[k] = g;
				sd[k] = s;
				// A deterministic readiness that rises over time, differs per municipality and product.
				const x = t / T + ((g * 37 + s * 11) % 100) / 100 - 0.7;
				st[k] = x > 0.45 ? 3 : x > 0.25 ? 2 : x > 0.1 ? 1 : 0;
				k++;
			}
		}
	}
	const adoptie = new Table({
		peildatum: dictVector(pd, peildata),
		gemeentecode: dictVector(gc, codes),
		standaard_id: dictVector(sd, ids),
		status: dictVector(st, ['niet_gestart', 'gepland', 'in_implementatie', 'in_gebruik']),
		bron: dictVector(br, ['benchmark']),
		// The optional explanation column of the contract: empty throughout.
		toelichting: vectorFromArray(new Array<string | null>(rows).fill(null), new Utf8())
	});
	writeFileSync(path.join(dir, 'gemeenten.arrow'), tableToIPC(gem, 'stream'));
	writeFileSync(path.join(dir, 'standaarden.arrow'), tableToIPC(std, 'stream'));
	writeFileSync(marker, tableToIPC(adoptie, 'stream'));
	return { rows };
}

// ---- server: the site (build/), the harness and the bench data ----------------------------------
function serve(): Promise<{ url: string; close: () => void }> {
	// Like npm run preview: the build's precompressed copies when the browser accepts them.
	const site = sirv(path.join(ROOT, 'build'), { dev: false, brotli: true, gzip: true });
	// The harness and the bench data exist once built/generated (not for BENCH_ONLY=slow4g).
	const dir = (d: string) => (existsSync(d) ? sirv(d, { dev: false }) : (_req: http.IncomingMessage, res: http.ServerResponse) => ((res.statusCode = 404), res.end()));
	const harness = dir(path.join(RESULTS, 'harness'));
	const data = dir(DATA);
	const server = http.createServer((req, res) => {
		const url = req.url ?? '/';
		const notFound = () => {
			res.statusCode = 404;
			res.end();
		};
		if (url.startsWith('/harness/')) {
			req.url = url.slice('/harness'.length);
			return harness(req, res, notFound);
		}
		if (url.startsWith('/data/')) {
			req.url = url.slice('/data'.length);
			return data(req, res, notFound);
		}
		site(req, res, notFound);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() })));
}

/** Resident memory of all Chromium processes (browser, renderers, GPU/utility), in bytes. */
function chromiumRss(): number {
	const out = execSync('ps -eo rss,args', { encoding: 'utf8' });
	return out
		.split('\n')
		.filter((l) => /\/chromium\/|\/chromium /.test(l) && !/\bps\b/.test(l))
		.reduce((a, l) => a + Number(l.trim().split(/\s+/)[0]) * 1024, 0);
}

async function paintTimes(page: Page) {
	return page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
		const hydrated = performance.getEntriesByName('ggu-hydrated')[0]?.startTime ?? null;
		return { ttfb: nav.responseStart, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp, hydrated };
	});
}

// ---- slow 4G profile ------------------------------------------------------------------------------
interface Slow4g {
	pages: Record<string, { fcp: number; lcp: number; hydrated: number; bytes: number; requests: number }>;
	custom: { resultMs: number; engineLoadMs: number | null; bytes: number };
	precacheBytes: number;
	precacheRequests: number;
	engine: { br: number; gzip: number; plain: number };
}

/** A cold context with the page throttled like a phone on slow 4G (throttleLikeAPhone); counts bytes on the wire (CDP encodedDataLength). Service
 * workers are blocked: their requests would bypass the page's throttling (the first visit's
 * precache runs after load; it is measured on its own below). */
async function throttledPage(browser: Browser) {
	const ctx = await browser.newContext({ serviceWorkers: 'block' });
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await throttleLikeAPhone(cdp);
	const wire = { bytes: 0, requests: 0 };
	cdp.on('Network.loadingFinished', (e) => {
		wire.bytes += e.encodedDataLength;
		wire.requests++;
	});
	// Record LCP from the start (the entry is final once the page is idle and nothing is clicked).
	await page.addInitScript(() => {
		const w = window as unknown as { __lcp: number };
		w.__lcp = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__lcp = e.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	});
	return { ctx, page, wire };
}

function bytesServed(url: string, encoding: string): Promise<number> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
				let n = 0;
				res.on('data', (c: Buffer) => (n += c.length));
				res.on('end', () => resolve(n));
			})
			.on('error', reject);
	});
}

async function slow4g(browser: Browser, srv: { url: string }): Promise<Slow4g> {
	const pages: Slow4g['pages'] = {};
	for (const p of ['/', '/gemeente/GM0363/']) {
		const runs: Slow4g['pages'][string][] = [];
		for (let i = 0; i < 3; i++) {
			const { ctx, page, wire } = await throttledPage(browser);
			await page.goto(srv.url + p, { waitUntil: 'load', timeout: 300_000 });
			await page.waitForSelector('html[data-hydrated]', { timeout: 300_000 });
			await page.waitForLoadState('networkidle', { timeout: 300_000 });
			const t = (await page.evaluate(
				`({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, lcp: window.__lcp, hydrated: performance.getEntriesByName('ggu-hydrated')[0]?.startTime ?? NaN })`
			)) as { fcp: number; lcp: number; hydrated: number };
			runs.push({ ...t, bytes: wire.bytes, requests: wire.requests });
			await ctx.close();
		}
		const m = (k: keyof Slow4g['pages'][string]) => median(runs.map((r) => r[k]));
		pages[p] = { fcp: m('fcp'), lcp: m('lcp'), hydrated: m('hydrated'), bytes: m('bytes'), requests: m('requests') };
	}
	// Time to a result with a custom method parameter: the engine loads over the slow link.
	const { ctx, page, wire } = await throttledPage(browser);
	await page.goto(`${srv.url}/?methode=rogers&k=1.5`, { waitUntil: 'load', timeout: 300_000 });
	const resultMs = (await (
		await page.waitForFunction(
			() =>
				document.documentElement.dataset.hydrated === 'true' &&
				document.querySelector('[data-testid=engine-status]')?.getAttribute('data-busy') === 'false' &&
				!document.querySelector('section[aria-busy=true]') &&
				performance.getEntriesByName('ggu-engine-ready').length > 0 &&
				performance.now(),
			null,
			{ timeout: 600_000, polling: 100 }
		)
	).jsonValue()) as number;
	const engineLoadMs = (await page.evaluate(
		`(() => { const a = performance.getEntriesByName('ggu-engine-start')[0], b = performance.getEntriesByName('ggu-engine-ready')[0]; return a && b ? b.startTime - a.startTime : null; })()`
	)) as number | null;
	const custom = { resultMs, engineLoadMs, bytes: wire.bytes };
	await ctx.close();
	// The service worker's first-visit precache, on its own (unthrottled): bytes the server sent.
	const pre = await browser.newContext();
	const prePage = await pre.newPage();
	const swWire = { bytes: 0, requests: 0 };
	pre.on('requestfinished', async (r) => {
		if (!r.serviceWorker()) return;
		const sizes = await r.sizes().catch(() => null);
		swWire.bytes += (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0);
		swWire.requests++;
	});
	await prePage.goto(srv.url + '/', { waitUntil: 'load' });
	// The worker activates after its precache (it claims no page on a first visit): wait for that.
	// Best effort: a worker that does not activate within a minute leaves the figure at what arrived.
	await prePage
		.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 60_000))]))
		.catch(() => false);
	await pre.close();
	const name = readdirSync(path.join(ROOT, 'build/_app/immutable/assets')).find((f) => /^duckdb-eh\..*\.wasm$/.test(f))!;
	const wasmUrl = `${srv.url}/_app/immutable/assets/${name}`;
	const engine = { br: await bytesServed(wasmUrl, 'br'), gzip: await bytesServed(wasmUrl, 'gzip'), plain: await bytesServed(wasmUrl, 'identity') };
	return { pages, custom, precacheBytes: swWire.bytes, precacheRequests: swWire.requests, engine };
}

function printSlow4g(s4: Slow4g): void {
	log('\n== Slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU slowdown; cold, median of 3) ==');
	for (const p of ['/', '/gemeente/GM0363/']) {
		const r = s4.pages[p];
		log(`${p.padEnd(20)} FCP ${ms(r.fcp)} · LCP ${ms(r.lcp)} · hydrated ${ms(r.hydrated)} · on the wire ${(r.bytes / 1024).toFixed(0)} KB (${r.requests} requests)`);
	}
	log(`/?methode=rogers&k=1.5 → result: ${ms(s4.custom.resultMs)} after navigation (engine load ${ms(s4.custom.engineLoadMs ?? NaN)}) · on the wire ${mb(s4.custom.bytes)}`);
	log(`service worker's first-visit precache (after load, not throttled here): ${(s4.precacheBytes / 1024).toFixed(0)} KB on the wire, ${s4.precacheRequests} requests`);
	log(`engine as served (duckdb-eh.wasm): brotli ${mb(s4.engine.br)} · gzip ${mb(s4.engine.gzip)} · plain ${mb(s4.engine.plain)}`);
}

async function main() {
	if (!existsSync(path.join(ROOT, 'build/index.html'))) {
		log('build/ missing: running npm run build');
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: ROOT });
	}
	if (process.env.BENCH_ONLY === 'slow4g') {
		// Only the slow-4G cold loads and the custom parameter over the slow link (section 1b).
		const srv = await serve();
		const browser = await launchBrowser();
		const slow = await slow4g(browser, srv);
		await browser.close();
		await srv.close();
		printSlow4g(slow);
		mkdirSync(RESULTS, { recursive: true });
		writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), only: 'slow4g', slow4g: slow }, null, 2));
		return;
	}
	// First paint vs the limit page: its own servers and browser, before anything else loads the machine.
	const firstPaint = await runFirstPaint({ root: ROOT, resultsDir: RESULTS, log });
	printFirstPaint(firstPaint, log);
	if (process.env.BENCH_ONLY === 'firstpaint') {
		mkdirSync(RESULTS, { recursive: true });
		writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), only: 'firstpaint', firstPaint }, null, 2));
		log(`\nwritten ${path.relative(ROOT, path.join(RESULTS, 'latest.json'))} (first paint only)`);
		return;
	}
	log('building the harness…');
	await viteBuild({ configFile: path.join(ROOT, 'tests/bench/harness/vite.config.ts') });
	exampleData();
	const t0 = performance.now();
	const scale = await scaleData();
	log(`scale data: ${scale.rows.toLocaleString('en')} rows (${ms(performance.now() - t0)} to generate or reuse)`);

	const srv = await serve();
	const browser = await launchBrowser();
	const results: Record<string, unknown> = { date: new Date().toISOString(), runs: RUNS };
	results.firstPaint = firstPaint;

	// 1. Site ---------------------------------------------------------------------------------------
	const site: Record<string, unknown> = {};
	for (const p of ['/', '/gemeente/GM0363/']) {
		const samples: Awaited<ReturnType<typeof paintTimes>>[] = [];
		let bytes = 0;
		let gzBytes = 0;
		for (let i = 0; i < 5; i++) {
			const ctx = await browser.newContext();
			const page = await ctx.newPage();
			let b = 0;
			let gz = 0;
			page.on('response', async (r) => {
				try {
					const body = await r.body();
					b += body.byteLength;
					gz += gzipSync(body).byteLength;
				} catch {
					/* redirects have no body */
				}
			});
			await page.goto(srv.url + p, { waitUntil: 'networkidle' });
			await page.waitForSelector('html[data-hydrated]');
			samples.push(await paintTimes(page));
			bytes = b;
			gzBytes = gz;
			await ctx.close();
		}
		const pick = (k: 'ttfb' | 'dcl' | 'load' | 'fcp' | 'hydrated') => median(samples.map((s) => s[k] ?? NaN));
		const html = readFileSync(path.join(ROOT, 'build', p, 'index.html'));
		site[p] = {
			fcp: pick('fcp'),
			dcl: pick('dcl'),
			load: pick('load'),
			hydrated: pick('hydrated'),
			htmlBytes: html.byteLength,
			htmlGzipBytes: gzipSync(html).byteLength,
			transferredBytes: bytes,
			transferredGzipBytes: gzBytes
		};
	}
	{
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		await page.goto(srv.url + '/', { waitUntil: 'networkidle' });
		await page.waitForSelector('html[data-hydrated]');
		// Time-slider steps: from input to the key figure changing (the full series is loaded by then).
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/api/overzicht/')));
		const steps: number[] = [];
		for (let i = 0; i < 14; i++) {
			steps.push(
				await page.evaluate(
					() =>
						new Promise<number>((res) => {
							const slider = document.querySelector<HTMLInputElement>('input[type=range]')!;
							const target = document.querySelector('[data-testid=figures]')!;
							const t = performance.now();
							const mo = new MutationObserver(() => {
								mo.disconnect();
								requestAnimationFrame(() => res(performance.now() - t));
							});
							mo.observe(target, { subtree: true, characterData: true, childList: true });
							slider.value = String(Number(slider.value) - 1);
							slider.dispatchEvent(new Event('input', { bubbles: true }));
						})
				)
			);
		}
		site.sliderStep = { p50: median(steps), p95: pct(steps, 0.95), runs: steps.length };
		// Method switches: every default method is a prepared file (no engine).
		const idle = () =>
			page.waitForFunction(
				() => document.querySelector('[data-testid=engine-status]')?.getAttribute('data-busy') === 'false' && !document.querySelector('section[aria-busy=true]'),
				null,
				{ timeout: 180_000, polling: 'raf' }
			);
		const timed = async (act: () => Promise<void>) => {
			const t = (await page.evaluate('performance.now()')) as number;
			await act();
			await idle();
			return ((await page.evaluate('performance.now()')) as number) - t;
		};
		const switches: number[] = [];
		const labels = ['Natuurlijke grenzen (Ckmeans, k = 3)', 'Vaste grenzen', 'Kwantielen (vaste aandelen)', 'Gemiddelde ± standaardafwijking (Rogers, standaard)'];
		for (let i = 0; i < Math.min(RUNS, 12); i++) switches.push(await timed(() => page.getByLabel(labels[i % labels.length]).check()));
		site.methodSwitch = { p50: median(switches), p95: pct(switches, 0.95), runs: switches.length };
		// A custom parameter needs the engine: the first loads DuckDB-wasm (cold in this context).
		await page.getByLabel(labels[3]).check();
		await idle();
		const k = page.getByLabel('Aantal standaardafwijkingen');
		const setK = (v: string) => async () => {
			await k.fill(v);
			await k.press('Tab');
		};
		await page.evaluate(() => performance.clearMarks());
		const firstCustom = await timed(setK('1.5'));
		const engineLoad = (await page.evaluate(
			`(() => { const g = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null; const a = g('ggu-engine-start'), b = g('ggu-engine-ready'); return a !== null && b !== null ? b - a : null; })()`
		)) as number | null;
		site.firstCustomParameter = { totalMs: firstCustom, engineLoadMs: engineLoad };
		const warm: number[] = [];
		for (let i = 0; i < Math.min(RUNS, 8); i++) warm.push(await timed(setK(['1.2', '0.8', '1.7', '1.5'][i % 4])));
		site.warmCustomParameter = { p50: median(warm), p95: pct(warm, 0.95), runs: warm.length };
		await ctx.close();
	}
	results.site = site;

	// 1b. Slow 4G --------------------------------------------------------------------------------------
	results.slow4g = await slow4g(browser, srv);

	// 2 & 3. Engine harness -------------------------------------------------------------------------
	const engine: Record<string, unknown> = {};
	for (const [name, query] of [
		['example-arrow', 'case=arrow'],
		['example-csv', 'case=csv'],
		['scale-arrow', `case=scale&data=/data/scale/&runs=${Math.max(3, Math.round(RUNS / 4))}`]
	] as const) {
		const ctx = await browser.newContext();
		const page = await ctx.newPage();
		const rssBefore = chromiumRss();
		await page.goto(`${srv.url}/harness/?${query}&runs=${query.includes('runs=') ? '' : RUNS}`.replace('&runs=&', '&'), { waitUntil: 'load' });
		const handle = await page.waitForFunction(
			() => {
				const w = window as unknown as { __bench?: unknown; __benchError?: string };
				return w.__bench ?? (w.__benchError ? { error: w.__benchError } : null);
			},
			null,
			{ timeout: 900_000, polling: 500 }
		);
		const r = (await handle.jsonValue()) as Record<string, unknown>;
		const cdp = await ctx.newCDPSession(page);
		await cdp.send('Performance.enable');
		const metrics = (await cdp.send('Performance.getMetrics')).metrics;
		r.mainJsHeapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? r.mainJsHeapBytes;
		r.chromiumRssBytes = chromiumRss();
		r.chromiumRssGrowthBytes = (r.chromiumRssBytes as number) - rssBefore;
		engine[name] = r;
		await ctx.close();
	}
	results.engine = engine;
	await browser.close();
	srv.close();

	// ---- report -------------------------------------------------------------------------------------
	log('\n== Site (median of 5 cold loads, localhost) ==');
	for (const p of ['/', '/gemeente/GM0363/']) {
		const s = site[p] as Record<string, number>;
		const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
		log(
			`${p.padEnd(20)} FCP ${ms(s.fcp)} · DOMContentLoaded ${ms(s.dcl)} · load ${ms(s.load)} · hydrated ${ms(s.hydrated)} · HTML ${kb(s.htmlBytes)} (${kb(s.htmlGzipBytes)} gzip) · all files ${kb(s.transferredBytes)} (${kb(s.transferredGzipBytes)} gzip)`
		);
	}
	const ss = site.sliderStep as Record<string, number>;
	log(`time-slider step → figures updated: p50 ${ms(ss.p50)}, p95 ${ms(ss.p95)} (${ss.runs} steps)`);
	const sw = site.methodSwitch as Record<string, number>;
	log(`method switch (prepared file, no engine): p50 ${ms(sw.p50)}, p95 ${ms(sw.p95)} (${sw.runs} switches)`);
	const fc = site.firstCustomParameter as Record<string, number>;
	log(`first custom parameter k = 1.5 (DuckDB-wasm load + regroup): ${ms(fc.totalMs)} (engine load ${ms(fc.engineLoadMs)})`);
	const wc = site.warmCustomParameter as Record<string, number>;
	log(`later custom parameters (regroup all peildata): p50 ${ms(wc.p50)}, p95 ${ms(wc.p95)} (${wc.runs} runs)`);
	printSlow4g(results.slow4g as Slow4g);
	log('\n== Engine in the browser (harness; regroup = all peildata, all municipalities) ==');
	for (const [name, raw] of Object.entries(engine)) {
		const r = raw as Record<string, unknown>;
		if (r.error) {
			log(name, 'ERROR', r.error);
			continue;
		}
		const rg = r.regroupAllPeildataMs as Record<string, { p50: number; p95: number }>;
		log(
			`${name.padEnd(14)} rows ${Number(r.adoptieRows).toLocaleString('en')} · DuckDB ready ${ms(r.engineReadyMs as number)} after navigation · load ${ms(r.loadMs as number)} · first result ${ms(r.firstResultMs as number)} (${ms(r.firstResultSinceNavigationMs as number)} after navigation)`
		);
		log(`${''.padEnd(14)} regroup p50/p95: ${Object.entries(rg).map(([k, v]) => `${k} ${ms(v.p50)}/${ms(v.p95)}`).join(' · ')}`);
		log(`${''.padEnd(14)} memory: DuckDB ${mb(r.duckdbMemoryBytes as number)} · main-thread JS heap ${mb(r.mainJsHeapBytes as number)} · Chromium RSS ${mb(r.chromiumRssBytes as number)} (+${mb(r.chromiumRssGrowthBytes as number)} for this page)`);
	}
	mkdirSync(RESULTS, { recursive: true });
	writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(results, null, 2));
	log(`\nwritten ${path.relative(ROOT, path.join(RESULTS, 'latest.json'))}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
