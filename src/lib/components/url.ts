// Owns: keeping a page's query string in step with its state, without a reload or a navigation.
// The browser's own history.replaceState is used, keeping SvelteKit's history state as it is:
// SvelteKit's replaceState would update its page store, and its route announcer then reads the
// page title aloud on the first settings change (WCAG 4.1.3: only real changes are announced).
// Pages read their URL once, on mount, so SvelteKit's page.url does not need to follow.

let pending: ReturnType<typeof setTimeout> | null = null;

/** Replace the current URL's query string (e.g. "?peildatum=2024-07-01", or "" for none). */
export function replaceSearch(search: string): void {
	if (pending) clearTimeout(pending);
	pending = setTimeout(() => {
		pending = null;
		const url = new URL(location.href);
		url.search = search;
		if (url.href !== location.href) history.replaceState(history.state, '', url);
	}, 0);
}
