/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use (an ambassador on a visit without network): the app's code and styles are cached on
// install; pages, data and — once fetched, e.g. by "Bewaar voor gebruik zonder internet" — the
// DuckDB engine are cached as they are used and served from cache when the network is gone.
// Only this site's own URLs are ever handled; nothing goes to another host.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `ggu-${version}`;
// The engine (~35 MB per wasm variant) is not precached for every visitor; it is cached on first use.
const PRECACHE = [...build, ...files].filter((f) => !/\.wasm$|duckdb-browser-.*\.worker|\/generated\/data\//.test(f));

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then(async (keys) => {
			for (const k of keys) if (k !== CACHE) await caches.delete(k);
			await sw.clients.claim();
		})
	);
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	const url = new URL(req.url);
	if (req.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Hashed build files never change: cache first.
			if (url.pathname.includes('/_app/immutable/')) {
				const hit = await cache.match(req);
				if (hit) return hit;
				const res = await fetch(req);
				if (res.ok) cache.put(req, res.clone());
				return res;
			}
			// Everything else: network first, keep a copy, fall back to the copy when offline.
			try {
				const res = await fetch(req);
				if (res.ok && res.type === 'basic') cache.put(req, res.clone());
				return res;
			} catch (e) {
				const hit = await cache.match(req);
				if (hit) return hit;
				throw e;
			}
		})()
	);
});
