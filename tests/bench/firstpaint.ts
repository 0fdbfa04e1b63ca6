// Owns: the first-paint bench of issue 12 (`npm run bench`, or only this part with
// BENCH_ONLY=firstpaint). Prints numbers, asserts nothing.
//
//  1. Builds the limit page (limit-page.ts: the home page's map paths and key figures as plain HTML,
//     no JavaScript, no CSS files) into tests/bench/results/limit/.
//  2. Serves the build and the limit page compressed on 127.0.0.1 (compressed-serve.ts) and measures
//     paired cold loads — a fresh browser context each, the order rotating every round to cancel
//     drift — of the limit page, / and /gemeente/GM0363/: FCP and LCP (PerformanceObserver inside the
//     page, read after load, hydration and network idle), CLS (session windows), bytes as sent, HTML
//     raw and gzipped, DOM elements, render-blocking requests. Medians of BENCH_PAIRS rounds (15) and
//     the median of the paired ratios site/limit.
//  2b. The same pairs "in the field": BENCH_FIELD_PAIRS (7) rounds at a phone's viewport (412×823,
//     DPR 1.75) with Lighthouse's slow-4G link (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) and 4×
//     CPU slowdown applied for real through the DevTools protocol (Lighthouse only simulates them).
//     FCP, LCP and hydration medians, the worst CLS, and the paired ratios to the limit page.
//     BENCH_FIELD_PAIRS=0 skips it.
//  In 2 and 2b each load also times "map and key figures": the end of the first frame in which the
//  page's map is in the document with all its paths (MAPS; its key figures come before it on every
//  page). Issue 12's goal is about that moment, and neither FCP nor LCP measures it: FCP is any
//  text (on a phone, / paints its header first), and an SVG drawing is not an LCP candidate.
//  3. One traced load per page: where the main thread's time goes between navigation and FCP.
//     BENCH_TRACE=0 skips it.
//  4. Lighthouse 12 (mobile default: simulated slow 4G, 4× CPU) on the same three pages, median of
//     BENCH_LH_RUNS (3) runs each. BENCH_LIGHTHOUSE=0 skips it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from '../e2e/browser';
import { serveCompressed } from './compressed-serve';
import { buildLimitPage, type LimitPage } from './limit-page';

export const FIRSTPAINT_PAGES = { limit: '/limit/', home: '/', gemeente: '/gemeente/GM0363/' } as const;
type Key = keyof typeof FIRSTPAINT_PAGES;
const KEYS = Object.keys(FIRSTPAINT_PAGES) as Key[];
const VIEWPORT = { width: 1280, height: 720 };
/** Lighthouse's "slow 4G" figures as DevTools throttling (Network.emulateNetworkConditions: latency
 * in ms, throughputs in bytes/s): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. Used with 4× CPU here
 * (section 2b) and by the slow-4G part of run.ts. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
/** Section 2b: a phone on a poor connection, as Lighthouse's mobile profile describes one. */
export const FIELD = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, cpuSlowdown: 4, network: SLOW_4G } as const;
/** Throttles a page's link and CPU like FIELD's phone (section 2b here, the slow-4G part of run.ts). */
export async function throttleLikeAPhone(cdp: CDPSession) {
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', FIELD.network);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: FIELD.cpuSlowdown });
}

/**
 * Each page's map, as a selector for its <svg>: the map is "there" when that SVG holds as many
 * paths as the prerendered HTML gives it (the parser has passed it; the key figures come before it).
 */
const MAPS: Record<Key, { css: string; html: string }> = {
	limit: { css: 'svg', html: '' },
	home: { css: '[data-testid=overview-map] svg', html: 'data-testid="overview-map"' },
	gemeente: { css: '[data-testid=locator-map] svg', html: 'data-testid="locator-map"' }
};

/** How many <path>s the first <svg> inside (or after) `marker` in `html` has. */
function mapPaths(html: string, marker: string): number {
	const at = marker ? html.indexOf(marker) : 0;
	const start = at < 0 ? -1 : html.indexOf('<svg', at);
	const end = start < 0 ? -1 : html.indexOf('</svg>', start);
	if (end < 0) throw new Error(`first-paint bench: no map <svg> after ${JSON.stringify(marker)}`);
	return (html.slice(start, end).match(/<path\b/g) ?? []).length;
}

/**
 * In-page (installed before the document exists): at every animation frame until then, whether the
 * map's SVG has all its paths; when it has, a message task after that frame's rendering records
 * the time. Main-thread time (the frame is styled, laid out and painted before the message runs),
 * not presentation, so it can read a little earlier than the FCP of the same frame.
 */
