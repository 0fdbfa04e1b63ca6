// Owns: the one way a page section gets a view that may have to be computed: from the page's
// own (prerendered) data, from a prerendered JSON file, or from the browser engine — whichever
// the view's source offers first — with "the latest request wins", a busy state and error text.
// A section shows `valueFor(key)` for the key its controls ask for, so it never shows numbers for
// another setting under a changed control; `shown` is the last value (to keep a stale view on
// screen, marked busy, while the new one is computed).

import { untrack } from 'svelte';

/** Where a view can come from, tried in this order: the page, a prerendered file, the engine. */
export interface ViewSource<K, T> {
	/** A stable key for a request (e.g. JSON of the settings that matter). */
	key(request: K): string;
	/** The view when it is in the page's own data already. */
	page?(request: K): T | undefined;
	/** URL of a prerendered JSON file holding the view, and how to read it. */
	file?(request: K): { url: string; read: (json: unknown) => T } | undefined;
	/** Compute the view with the engine (loads DuckDB-wasm on first use). */
	engine(request: K): Promise<T>;
}

export type Via = 'page' | 'file' | 'engine';

async function fetchJson(url: string): Promise<unknown> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return res.json();
}

export class Recompute<K, T> {
	#current = $state.raw<{ key: string; value: T; via: Via } | null>(null);
	/** Key of the request in flight (null when idle). */
	pending = $state<string | null>(null);
	/** Where the request in flight is being answered from. */
	pendingVia = $state<Via | null>(null);
	error = $state<string | null>(null);
	#seq = 0;
	#files = new Map<string, Promise<unknown>>();

	constructor(private readonly source: ViewSource<K, T>) {}

	get busy(): boolean {
		return this.pending !== null;
	}

	/** The view for exactly this request, or undefined while it is not there (yet). */
	valueFor(request: K): T | undefined {
		const c = this.#current;
		return c && c.key === this.source.key(request) ? c.value : undefined;
	}

	/** The last view that arrived, whatever it was for. */
	get shown(): T | undefined {
		return this.#current?.value;
	}

	get via(): Via | null {
		return this.#current?.via ?? null;
	}

	/**
	 * Keep asking for the view of `get()` as it changes (call from a constructor in a component's
	 * setup). When the page's own data holds the first view, it is taken at once, not in an effect,
	 * so it is there during server rendering and hydration: the prerendered HTML is not marked stale.
	 */
	follow(get: () => K): void {
		const first = untrack(get);
		this.#fromPage(first, this.source.key(first));
		$effect(() => this.request(get()));
	}

	/** Takes the view of `request` from the page's own data, when it has it (then true). */
	#fromPage(request: K, key: string): boolean {
		const value = this.source.page?.(request);
		if (value === undefined) return false;
		this.#current = { key, value, via: 'page' };
		this.pending = null;
		this.pendingVia = null;
		return true;
	}

	/** Ask for the view of `request`; answers from the page at once when it can. */
	request(request: K): void {
		const key = this.source.key(request);
		if (this.#current?.key === key && this.pending === null) return;
		// Asked again for what is already on its way (an effect re-running): let that answer count.
		if (this.pending === key) return;
		const seq = ++this.#seq;
		this.error = null;
		if (this.#fromPage(request, key)) return;
		const file = this.source.file?.(request);
		const via: Via = file ? 'file' : 'engine';
		this.pending = key;
		this.pendingVia = via;
		const work = file ? this.#json(file.url).then(file.read) : this.source.engine(request);
		work.then(
			(value) => {
				if (seq !== this.#seq) return;
				this.#current = { key, value, via };
				this.pending = null;
				this.pendingVia = null;
			},
			(e: unknown) => {
				if (seq !== this.#seq) return;
				this.error = e instanceof Error ? e.message : String(e);
				this.pending = null;
				this.pendingVia = null;
			}
		);
	}

	/** Forget the current view (e.g. when the dataset changed), so the next request recomputes. */
	reset(): void {
		this.#seq++;
		this.#current = null;
		this.pending = null;
		this.pendingVia = null;
		this.error = null;
	}

	#json(url: string): Promise<unknown> {
		let p = this.#files.get(url);
		if (!p) {
			p = fetchJson(url);
			this.#files.set(url, p);
			p.catch(() => this.#files.delete(url));
		}
		return p;
	}
}
