// Benchmarks (npm run bench). Prints numbers, asserts nothing. Results also go to
// tests/bench/results/latest.json (git-ignored); the figures in tests/bench/README.md come from here.
//
//  1. Site: cold first paint, hydration and page weight of / and a municipality page; time-slider
//     step; first method switch (DuckDB-wasm load + regroup) and warm method switches.
//  2. Engine (harness, the site's own engine modules): navigation → DuckDB ready, load and first
//     result for the example data as Arrow and as CSV, p50/p95 regroup per method.
//  3. Scale: a generated 342 × 500 × 30 = 5.13 million row adoption table as Arrow, loaded and
//     regrouped in the browser, with memory.
//  First of all: first paint vs the limit page (issue 12; tests/bench/firstpaint.ts). BENCH_ONLY=firstpaint
//  runs only that part.
import { execFileSync, execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Dictionary, Float64, Int16, Int32, Int8, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { build as viteBuild } from 'vite';
import { launchBrowser } from '../e2e/browser';
import { readSourceText } from '../../data/pipeline/sources';
import { printFirstPaint, runFirstPaint } from './firstpaint';

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
		bron: dictVector(br, ['benchmark'])
	});
	writeFileSync(path.join(dir, 'gemeenten.arrow'), tableToIPC(gem, 'stream'));
	writeFileSync(path.join(dir, 'standaarden.arrow'), tableToIPC(std, 'stream'));
	writeFileSync(marker, tableToIPC(adoptie, 'stream'));
	return { rows };
}

// ---- server: the site (build/), the harness and the bench data ----------------------------------
function serve(): Promise<{ url: string; close: () => void }> {
	const site = sirv(path.join(ROOT, 'build'), { dev: false });
	const harness = sirv(path.join(RESULTS, 'harness'), { dev: false });
	const data = sirv(DATA, { dev: false });
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

async function main() {
	if (!existsSync(path.join(ROOT, 'build/index.html'))) {
		log('build/ missing: running npm run build');
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: ROOT });
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
		await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('overzicht.json')));
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
		// First method switch: loads DuckDB-wasm (cold cache in this context), then regroups.
		const switchTo = async (label: string) => {
			await page.evaluate(() => performance.clearMarks());
			const t = Date.now();
			await page.getByLabel(label).check();
			await page.waitForFunction(() => performance.getEntriesByName('ggu-regroup-end').length > 0, null, { timeout: 120_000 });
			// A string, not a function: tsx's helpers would not exist inside the page.
			const marks = (await page.evaluate(
				`(() => { const g = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null; return { start: g('ggu-regroup-start'), end: g('ggu-regroup-end'), engineStart: g('ggu-engine-start'), engineReady: g('ggu-engine-ready') }; })()`
			)) as Record<'start' | 'end' | 'engineStart' | 'engineReady', number | null>;
			return { marks, wall: Date.now() - t };
		};
		const first = await switchTo('Kwantielen (vaste aandelen)');
		site.firstMethodSwitch = {
			totalMs: first.marks.end! - first.marks.start!,
			engineLoadMs: first.marks.engineReady! - first.marks.engineStart!
		};
		const warm: number[] = [];
		const labels = ['Natuurlijke grenzen (Ckmeans, k = 3)', 'Vaste grenzen', 'Kwantielen (vaste aandelen)'];
		for (let i = 0; i < Math.min(RUNS, 12); i++) {
			const r = await switchTo(labels[i % labels.length]);
			warm.push(r.marks.end! - r.marks.start!);
		}
		site.warmMethodSwitch = { p50: median(warm), p95: pct(warm, 0.95), runs: warm.length };
		await ctx.close();
	}
	results.site = site;

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
	const fm = site.firstMethodSwitch as Record<string, number>;
	log(`first method switch (DuckDB-wasm load + regroup): ${ms(fm.totalMs)} (engine load ${ms(fm.engineLoadMs)})`);
	const wm = site.warmMethodSwitch as Record<string, number>;
	log(`later method switches (regroup all peildata): p50 ${ms(wm.p50)}, p95 ${ms(wm.p95)} (${wm.runs} runs)`);
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
