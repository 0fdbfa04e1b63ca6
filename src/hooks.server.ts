// Sets <html lang> per page: "en" under /en/, otherwise "nl" (also in prerendered HTML).
// The page's JavaScript is announced with <link rel="modulepreload"> at the END of <body>, not in
// <head> (issue 12, measured both ways):
// - In <head>, Chromium fetched and compiled the ~30 chunks before the first frame, so the page
//   painted at ≈2× the time of the same HTML without them (500 vs 250 ms on loopback).
// - With no preload at all, the scripts loaded only once the parser reached SvelteKit's start-up
//   script at the end of the page, then as a chain of imports six levels deep (each level waits for
//   the one before: start → runtime → the page's nodes → their chunks → the language's messages and
//   the map). On slow 4G (150 ms RTT, 4× CPU) the page hydrated at ≈3.5 s.
// - At the end of <body>: on slow 4G the first paint is unchanged (648 → 612 ms, within noise), the
//   chunks load side by side, and the page hydrates ≈0.6 s earlier (3.46 → 2.85 s on `/`,
//   3.54 → 2.90 s on a municipality page). Lighthouse's figures stayed within their noise.
// - The price, on a fast connection (loopback, full CPU, 10 paired loads in each order): the
//   modules arrive at once and are compiled around the first paint; `/` painted ≈50–100 ms later
//   and blocked the main thread ≈80–120 ms longer (TBT 40–87 → 163–166 ms). A decision for the
//   person on a phone with a poor connection over the desktop lab figure; to undo it, return
//   `html` unchanged below.
// Stylesheets are inlined (svelte.config.js); their preload links stay as SvelteKit makes them.
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'nl';
	// The page's modules, as SvelteKit lists them while rendering (before transformPageChunk runs).
	const modules: string[] = [];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang);
			const end = html.lastIndexOf('</body>');
			if (end < 0 || modules.length === 0) return html;
			const links = modules.map((p) => `<link rel="modulepreload" href="${encodeURI(p).replaceAll('"', '%22')}">`).join('');
			return html.slice(0, end) + links + html.slice(end);
		},
		preload: ({ type, path }) => {
			if (type === 'js') modules.push(path);
			return type === 'css';
		}
	});
};
