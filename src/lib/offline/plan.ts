// Owns: what offline use means, shared by the service worker (src/service-worker.ts) and the pages
// (the save button, the update notice): the cache names of one build, which pages every visitor
// gets on the first visit, which file answers what when the network is gone, and the messages
// between page and worker. Pure functions of paths: no DOM, no service-worker globals.

/** The caches of one build. Every name ends in "-<version>": a new build starts clean. */
export function cacheNames(version: string) {
	return {
		/** Workbox precache: the app shell and the main pages (first visit). */
		precache: `ggu-precache-${version}`,
		/** Pages and their __data.json as they are visited (network first). */
		pages: `ggu-pages-${version}`,
		/** Hashed build files, prepared JSON and data as they are used (cache first). */
		files: `ggu-files-${version}`,
		/** What "Bewaar voor gebruik zonder internet" stored. */
		saved: `ggu-saved-${version}`
	};
}

/** True for a cache of this site that belongs to another build than `version`. */
export function isOutdatedCache(name: string, version: string): boolean {
	return name.startsWith('ggu-') && !name.endsWith(`-${version}`);
}

/** The language prefixes of the site: Dutch at /, English at /en/. */
export const LANG_PREFIXES = ['', '/en'] as const;

/** The pages every visitor's browser keeps from the first visit on, per language. */
export const MAIN_PAGES = ['/', '/vergelijk/', '/methode/', '/methode/controle/', '/data/', '/offline/'] as const;

/** The SPA shell (adapter-static `fallback`): answers a page whose data is stored but not its HTML. */
export const SHELL = '/app-shell.html';

/** The prepared overview the overview page loads by default (the default variant of
 * src/lib/overzicht/variants.ts; tests/unit/offline.test.ts keeps the two in step). */
export const DEFAULT_OVERVIEW = '/api/overzicht/rogers-alle-peildatum.json';

/** The overview page's own data, which its HTML does not carry (src/lib/data/later.ts). */
export const OVERVIEW_START = '/api/overzicht/start.json';

/** The list of files the save button stores (a prerendered endpoint, src/routes/api/offline.json). */
export const SAVE_LIST = '/api/offline.json';

/** Marks the save button's requests: the worker answers them from any cache of this build, else
 * the network, without keeping a second copy in its runtime caches. */
export const SAVE_HEADER = 'x-ggu-save';

/** The page-data file SvelteKit fetches for a page path ("/x/" → "/x/__data.json"), or null. */
export function dataUrlOf(pathname: string): string | null {
	return pathname.endsWith('/') ? `${pathname}__data.json` : null;
}

/** The site path without the base path: "/adoptiemonitor/en/x/" → "/en/x/". */
export function withoutBase(pathname: string, base: string): string {
	return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** "en" for a path under /en/, otherwise "nl". */
export function langOfPath(pathname: string, base: string): 'nl' | 'en' {
	const p = withoutBase(pathname, base);
	return p === '/en' || p.startsWith('/en/') ? 'en' : 'nl';
}

/** The offline page in the language of `pathname`. */
export function offlinePageFor(pathname: string, base: string): string {
	return `${base}${langOfPath(pathname, base) === 'en' ? '/en' : ''}/offline/`;
}

/** The main pages (both languages) with their page data, as URLs under `base`. */
export function mainPageUrls(base: string): string[] {
	return LANG_PREFIXES.flatMap((lang) => MAIN_PAGES.flatMap((p) => [`${base}${lang}${p}`, `${base}${lang}${p}__data.json`]));
}

/** Files of the build that are not part of the app shell: the engine (DuckDB-wasm's .wasm and
 * worker files, ~35 MB per variant), stored only when the engine is used or the user saves. */
export function isEngineFile(path: string): boolean {
	return /\/duckdb-(eh|mvp|coi)[^/]*\.wasm$|\/duckdb-browser-[^/]*\.worker[^/]*\.js$/.test(path);
}

/** Files under `base` the worker answers cache-first: hashed build files (they never change),
 * prepared JSON and the published data (they change only with a new build, i.e. new caches). */
export function isCacheFirst(pathname: string, base: string): boolean {
	const p = withoutBase(pathname, base);
	return p.startsWith('/_app/immutable/') || p.startsWith('/api/') || p.startsWith('/generated/');
}

/** The list the save button stores, from the prerendered endpoint; paths are without base. */
export interface SaveList {
	/** Page data of every municipality page, both languages. */
	pages: string[];
	/** Prepared JSON: overview variants, per-municipality views and comparison groups. */
	prepared: string[];
	/** The published data the engine loads (Arrow). */
	data: string[];
}

/** The messages a page sends to the worker. */
export type ToWorker = { type: 'SKIP_WAITING' };
