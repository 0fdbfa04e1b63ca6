// Owns: what the browser does before SvelteKit hydrates a page.
// Hydration waits for the first frame: the prerendered HTML (map, key figures, table links) is
// painted first, then the page becomes interactive. Without this, on a fast connection the app's
// scripts arrive before the first frame and the browser runs hydration before it paints anything,
// so the first paint waited for the JavaScript (issue 12). Links and the form controls' native
// behaviour work in the meantime; nothing waits for more than one frame (or 500 ms in a tab the
// browser does not draw, where animation frames are paused).
import type { ClientInit } from '@sveltejs/kit';

export const init: ClientInit = () =>
	new Promise<void>((resolve) => {
		requestAnimationFrame(() => setTimeout(resolve, 0));
		setTimeout(resolve, 500);
	});