const mapProbe = (selector: string, paths: number) => `(() => {
	const tick = () => {
		const svg = document.querySelector(${JSON.stringify(selector)});
		if (!svg || svg.getElementsByTagName('path').length < ${paths}) return requestAnimationFrame(tick);
		const ch = new MessageChannel();
		ch.port1.onmessage = () => { window.__mapFrame = performance.now(); };
		ch.port2.postMessage(0);
	};
	requestAnimationFrame(tick);
})()`;

export interface Load {
	ttfb: number;
	/** See mapProbe: the end of the first frame with the map and key figures in it. */
	mapFrame: number | null;
	fcp: number | null;
	lcp: number | null;
	lcpElement: string;
	cls: number;
	dcl: number;
	load: number;
	hydrated: number | null;
	domElements: number;
	svgPaths: number;
	htmlRawBytes: number;
	htmlSentBytes: number;
	sentBodyBytes: number;
	transferBytes: number;
	requests: number;
	renderBlocking: number;
	renderBlockingSentBytes: number;
	renderBlockingDoneAt: number;
}

export interface LighthouseRun {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	speedIndex: number;
	tti: number;
	domSize: number;
	totalByteWeight: number;
	benchmarkIndex: number;
	mainThread: { group: string; ms: number }[];
	/** The longest main-thread tasks (simulated, i.e. × the CPU slowdown), by script or document. */
	longTasks: { url: string; ms: number }[];
	warnings: string[];
	/** Audits that failed to run (Lighthouse 12 with a newer Chromium: a few trace-based ones). */
	failedAudits: string[];
	/** The page's main-thread tasks after FCP in Lighthouse's own (unthrottled) trace: see taskTime(). */
	tasks: TaskTime | null;
}

/**
 * Lighthouse simulates a phone by multiplying the duration of each main-thread task it observed by
 * 4. A task's duration is wall-clock time; part of it the thread may use no CPU at all: on this
 * 2-CPU machine a module's task waits for its script to be parsed on a background thread, or the
 * thread is not scheduled while Chromium's other threads and Lighthouse itself run. `wallTbt4x` is
 * the blocking time of the observed tasks × 4 (what Lighthouse's figure rests on); `cpuTbt4x` the
 * same with each task's own CPU time (the trace's thread duration), i.e. the work the page itself
 * puts on the thread. Both are estimates over the tasks from the observed FCP to the end of the
 * trace (Lighthouse's TBT runs from FCP to TTI on its simulated timeline), not Lighthouse figures.
 */
export interface TaskTime {
	tasks: number;
	wallMs: number;
	cpuMs: number;
	wallTbt4x: number;
	cpuTbt4x: number;
	/** The tasks with the most CPU time: start after navigation, wall and CPU ms. */
	longest: { at: number; wall: number; cpu: number }[];
}

type Details = 'mainThread' | 'longTasks' | 'warnings' | 'failedAudits' | 'tasks';

export interface FirstPaintResult {
	date: string;
	serving: string;
	viewport: typeof VIEWPORT;
	limitPage: LimitPage;
	pairs: number;
	pages: Record<Key, { path: string; htmlRawBytes: number; htmlGzipBytes: number; median: Record<string, number | null>; lcpElement: string }>;
	ratios: Record<Exclude<Key, 'limit'>, { fcp: number | null; lcp: number | null; mapFrame: number | null; fcpOfMedians: number | null; lcpOfMedians: number | null }>;
	/** Section 2b (BENCH_FIELD_PAIRS=0: absent). */
	field?: {
		pairs: number;
		pages: Record<Key, { fcp: number | null; lcp: number | null; mapFrame: number | null; hydrated: number | null; cls: number | null }>;
		ratios: Record<Exclude<Key, 'limit'>, { fcp: number | null; lcp: number | null; mapFrame: number | null }>;
	};
	trace?: Record<Key, TraceSummary | { error: string }>;
	lighthouse?: Record<Key, { median: Omit<LighthouseRun, Details>; runs: number } & Pick<LighthouseRun, Details>> | { skipped: string };
	/** Load average (1 min) before and after, and the CPUs: this machine is shared. */
	machine: { cpus: number; loadBefore: number; loadAfter?: number };
}

const median = (xs: number[]): number | null => {
	const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!s.length) return null;
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- one cold load ------------------------------------------------------------------------------
// In-page code as strings: tsx's helpers (__name) would not exist inside the page.
const INSTALL = `(() => {
	const fp = (window.__fp = { lcp: [], shifts: [], obs: [] });
	const describe = (el) => !el ? '' : el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/)[0] : '') + (el.dataset && el.dataset.testid ? '[' + el.dataset.testid + ']' : '');
	fp.take = (type, entries) => {
		for (const e of entries) {
			if (type === 'lcp') fp.lcp.push({ t: e.startTime, size: e.size, el: describe(e.element) || e.url || '' });
			else if (!e.hadRecentInput) fp.shifts.push({ t: e.startTime, v: e.value });
		}
	};
	for (const [type, name] of [['lcp', 'largest-contentful-paint'], ['cls', 'layout-shift']]) {
		const o = new PerformanceObserver((l) => fp.take(type, l.getEntries()));
		o.observe({ type: name, buffered: true });
		fp.obs.push([type, o]);
	}
})()`;

