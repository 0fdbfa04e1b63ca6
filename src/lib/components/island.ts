// Owns: when the page's late-hydrated sections (Island.svelte) hydrate (issue 12).
// The page's own hydration runs in one task; every section hydrated in it lengthens that task.
// Sections wrapped in an Island are left out of it and hydrate later, each in a task of its own,
// one after another in the order they asked (so no two land in the same task). Between them the
// browser can paint and answer input. `lateHydration()` tells an Island whether it is being
// hydrated (then it adopts the prerendered HTML and waits) or rendered in the browser (then it
// simply renders).

let hydrated = false;
let prerendered: boolean | null = null;
/**
 * The Islands hydrating right now, innermost last: for each, whether the page's view had changed
 * since the page hydrated (its prerendered HTML, and that of any Island inside it, is out of date).
 */
const hydrating: boolean[] = [];

/** Called once by the root layout when the first page is on screen and interactive. */
export function markPageHydrated(): void {
	hydrated = true;
}

/**
 * Whether an Island takes the late path: on the server (it renders the section into the HTML) and
 * while the browser hydrates that HTML. Not after the first page (client-side navigations render),
 * and not when the first page is rendered in the browser rather than hydrated (the offline app
 * shell, which has no prerendered sections: no [data-island] in the document).
 */
export function lateHydration(): boolean {
	if (typeof document === 'undefined') return true;
	if (hydrating.length > 0) return true;
	if (hydrated) return false;
	prerendered ??= document.querySelector('[data-island]') !== null;
	return prerendered;
}

/**
 * Runs `hydrate` (an Island hydrating its section; `changed`: the view changed since the page
 * hydrated). Islands inside that section see the prerendered HTML too, so they adopt it and wait in
 * their turn, even after the page itself has hydrated; when the view had changed, their HTML is out
 * of date as well and they hydrate right after (insideChangedIsland).
 */
export function hydratingIsland<T>(hydrate: () => T, changed: boolean): T {
	hydrating.push(changed);
	try {
		return hydrate();
	} finally {
		hydrating.pop();
	}
}

/** Whether an Island being created sits in a section that hydrates after the view changed. */
export function insideChangedIsland(): boolean {
	return hydrating.includes(true);
}

const queue: (() => void)[] = [];
let pending = false;

/** Runs `job` in a task of its own, after the jobs asked for before it. */
export function inOwnTask(job: () => void): void {
	queue.push(job);
	if (!pending) next();
}

function next(): void {
	pending = queue.length > 0;
	if (!pending) return;
	setTimeout(() => {
		queue.shift()!();
		next();
	}, 0);
}

/**
 * The part of a page's state that decides what its sections show: when it changes, a section
 * that has not hydrated yet does so at once (its prerendered HTML shows the default view).
 */
export function viewKey(settings: unknown, dataset: { version: unknown; source: unknown }): string {
	return `${JSON.stringify(settings)}|${String(dataset.version)}|${String(dataset.source)}`;
}
