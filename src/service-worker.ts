/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use (an ambassador on a visit to a town hall without network), on Workbox.
// - First visit, whatever the page: precache the app shell (hashed build files except the engine),
//   the main pages in both languages with their page data, the SPA shell, the offline pages and the
//   overview's data and default view; keep the page the visitor is on.
// - Pages and their data: network first (kept as visited); prepared JSON, data and hashed files:
//   cache first (they only change with a new build, and a new build has new caches).
// - "Bewaar voor gebruik zonder internet" (src/lib/offline/save.svelte.ts) fills the `saved`
//   cache from the page; this worker answers from it first.
// - Offline, a page that is not stored but whose data is gets the SPA shell; anything else gets
//   the offline page (never a browser error). Page data that is missing answers 503, which the
//   error pages show as "not available offline".
// - A new build waits until the page asks it to take over ("Nieuwe gegevens: herladen"); on
//   activation it deletes every cache of the previous build (keeping the engine files when the
//   new build has the very same ones, so saving again does not fetch 35 MB again).
// Only this site's own GET requests are handled; nothing goes to another host.
import { build, files, version, base } from '$service-worker';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types';
import {
	cacheNames,
	DEFAULT_OVERVIEW,
	OVERVIEW_START,
	dataUrlOf,
	isCacheFirst,
	isEngineFile,
	isOutdatedCache,
	mainPageUrls,
	offlinePageFor,
	SAVE_HEADER,
	SHELL,
	type ToWorker
} from '$lib/offline/plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHES = cacheNames(version);
setCacheNameDetails({ prefix: 'ggu', precache: 'precache', suffix: version });