const READ = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
	const fp = window.__fp;
	for (const [type, o] of fp.obs) fp.take(type, o.takeRecords());
	const nav = performance.getEntriesByType('navigation')[0];
	const res = performance.getEntriesByType('resource');
	const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
	const last = fp.lcp[fp.lcp.length - 1];
	// CLS: the largest session window (gaps under 1 s, windows up to 5 s), as web-vitals computes it.
	let cls = 0, cur = 0, start = -1, prev = -1;
	for (const s of fp.shifts) {
		if (start < 0 || s.t - prev > 1000 || s.t - start > 5000) { start = s.t; cur = 0; }
		cur += s.v; prev = s.t; cls = Math.max(cls, cur);
	}
	const blocking = res.filter((r) => r.renderBlockingStatus === 'blocking');
	resolve({
		ttfb: nav.responseStart, mapFrame: window.__mapFrame ?? null, fcp, lcp: last ? last.t : null, lcpElement: last ? last.el : '', cls,
		dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
		hydrated: performance.getEntriesByName('ggu-hydrated')[0]?.startTime ?? null,
		domElements: document.getElementsByTagName('*').length,
		svgPaths: document.querySelectorAll('svg path').length,
		htmlRawBytes: nav.decodedBodySize, htmlSentBytes: nav.encodedBodySize,
		sentBodyBytes: nav.encodedBodySize + res.reduce((a, r) => a + r.encodedBodySize, 0),
		transferBytes: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0),
		requests: 1 + res.length,
		renderBlocking: blocking.length,
		renderBlockingSentBytes: blocking.reduce((a, r) => a + r.encodedBodySize, 0),
		renderBlockingDoneAt: blocking.reduce((a, r) => Math.max(a, r.responseEnd), 0)
	});
}, 0))))`;

async function step<T>(what: string, p: Promise<T>): Promise<T> {
	try {
		return await p;
	} catch (e) {
		throw new Error(`first-paint bench: ${what}: ${(e as Error).message.split('\n')[0]}`);
	}
}

/** The site's pages hydrate (html[data-hydrated]); the limit page has nothing to hydrate. */
async function settle(page: Page, url: string, hydrates: boolean) {
	await step(`load ${url}`, page.goto(url, { waitUntil: 'load', timeout: 60_000 }));
	await page.evaluate(INSTALL);
	if (hydrates) await step(`hydration of ${url}`, page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 60_000 }));
	await step(`network idle after ${url}`, page.waitForLoadState('networkidle', { timeout: 60_000 }));
}

async function coldLoad(browser: Browser, url: string, hydrates: boolean, probe: string, field = false): Promise<Load> {
	const ctx = await browser.newContext(field ? { viewport: FIELD.viewport, deviceScaleFactor: FIELD.deviceScaleFactor } : { viewport: VIEWPORT });
	try {
		await ctx.addInitScript(probe);
		const page = await ctx.newPage();
		if (field) await throttleLikeAPhone(await ctx.newCDPSession(page));
		await settle(page, url, hydrates);
		return (await page.evaluate(READ)) as Load;
	} finally {
		await ctx.close();
	}
}

/** Rounds of one cold load per page, the order rotating every round to cancel drift (loopback or field). */
async function pairedLoads(rounds: number, load: (k: Key) => Promise<Load>, label: string): Promise<Record<Key, Load[]>> {
	const loads: Record<Key, Load[]> = { limit: [], home: [], gemeente: [] };
	for (let i = 0; i < rounds; i++) {
		for (const k of KEYS.map((_, j) => KEYS[(i + j) % KEYS.length])) loads[k].push(await load(k));
		process.stdout.write(`\r  ${label} ${i + 1}/${rounds}`);
	}
	process.stdout.write('\n');
	return loads;
}

/** The median over rounds of a page's figure divided by the limit page's in the same round. */
const pairedRatio = (loads: Record<Key, Load[]>, k: Key, f: 'fcp' | 'lcp' | 'mapFrame') => median(loads[k].map((l, i) => (l[f] ?? NaN) / (loads.limit[i][f] ?? NaN)));

// ---- one traced load: the main thread between navigation and FCP ---------------------------------
export interface TraceSummary {
	fcp: number;
	/** Main-thread self time by kind, ms, between navigation start and FCP. */
	busy: Record<string, number>;
	idle: number;
	/** The longest single tasks before FCP. */
	longest: { name: string; ms: number; at: number }[];
	runs?: number;
}

const KIND: [RegExp, string][] = [
	[/^(ParseHTML|DocumentLoader::|NavigationBodyLoader::|DecodedDataDocumentParser::)/, 'HTML (commit, receive, parse)'],
	[/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/, 'style'],
	[/^(Layout|UpdateLayout)$/, 'layout'],
	[/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|RasterTask)$/, 'paint'],
	[/^(EvaluateScript|FunctionCall|v8\.|V8\.|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|CompileScript|CompileCode)/, 'script'],
	// Self time of the task wrappers: on a busy machine mostly time the thread was not scheduled.
	[/^(RunTask|ThreadControllerImpl::RunTask|Receive mojo message|Closed mojo endpoint)$/, 'task/IPC overhead']
];
const kindOf = (name: string) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { data?: Record<string, unknown>; frame?: string };
}

/**
 * The window from the page's navigationStart (the trace event naming its URL, on the renderer's
 * main thread; the trace clock's navigationStart is the page's time origin) to its FCP as the page
 * reported it. (The trace's own firstContentfulPaint event is sometimes missing from the buffer.)
 */
function summariseTrace(events: TraceEvent[], url: string, fcpMs: number): TraceSummary {
	const starts = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
	if (!starts.length) throw new Error(`no navigationStart for ${url} in the trace`);
	const { pid, tid, ts: t0 } = starts[starts.length - 1];
	const t1 = t0 + fcpMs * 1000;
	const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts < t1 && e.ts + e.dur! > t0).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const busy: Record<string, number> = {};
	const stack: { end: number; ev: TraceEvent; self: number }[] = [];
	const clip = (a: number, b: number) => Math.max(0, Math.min(b, t1) - Math.max(a, t0));
	const flush = (n: { ev: TraceEvent; self: number }) => {
		const k = kindOf(n.ev.name);
		busy[k] = (busy[k] ?? 0) + n.self / 1000;
	};
	const longest: TraceSummary['longest'] = [];
	for (const e of xs) {
		while (stack.length && stack[stack.length - 1].end <= e.ts) flush(stack.pop()!);
		const own = clip(e.ts, e.ts + e.dur!);
		if (stack.length) stack[stack.length - 1].self -= own;
		else longest.push({ name: e.name, ms: own / 1000, at: (e.ts - t0) / 1000 });
		stack.push({ end: e.ts + e.dur!, ev: e, self: own });
	}
	while (stack.length) flush(stack.pop()!);
	const total = (t1 - t0) / 1000;
	const used = Object.values(busy).reduce((a, b) => a + b, 0);
	longest.sort((a, b) => b.ms - a.ms);
	return { fcp: total, busy: Object.fromEntries(Object.entries(busy).sort((a, b) => b[1] - a[1])), idle: Math.max(0, total - used), longest: longest.slice(0, 3) };
}

/** Per kind the median over the traced loads; the longest tasks of the load with the median FCP. */
function medianTrace(ts: TraceSummary[]): TraceSummary {
	const kinds = [...new Set(ts.flatMap((t) => Object.keys(t.busy)))];
	const busy = Object.fromEntries(kinds.map((k) => [k, median(ts.map((t) => t.busy[k] ?? 0))!] as const).sort((a, b) => b[1] - a[1]));
	const mid = [...ts].sort((a, b) => a.fcp - b.fcp)[ts.length >> 1];
	return { fcp: median(ts.map((t) => t.fcp))!, busy, idle: median(ts.map((t) => t.idle))!, longest: mid.longest, runs: ts.length };
}

async function tracedLoad(browser: Browser, url: string, hydrates: boolean): Promise<TraceSummary> {
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await ctx.newPage();
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing', 'v8.execute', 'toplevel'] });
		await settle(page, url, hydrates);
		const fcp = (await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`)) as number | null;
		const buf = await browser.stopTracing();
		if (fcp === null) throw new Error(`no first-contentful-paint entry for ${url}`);
		const json = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
		return summariseTrace(Array.isArray(json) ? json : json.traceEvents, url, fcp);
	} finally {
		await ctx.close();
	}
}

