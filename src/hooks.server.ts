// Sets <html lang> per page: "en" under /en/, otherwise "nl" (also in prerendered HTML).
// No <link rel="modulepreload"> for the app's JavaScript (issue 12, measured): with all ~30 chunks
// preloaded, Chromium fetched, compiled and ran them before the first frame, so the prerendered
// page painted at ≈2× the time of the same HTML without them (500 ms vs 250 ms on loopback; the
// same page without preloads paints as fast as the limit page). Without them the scripts load
// after the first paint, as a short chain of imports; stylesheets are still preloaded.
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'nl';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang),
		preload: ({ type }) => type === 'css'
	});
};
