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
//
// SvelteKit's list misses modules (kit 2.70, find_deps): its walk over the client manifest marks a
// chunk as seen when it first meets it through a dynamic import (to collect CSS), and then skips it
// when the page imports it statically. Since the engine's code loads with import() (maturity/
// session.svelte.ts), chunks the page needs at once (the methods, the mergers, the data contract)
// were announced nowhere and loaded one step later, after the page's own module had arrived. The
// list is completed here with every static import of a listed module, from the same manifest.
import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';

const IMMUTABLE = '_app/immutable/';
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * Built file (`_app/immutable/…`) → the files it imports statically. Read once, when the prerender
 * loads this module, right after the client build wrote the manifest. In dev there may be no manifest,
 * or one from an earlier build; dev's module paths are not under `_app/immutable/`, so nothing is added.
 */
const staticImports: ReadonlyMap<string, string[]> = (() => {
	if (!existsSync(CLIENT_MANIFEST)) return new Map();
	const m = JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
	return new Map(Object.values(m).map((c) => [c.file, (c.imports ?? []).map((k) => m[k].file)]));
})();

/** The listed modules and, after them, every module they import statically that is not listed yet. */
function withStaticImports(modules: readonly string[]): string[] {
	const out = [...modules];
	const listed = new Set(modules);
	for (let i = 0; i < out.length; i++) {
		const at = out[i].indexOf(IMMUTABLE);
		if (at < 0) continue;
		const prefix = out[i].slice(0, at);
		for (const file of staticImports.get(out[i].slice(at)) ?? []) {
			if (!listed.has(prefix + file)) {
				listed.add(prefix + file);
				out.push(prefix + file);
			}
		}
	}
	return out;
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'nl';
	// The page's modules, as SvelteKit lists them while rendering (before transformPageChunk runs).
	const modules: string[] = [];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			html = html.replace('%lang%', lang);
			const end = html.lastIndexOf('</body>');
			if (end < 0 || modules.length === 0) return html;
			const links = withStaticImports(modules).map((p) => `<link rel="modulepreload" href="${encodeURI(p).replaceAll('"', '%22')}">`).join('');
			return html.slice(0, end) + links + html.slice(end);
		},
		preload: ({ type, path }) => {
			if (type === 'js') modules.push(path);
			return type === 'css';
		}
	});
};