// ---- Lighthouse ---------------------------------------------------------------------------------
type TraceTask = TraceEvent & { tdur?: number };

/** See TaskTime. The page's renderer is the one that navigated to an http(s) URL and painted. */
export function taskTime(events: TraceTask[]): TaskTime | null {
	const navs = events.filter((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'));
	const fcp = events.find((e) => e.name === 'firstContentfulPaint' && navs.some((n) => n.pid === e.pid));
	if (!fcp) return null;
	const main = events.find((e) => e.pid === fcp.pid && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
	const nav = navs.filter((n) => n.pid === fcp.pid).pop();
	if (!main || !nav) return null;
	const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= fcp.ts && e.dur !== undefined);
	const block = (ms: number) => Math.max(0, 4 * ms - 50);
	const r: TaskTime = { tasks: tasks.length, wallMs: 0, cpuMs: 0, wallTbt4x: 0, cpuTbt4x: 0, longest: [] };
	for (const t of tasks) {
		const wall = t.dur! / 1000;
		const cpu = (t.tdur ?? t.dur!) / 1000;
		r.wallMs += wall;
		r.cpuMs += cpu;
		r.wallTbt4x += block(wall);
		r.cpuTbt4x += block(cpu);
		r.longest.push({ at: (t.ts - nav.ts) / 1000, wall, cpu });
	}
	r.longest = r.longest.sort((a, b) => b.cpu - a.cpu).slice(0, 3);
	return r;
}

function lighthouseOnce(root: string, url: string, out: string): Promise<LighthouseRun> {
	const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
	// --save-assets: Lighthouse's own trace beside the report (<name>-0.trace.json), read by taskTime().
	const args = [cli, url, '--only-categories=performance', '--output=json', `--output-path=${out}`, '--save-assets', '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`];
	return new Promise((resolve, reject) => {
		// Asynchronous on purpose: the servers live in this process and must keep answering.
		execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, timeout: 300_000, maxBuffer: 1 << 24 }, (err, _stdout, stderr) => {
			if (err) return reject(new Error(`lighthouse ${url}: ${err.message.split('\n')[0]} ${stderr.slice(-500)}`));
			try {
				const r = JSON.parse(readFileSync(out, 'utf8'));
				if (r.runtimeError) return reject(new Error(`lighthouse ${url}: ${r.runtimeError.code} ${r.runtimeError.message}`));
				const a = (id: string) => r.audits[id]?.numericValue as number;
				const traceFile = out.replace(/\.json$/, '-0.trace.json');
				const trace = existsSync(traceFile) ? (JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: TraceTask[] }).traceEvents : null;
				resolve({
					score: Math.round((r.categories.performance.score ?? NaN) * 100),
					fcp: a('first-contentful-paint'),
					lcp: a('largest-contentful-paint'),
					tbt: a('total-blocking-time'),
					cls: a('cumulative-layout-shift'),
					speedIndex: a('speed-index'),
					tti: a('interactive'),
					domSize: a('dom-size'),
					totalByteWeight: a('total-byte-weight'),
					benchmarkIndex: r.environment?.benchmarkIndex,
					mainThread: ((r.audits['mainthread-work-breakdown']?.details?.items ?? []) as { groupLabel: string; duration: number }[]).map((i) => ({ group: i.groupLabel, ms: i.duration })),
					longTasks: ((r.audits['long-tasks']?.details?.items ?? []) as { url: string; duration: number }[]).slice(0, 3).map((i) => ({ url: i.url.replace(/^https?:\/\/[^/]+/, ''), ms: i.duration })),
					warnings: r.runWarnings ?? [],
					failedAudits: Object.values(r.audits as Record<string, { id: string; scoreDisplayMode: string }>).filter((x) => x.scoreDisplayMode === 'error').map((x) => x.id),
					tasks: trace ? taskTime(trace) : null
				});
			} catch (e) {
				reject(e);
			}
		});
	});
}

