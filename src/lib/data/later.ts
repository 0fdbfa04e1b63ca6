// Owns: page data that the server renders a page with but does not write into the page's HTML
// (issue 12: the overview's municipalities and default view were 10 KB of the 44 KB gzipped HTML
// of `/`, hydration data nobody needs before the page hydrates). A server load returns
// `new Later(url, value)`; SvelteKit's transport hook (src/hooks.ts) writes only the URL into the
// page. The page's universal load then calls `get(fetch)`: on the server that is the value itself,
// in the browser the prerendered JSON file at `url` (which the service worker keeps for offline
// use). The file must hold the very same value: its endpoint builds it with the same function as
// the server load.
import { error } from '@sveltejs/kit';

export class Later<T> {
	readonly url: string;
	readonly #value: T | undefined;

	constructor(url: string, value?: T) {
		this.url = url;
		this.#value = value;
	}

	/** The value: at hand on the server; fetched from `url` in the browser (a clear error if that fails). */
	async get(fetch: typeof globalThis.fetch): Promise<T> {
		if (this.#value !== undefined) return this.#value;
		let response: Response;
		try {
			response = await fetch(this.url);
		} catch (e) {
			error(503, `${this.url}: ${e instanceof Error ? e.message : String(e)}`);
		}
		// 503 is the service worker's "offline and not stored" (the error page says so); anything
		// else is a broken build or host, never "page not found".
		if (!response.ok) error(response.status === 503 ? 503 : 500, `${this.url}: HTTP ${response.status}`);
		return (await response.json()) as T;
	}
}
