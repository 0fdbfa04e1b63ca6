// Owns: "Bewaar voor gebruik zonder internet": storing everything needed to open any municipality
// page (both languages) and to recompute without network — the engine this browser runs, the
// published data, every page's data and every prepared JSON file — in this build's `saved` cache,
// which the service worker answers from first. Shows progress (files, MB), then checks the cache
// (count and bytes actually stored, and that the app shell and main pages are there) and only
// then reports; asks for persistent storage and reads the storage estimate. One state for the
// whole tab, so every place that shows the button (municipality header, site footer) agrees.
import { version } from '$app/environment';
import { base } from '$app/paths';
import { cacheNames, mainPageUrls, SAVE_HEADER, SAVE_LIST, SHELL, type SaveList } from './plan';

const RECORD_KEY = 'ggu-offline';
const PARALLEL = 6;

export interface SaveReport {
	/** Files found in the cache afterwards, and their bytes (as stored, uncompressed). */
	files: number;
	bytes: number;
	/** Files the save meant to store. */
	expected: number;
	/** Files (of the save, or main pages of the app shell) that are not in the cache. */
	missing: string[];
	/** navigator.storage.persist(): null when the browser cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
	at: string;
}

interface SavedRecord {
	version: string;
	at: string;
	files: number;
	bytes: number;
}

export const offline = $state<{
	supported: boolean;
	online: boolean;
	phase: 'idle' | 'preparing' | 'saving' | 'checking' | 'done' | 'error';
	done: number;
	total: number;
	bytes: number;
	report: SaveReport | null;
	error: string | null;
	/** A save of this build made earlier (this or another visit). */
	previous: SavedRecord | null;
	/** A save of an earlier build was replaced by this build (the worker deleted it). */
	replaced: boolean;
}>({ supported: true, online: true, phase: 'idle', done: 0, total: 0, bytes: 0, report: null, error: null, previous: null, replaced: false });

let started = false;

/** Read what this browser has stored; idempotent (called by every OfflineSave on mount). */
export async function initOffline(): Promise<void> {
	if (started) return;
	started = true;
	offline.supported = 'serviceWorker' in navigator && 'caches' in window;
	offline.online = navigator.onLine;
	addEventListener('online', () => (offline.online = true));
	addEventListener('offline', () => (offline.online = false));
	if (!offline.supported) return;
	let record: SavedRecord | null = null;
	try {
		record = JSON.parse(localStorage.getItem(RECORD_KEY) ?? 'null') as SavedRecord | null;
	} catch {
		record = null;
	}
	if (!record) return;
	if (record.version === version && (await caches.has(cacheNames(version).saved))) offline.previous = record;
	else if (record.version !== version) offline.replaced = true;
}

/** Read a response body, counting bytes as they arrive. */
async function readCounting(res: Response, onBytes: (n: number) => void): Promise<Blob> {
	if (!res.body) return res.blob();
	const reader = res.body.getReader();
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value as Uint8Array<ArrayBuffer>);
		onBytes(value.byteLength);
	}
	return new Blob(chunks);
}

/** Store one file in `cache`; returns false when the site did not answer it. */
async function store(cache: Cache, url: string): Promise<boolean> {
	if (await cache.match(url)) return true; // stored by an interrupted earlier save
	const res = await fetch(url, { headers: { [SAVE_HEADER]: '1' } });
	if (!res.ok) return false;
	const body = await readCounting(res, (n) => (offline.bytes += n));
	// The body is stored decoded: drop the transfer's encoding and length.
	const headers = new Headers(res.headers);
	headers.delete('content-encoding');
	headers.delete('content-length');
	await cache.put(url, new Response(body, { status: 200, headers }));
	return true;
}

async function verify(cache: Cache, urls: string[]): Promise<Pick<SaveReport, 'files' | 'bytes' | 'missing'>> {
	let files = 0;
	let bytes = 0;
	const missing: string[] = [];
	for (const url of urls) {
		const hit = await cache.match(url);
		if (!hit) {
			missing.push(url);
			continue;
		}
		files++;
		bytes += (await hit.blob()).size;
	}
	// The app shell and main pages come from the worker's precache (first visit).
	for (const url of [...mainPageUrls(base), base + SHELL]) {
		if (!(await caches.match(url, { ignoreSearch: true }))) missing.push(url);
	}
	return { files, bytes, missing };
}

/** Save everything for offline use, check it, and report. */
export async function saveForOffline(): Promise<void> {
	if (offline.phase === 'preparing' || offline.phase === 'saving' || offline.phase === 'checking') return;
	offline.phase = 'preparing';
	offline.error = null;
	offline.report = null;
	offline.done = 0;
	offline.bytes = 0;
	try {
		// Ask while the click still counts as a user gesture.
		const persisted = navigator.storage?.persist ? await navigator.storage.persist().catch(() => null) : null;
		// The worker must be active: it precached the app shell and main pages, and it answers offline.
		await Promise.race([
			navigator.serviceWorker.ready,
			new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker (private window?)')), 120_000))
		]);
		const [listRes, engine] = await Promise.all([fetch(base + SAVE_LIST), import('$lib/maturity/worker-engine').then((m) => m.engineFiles())]);
		if (!listRes.ok) throw new Error(`${SAVE_LIST}: HTTP ${listRes.status}`);
		const list = (await listRes.json()) as SaveList;
		const urls = [...new Set([...engine, ...[...list.data, ...list.prepared, ...list.pages].map((p) => base + p)])].map((u) => new URL(u, location.href).href);
		const names = cacheNames(version);
		const cache = await caches.open(names.saved);
		offline.total = urls.length;
		offline.phase = 'saving';
		let next = 0;
		const failed: string[] = [];
		await Promise.all(
			Array.from({ length: PARALLEL }, async () => {
				while (next < urls.length) {
					const url = urls[next++];
					if (!(await store(cache, url).catch(() => false))) failed.push(url);
					offline.done++;
				}
			})
		);
		offline.phase = 'checking';
		const checked = await verify(cache, urls);
		// One copy is enough: drop what the runtime caches held of the saved files (the engine).
		const saved = new Set(urls);
		for (const c of await Promise.all([caches.open(names.files), caches.open(names.pages)])) {
			for (const req of await c.keys()) if (saved.has(req.url)) await c.delete(req);
		}
		const estimate = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => null) : null;
		const report: SaveReport = {
			...checked,
			expected: urls.length,
			persisted,
			usage: estimate?.usage ?? null,
			quota: estimate?.quota ?? null,
			at: new Date().toISOString()
		};
		offline.report = report;
		offline.phase = checked.missing.length === 0 ? 'done' : 'error';
		if (checked.missing.length === 0) {
			const record: SavedRecord = { version, at: report.at, files: report.files, bytes: report.bytes };
			localStorage.setItem(RECORD_KEY, JSON.stringify(record));
			offline.previous = record;
			offline.replaced = false;
		} else if (failed.length) offline.error = failed.slice(0, 3).join(', ');
	} catch (e) {
		offline.phase = 'error';
		offline.error = e instanceof Error ? e.message : String(e);
	}
}