// ---- the whole part -----------------------------------------------------------------------------
export interface FirstPaintOptions {
	root: string;
	resultsDir: string;
	log?: (...a: unknown[]) => void;
}

export async function runFirstPaint({ root, resultsDir, log = console.log }: FirstPaintOptions): Promise<FirstPaintResult> {
	const machine: FirstPaintResult['machine'] = { cpus: os.cpus().length, loadBefore: os.loadavg()[0] };
	const pairs = Number(process.env.BENCH_PAIRS ?? 15);
	const lhRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
	const limitPage = buildLimitPage(root, path.join(resultsDir, 'limit'));
	log(`limit page: ${limitPage.paths} paths (division ${limitPage.division}, ${limitPage.coloured} coloured as on /), ${limitPage.figures} key figures; ${kb(limitPage.htmlBytes)} (${kb(limitPage.htmlGzipBytes)} gzip)`);
	for (const n of limitPage.notes) log(`  note: ${n}`);

	const srv = await serveCompressed(path.join(root, 'build'), { '/limit/': path.join(resultsDir, 'limit') });
	const urlOf = (k: Key) => (k === 'limit' ? srv.extra : srv.site) + FIRSTPAINT_PAGES[k];
	const htmlOf = Object.fromEntries(KEYS.map((k) => [k, readFileSync(k === 'limit' ? limitPage.file : path.join(root, 'build', FIRSTPAINT_PAGES[k], 'index.html'))])) as Record<Key, Buffer>;
	const mapOf = Object.fromEntries(KEYS.map((k) => [k, mapPaths(htmlOf[k].toString('utf8'), MAPS[k].html)])) as Record<Key, number>;
	const probe = Object.fromEntries(KEYS.map((k) => [k, mapProbe(MAPS[k].css, mapOf[k])])) as Record<Key, string>;
	log(`maps: ${KEYS.map((k) => `${k} ${mapOf[k]} paths`).join(', ')}`);
	log(`serving: ${srv.how}`);
	const browser = await launchBrowser();
	try {
		// Warm-up (discarded): server caches, disk cache, Chromium's first renderer.
		for (const k of KEYS) await coldLoad(browser, urlOf(k), k !== 'limit', probe[k]);
		const loads = await pairedLoads(pairs, (k) => coldLoad(browser, urlOf(k), k !== 'limit', probe[k]), 'round');

		const pages = {} as FirstPaintResult['pages'];
		for (const k of KEYS) {
			const ls = loads[k];
			const fields = ['fcp', 'lcp', 'mapFrame', 'cls', 'ttfb', 'dcl', 'load', 'hydrated', 'domElements', 'svgPaths', 'htmlRawBytes', 'htmlSentBytes', 'sentBodyBytes', 'transferBytes', 'requests', 'renderBlocking', 'renderBlockingSentBytes', 'renderBlockingDoneAt'] as const;
			const html = htmlOf[k];
			const els = ls.map((l) => l.lcpElement);
			pages[k] = {
				path: FIRSTPAINT_PAGES[k],
				htmlRawBytes: html.byteLength,
				htmlGzipBytes: gzipSync(html, { level: 9 }).byteLength,
				median: Object.fromEntries(fields.map((f) => [f, median(ls.map((l) => (l[f] as number | null) ?? NaN))])),
				lcpElement: els.sort((a, b) => els.filter((x) => x === b).length - els.filter((x) => x === a).length)[0] ?? ''
			};
		}
		const ratio = (k: Key, f: 'fcp' | 'lcp' | 'mapFrame') => pairedRatio(loads, k, f);
		const ofMedians = (k: Key, f: 'fcp' | 'lcp') => {
			const [a, b] = [pages[k].median[f], pages.limit.median[f]];
			return a !== null && b ? a / b : null;
		};
		const ratios = {
			home: { fcp: ratio('home', 'fcp'), lcp: ratio('home', 'lcp'), mapFrame: ratio('home', 'mapFrame'), fcpOfMedians: ofMedians('home', 'fcp'), lcpOfMedians: ofMedians('home', 'lcp') },
			gemeente: { fcp: ratio('gemeente', 'fcp'), lcp: ratio('gemeente', 'lcp'), mapFrame: ratio('gemeente', 'mapFrame'), fcpOfMedians: ofMedians('gemeente', 'fcp'), lcpOfMedians: ofMedians('gemeente', 'lcp') }
		};
		const result: FirstPaintResult = { date: new Date().toISOString(), machine, serving: srv.how, viewport: VIEWPORT, limitPage, pairs, pages, ratios };

		const fieldPairs = Number(process.env.BENCH_FIELD_PAIRS ?? 7);
		if (fieldPairs > 0) {
			const fl = await pairedLoads(fieldPairs, (k) => coldLoad(browser, urlOf(k), k !== 'limit', probe[k], true), 'field round');
			const m = (k: Key, f: 'fcp' | 'lcp' | 'mapFrame' | 'hydrated') => median(fl[k].map((l) => l[f] ?? NaN));
			const r = (k: Key, f: 'fcp' | 'lcp' | 'mapFrame') => pairedRatio(fl, k, f);
			result.field = {
				pairs: fieldPairs,
				pages: Object.fromEntries(KEYS.map((k) => [k, { fcp: m(k, 'fcp'), lcp: m(k, 'lcp'), mapFrame: m(k, 'mapFrame'), hydrated: m(k, 'hydrated'), cls: Math.max(...fl[k].map((l) => l.cls)) }])) as NonNullable<FirstPaintResult['field']>['pages'],
				ratios: { home: { fcp: r('home', 'fcp'), lcp: r('home', 'lcp'), mapFrame: r('home', 'mapFrame') }, gemeente: { fcp: r('gemeente', 'fcp'), lcp: r('gemeente', 'lcp'), mapFrame: r('gemeente', 'mapFrame') } }
			};
		}

		if (process.env.BENCH_TRACE !== '0') {
			const trace = {} as NonNullable<FirstPaintResult['trace']>;
			const runs = Number(process.env.BENCH_TRACE_RUNS ?? 3);
			for (const k of KEYS) {
				const ts: TraceSummary[] = [];
				const errors: string[] = [];
				for (let i = 0; i < runs; i++) {
					try {
						ts.push(await tracedLoad(browser, urlOf(k), k !== 'limit'));
					} catch (e) {
						errors.push((e as Error).message);
					}
				}
				trace[k] = ts.length ? medianTrace(ts) : { error: errors[0] };
			}
			result.trace = trace;
		}
		await browser.close();

		if (process.env.BENCH_LIGHTHOUSE === '0') result.lighthouse = { skipped: 'BENCH_LIGHTHOUSE=0' };
		else {
			const dir = path.join(resultsDir, 'lighthouse');
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir, { recursive: true });
			const runs: Record<Key, LighthouseRun[]> = { limit: [], home: [], gemeente: [] };
			for (let i = 0; i < lhRuns; i++) {
				for (const k of KEYS) {
					process.stdout.write(`\r  lighthouse run ${i + 1}/${lhRuns}: ${k}        `);
					runs[k].push(await lighthouseOnce(root, urlOf(k), path.join(dir, `${k}-${i + 1}.json`)));
				}
			}
			process.stdout.write('\n');
			const lh = {} as Exclude<NonNullable<FirstPaintResult['lighthouse']>, { skipped: string }>;
			for (const k of KEYS) {
				const rs = runs[k];
				const m = (f: keyof Omit<LighthouseRun, Details>) => median(rs.map((r) => r[f]))!;
				const byScore = [...rs].sort((a, b) => a.score - b.score)[rs.length >> 1];
				lh[k] = {
					median: { score: m('score'), fcp: m('fcp'), lcp: m('lcp'), tbt: m('tbt'), cls: m('cls'), speedIndex: m('speedIndex'), tti: m('tti'), domSize: m('domSize'), totalByteWeight: m('totalByteWeight'), benchmarkIndex: m('benchmarkIndex') },
					mainThread: byScore.mainThread,
					longTasks: byScore.longTasks,
					tasks: byScore.tasks,
					warnings: [...new Set(rs.flatMap((r) => r.warnings))],
					failedAudits: [...new Set(rs.flatMap((r) => r.failedAudits))],
					runs: rs.length
				};
			}
			result.lighthouse = lh;
		}
		machine.loadAfter = os.loadavg()[0];
		return result;
	} finally {
		await browser.close().catch(() => {});
		await srv.close();
	}
}