// ---- precache: app shell and main pages ----------------------------------------------------------
const shellFiles = [...build.filter((f) => !isEngineFile(f)), ...files.filter((f) => !f.includes('/generated/') && !f.endsWith('/robots.txt'))];
const pages = [...mainPageUrls(base), base + SHELL, base + DEFAULT_OVERVIEW, base + OVERVIEW_START];
precacheAndRoute(
	[
		// Hashed names: the URL is the revision.
		...shellFiles.map((url) => ({ url, revision: /\/_app\/immutable\//.test(url) ? null : version })),
		...pages.map((url) => ({ url, revision: version }))
	],
	// Any query string (?methode=…, SvelteKit's ?x-sveltekit-invalidated=…) is the same page.
	{ ignoreURLParametersMatching: [/.*/] }
);

// ---- runtime caches ------------------------------------------------------------------------------
/** One cache entry per path: query strings name the same file on a static host. */
const pathOnly: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => {
		const url = new URL(request.url);
		url.search = '';
		return url.href;
	}
};
/** Keep HTML pages only (a CSV download is a navigation too). */
const htmlOnly: WorkboxPlugin = {
	cacheWillUpdate: async ({ response }) => (response.status === 200 && (response.headers.get('content-type') ?? '').includes('text/html') ? response : null)
};
const pageStrategy = new NetworkFirst({
	cacheName: CACHES.pages,
	networkTimeoutSeconds: 6,
	// Pages and page data share this cache and its limit (about 80 visited pages).
	plugins: [pathOnly, htmlOnly, new ExpirationPlugin({ maxEntries: 160 })],
	matchOptions: { ignoreSearch: true }
});
const dataStrategy = new NetworkFirst({
	cacheName: CACHES.pages,
	networkTimeoutSeconds: 6,
	plugins: [pathOnly, new ExpirationPlugin({ maxEntries: 160 })],
	matchOptions: { ignoreSearch: true }
});
const fileStrategy = new CacheFirst({
	cacheName: CACHES.files,
	plugins: [pathOnly, new ExpirationPlugin({ maxEntries: 250 })],
	matchOptions: { ignoreSearch: true }
});

async function fromSaved(url: URL | string): Promise<Response | undefined> {
	const cache = await caches.open(CACHES.saved);
	return cache.match(url, { ignoreSearch: true });
}

/** This build's copy of a path in any of its caches. */
async function fromAnyCache(path: string): Promise<Response | undefined> {
	for (const name of [CACHES.saved, CACHES.pages, CACHES.files]) {
		const hit = await (await caches.open(name)).match(new URL(path, sw.location.origin).href, { ignoreSearch: true });
		if (hit) return hit;
	}
	return matchPrecache(path);
}

/** Offline and not stored: the SPA shell when the page's data is stored, else the offline page. */
async function offlineAnswer(url: URL): Promise<Response> {
	const data = dataUrlOf(url.pathname);
	if (data && (await fromAnyCache(data))) {
		const shell = await matchPrecache(base + SHELL);
		if (shell) return shell;
	}
	const page = await matchPrecache(offlinePageFor(url.pathname, base));
	if (page) return new Response(page.body, { status: 503, statusText: 'Offline', headers: page.headers });
	return new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

async function settle(p: Promise<Response | undefined>): Promise<Response | undefined> {
	try {
		const r = await p;
		return r && r.type !== 'error' ? r : undefined;
	} catch {
		return undefined;
	}
}

const sameOrigin = (url: URL) => url.origin === sw.location.origin;

// The save button's own requests (header SAVE_HEADER): from any cache of this build, else the
// network, keeping no second copy here (the page stores them in the `saved` cache).
registerRoute(
	({ request, url }) => sameOrigin(url) && request.headers.has(SAVE_HEADER),
	async ({ request, url }: RouteHandlerCallbackOptions) => (await fromAnyCache(url.pathname)) ?? fetch(request)
);

// Pages.
registerRoute(
	({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
	async (opts: RouteHandlerCallbackOptions) => (await settle(pageStrategy.handle(opts as { request: Request; event: ExtendableEvent }))) ?? offlineAnswer(opts.url)
);

// Page data (SvelteKit's client-side navigation): saved first, then network, then the visited copy.
registerRoute(
	({ url }) => sameOrigin(url) && url.pathname.endsWith('/__data.json'),
	async (opts: RouteHandlerCallbackOptions) =>
		(await fromSaved(opts.url)) ??
		(await settle(dataStrategy.handle(opts as { request: Request; event: ExtendableEvent }))) ??
		new Response(JSON.stringify('Offline'), { status: 503, headers: { 'content-type': 'application/json' } })
);

// Hashed build files (the engine too), prepared JSON and data: saved first, then cache first.
registerRoute(
	({ url }) => sameOrigin(url) && isCacheFirst(url.pathname, base),
	async (opts: RouteHandlerCallbackOptions) => (await fromSaved(opts.url)) ?? fileStrategy.handle(opts as { request: Request; event: ExtendableEvent })
);

// ---- lifecycle -----------------------------------------------------------------------------------
// The first worker takes control of the open page at once (no reload); a later one waits for the
// page's "Nieuwe gegevens: herladen".
clientsClaim();

sw.addEventListener('message', (event) => {
	const msg = event.data as ToWorker | undefined;
	if (msg?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** Keep the engine files of an older build that this build uses unchanged (same hashed URL). */
async function carryOverEngine(oldCache: string): Promise<void> {
	const wanted = new Set(build.filter(isEngineFile).map((f) => new URL(f, sw.location.origin).href));
	const from = await caches.open(oldCache);
	const to = await caches.open(CACHES.files);
	for (const req of await from.keys()) {
		if (!wanted.has(req.url) || (await to.match(req))) continue;
		const res = await from.match(req);
		if (res) await to.put(req, res);
	}
}

/** The page the visitor first opened was loaded before this worker existed: keep it now. */
async function keepOpenPages(): Promise<void> {
	const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const cache = await caches.open(CACHES.pages);
	for (const client of open) {
		const url = new URL(client.url);
		if (!sameOrigin(url) || (await matchPrecache(url.pathname))) continue;
		url.search = '';
		url.hash = '';
		for (const u of [url.href, dataUrlOf(url.pathname) && new URL(dataUrlOf(url.pathname)!, url).href]) {
			if (!u || (await cache.match(u))) continue;
			try {
				const res = await fetch(u);
				if (res.ok) await cache.put(u, res);
			} catch {
				/* offline again: nothing to keep */
			}
		}
	}
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (!isOutdatedCache(name, version)) continue;
				if (/^ggu-(saved|files)-/.test(name)) await carryOverEngine(name);
				await caches.delete(name);
			}
			await keepOpenPages();
		})()
	);
});
