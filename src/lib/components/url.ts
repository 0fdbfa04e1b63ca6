// Owns: keeping a page's query string in step with its state (shallow routing, no reload).
// SvelteKit's replaceState may only run once its router has started, which is after child
// components mount during hydration, so the update is deferred to the next task.
import { replaceState } from '$app/navigation';

let pending: ReturnType<typeof setTimeout> | null = null;

/** Replace the current URL's query string (e.g. "?peildatum=2024-07-01", or "" for none). */
export function replaceSearch(search: string): void {
	if (pending) clearTimeout(pending);
	pending = setTimeout(() => {
		pending = null;
		const url = new URL(location.href);
		url.search = search;
		if (url.href !== location.href) replaceState(url, {});
	}, 0);
}