// ---- report -------------------------------------------------------------------------------------
const kb = (x: number | null) => (x === null ? '–' : `${(x / 1024).toFixed(x < 10240 ? 1 : 0)} KB`);
const msf = (x: number | null) => (x === null ? '–' : `${Math.round(x)} ms`);
const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
const times = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
const NAMES: Record<Key, string> = { limit: 'limit page', home: '/', gemeente: '/gemeente/GM0363/' };

export function printFirstPaint(r: FirstPaintResult, log: (...a: unknown[]) => void = console.log) {
	log(`\n== First paint vs the limit page (median of ${r.pairs} paired cold loads, ${r.viewport.width}×${r.viewport.height}, 127.0.0.1) ==`);
	log(`machine: ${r.machine.cpus} CPUs, load average ${r.machine.loadBefore.toFixed(1)} before, ${r.machine.loadAfter?.toFixed(1) ?? '?'} after (shared: compare within one run only)`);
	log(`served by: ${r.serving}`);
	const row = (cells: string[]) => log(cells.map((c, i) => (i === 0 ? c.padEnd(19) : c.padStart(i === 1 || i === 2 ? 8 : 11))).join(' '));
	row(['page', 'FCP', 'LCP', 'CLS', 'DOM elems', 'HTML raw', 'HTML gz-9', 'HTML sent', 'all sent', 'requests', 'blocking']);
	for (const k of KEYS) {
		const p = r.pages[k];
		const m = p.median;
		row([
			NAMES[k],
			msf(m.fcp),
			msf(m.lcp),
			(m.cls ?? 0).toFixed(3),
			String(m.domElements),
			kb(p.htmlRawBytes),
			kb(p.htmlGzipBytes),
			kb(m.htmlSentBytes),
			kb(m.sentBodyBytes),
			String(Math.round(m.requests ?? 0)),
			`${m.renderBlocking} (${kb(m.renderBlockingSentBytes)})`
		]);
	}
	for (const k of KEYS) {
		const m = r.pages[k].median;
		log(`${NAMES[k].padEnd(19)} map and key figures ${msf(m.mapFrame)} · TTFB ${msf(m.ttfb)} · render-blocking files done ${m.renderBlocking ? msf(m.renderBlockingDoneAt) : '–'} · DOMContentLoaded ${msf(m.dcl)} · load ${msf(m.load)} · hydrated ${msf(m.hydrated)} · ${m.svgPaths} svg paths`);
	}
	for (const k of ['home', 'gemeente'] as const) {
		const q = r.ratios[k];
		log(
			`${NAMES[k]} / limit: FCP ${times(q.fcp)}, LCP ${times(q.lcp)}, map and key figures ${times(q.mapFrame)} (median of paired ratios; ratio of medians ${times(q.fcpOfMedians)} / ${times(q.lcpOfMedians)}) · LCP element ${r.pages[k].lcpElement || '–'}`
		);
	}
	log(`limit page LCP element: ${r.pages.limit.lcpElement || '–'} · goal (issue 12): ≤ 1.25× · HTML of / ≤ 40 KB gzip`);
	if (r.field) {
		const f = r.field;
		log(`\n-- in the field: ${FIELD.viewport.width}×${FIELD.viewport.height} at DPR ${FIELD.deviceScaleFactor}, slow 4G (${FIELD.network.latency} ms RTT, 1.6 Mbit/s) and ${FIELD.cpuSlowdown}× CPU applied for real; median of ${f.pairs} paired cold loads --`);
		for (const k of KEYS) {
			const q = k === 'limit' ? '' : ` · / limit: FCP ${times(f.ratios[k].fcp)}, LCP ${times(f.ratios[k].lcp)}, map and key figures ${times(f.ratios[k].mapFrame)}`;
			log(`${NAMES[k].padEnd(19)} FCP ${msf(f.pages[k].fcp)} · LCP ${msf(f.pages[k].lcp)} · map and key figures ${msf(f.pages[k].mapFrame)}${k === 'limit' ? '' : ` · hydrated ${msf(f.pages[k].hydrated)}`} · CLS ${(f.pages[k].cls ?? 0).toFixed(3)} (worst load)${q}`);
		}
	}
	if (r.trace) {
		log('\n-- main thread from navigation to FCP, self time in ms (median of traced loads; tracing slows the page) --');
		for (const k of KEYS) {
			const t = r.trace[k];
			if ('error' in t) {
				log(`${NAMES[k].padEnd(19)} trace failed: ${t.error}`);
				continue;
			}
			const busy = Object.entries(t.busy)
				.filter(([, v]) => v >= 1)
				.map(([n, v]) => `${n} ${Math.round(v)}`)
				.join(' · ');
			log(`${NAMES[k].padEnd(19)} FCP ${msf(t.fcp)}: ${busy} · idle/waiting ${Math.round(t.idle)} ms; longest tasks ${t.longest.map((x) => `${Math.round(x.ms)} ms @${Math.round(x.at)}`).join(', ')}`);
		}
	}
	const lh = r.lighthouse;
	if (!lh) return;
	if ('skipped' in lh) {
		log(`\n-- Lighthouse skipped (${lh.skipped}) --`);
		return;
	}
	log(`\n-- Lighthouse 12 mobile (simulated slow 4G, 4× CPU), median of ${lh.limit.runs} runs --`);
	const lrow = (cells: string[]) => log(cells.map((c, i) => (i === 0 ? c.padEnd(19) : c.padStart(9))).join(' '));
	lrow(['page', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'TTI', 'DOM', 'weight']);
	for (const k of KEYS) {
		const m = lh[k].median;
		lrow([NAMES[k], String(m.score), sec(m.fcp), sec(m.lcp), msf(m.tbt), m.cls.toFixed(3), sec(m.speedIndex), sec(m.tti), String(m.domSize), kb(m.totalByteWeight)]);
	}
	for (const k of KEYS) {
		log(`${NAMES[k].padEnd(19)} main thread: ${lh[k].mainThread.slice(0, 4).map((x) => `${x.group} ${Math.round(x.ms)} ms`).join(' · ')}`);
		log(`${''.padEnd(19)} longest tasks: ${lh[k].longTasks.map((x) => `${x.url || '(unattributable)'} ${Math.round(x.ms)} ms`).join(' · ')}`);
		const t = lh[k].tasks;
		if (t)
			log(
				`${''.padEnd(19)} its trace after FCP: ${t.tasks} tasks, ${Math.round(t.wallMs)} ms wall / ${Math.round(t.cpuMs)} ms CPU; blocking ×4 by wall ${Math.round(t.wallTbt4x)} ms, by CPU ${Math.round(t.cpuTbt4x)} ms; most CPU: ${t.longest.map((x) => `${Math.round(x.cpu)} ms (wall ${Math.round(x.wall)}) @${Math.round(x.at)}`).join(', ')}`
			);
	}
	log('(blocking ×4: Σ max(0, 4·task − 50 ms) over the observed tasks; by CPU counts only the time the main thread ran. See TaskTime in firstpaint.ts.)');
	const warnings = [...new Set(KEYS.flatMap((k) => lh[k].warnings))];
	const failed = [...new Set(KEYS.flatMap((k) => lh[k].failedAudits))];
	for (const w of warnings) log(`Lighthouse warning: ${w.replace(/\s+/g, ' ').slice(0, 160)}`);
	if (failed.length) log(`audits Lighthouse 12 could not run on this Chromium (the metrics above are unaffected): ${failed.join(', ')}`);
	const bi = KEYS.map((k) => lh[k].median.benchmarkIndex);
	log(`(Lighthouse's benchmarkIndex during the runs, median per page: ${Math.round(Math.min(...bi))}–${Math.round(Math.max(...bi))}; lower means a slower or busier machine)`);
}
