// SvelteKit configuration: a fully prerendered static site (adapter-static).
// Decisions named here:
// - BASE_PATH (env) sets `paths.base`, so the build also works from a sub-path
//   (e.g. BASE_PATH=/adoptiemonitor npm run build).
// - `paths.relative: false`: asset and link URLs are root-relative (with the base path), so
//   /404.html also works when a host serves it for a nested unknown URL. (Opening the build via
//   file:// never worked anyway: browsers block module scripts there; use `npm run preview`.)
// - Stylesheets are inlined (inlineStyleThreshold) so the first paint waits for no CSS request.
// - A strict Content-Security-Policy is emitted as a <meta> tag on every prerendered page
//   (hash mode: SvelteKit hashes its own inline bootstrap script). 'wasm-unsafe-eval' is
//   needed to compile DuckDB-wasm; nothing is ever loaded from another host.
// - `fallback: 'app-shell.html'`: an empty page that boots the app and renders whatever page the
//   address names from its __data.json. The service worker answers a municipality page with it
//   when only the page's data is stored for offline use (src/service-worker.ts). Not named
//   200.html/index.html, so no host mistakes it for an SPA catch-all: unknown addresses keep 404.html.
// - Precompressed .br/.gz copies are written after the adapter by scripts/precompress.js (not the
//   adapter's `precompress`, which takes tens of minutes here; the reasons are in that file).
import adapterStatic from '@sveltejs/adapter-static';
import { precompress } from './scripts/precompress.js';

const base = process.env.BASE_PATH ?? '';
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and must not end with "/" (got "${base}")`);
}

const staticAdapter = adapterStatic({ pages: 'build', assets: 'build', fallback: 'app-shell.html', precompress: false, strict: true });
/** @type {import('@sveltejs/kit').Adapter} */
const adapter = {
	...staticAdapter,
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		await precompress('build', { log: (m) => builder.log(m) });
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		adapter,
		paths: { base, relative: false },
		// CSS files up to this size are inlined into each page (first paint needs no stylesheet
		// request); SvelteKit adds their hashes to the CSP's style-src, so the policy stays strict.
		inlineStyleThreshold: 40_000,
		alias: { $generated: 'static/generated' },
		// Type-check the data pipeline too; never the benchmark's build output.
		typescript: {
			config: (config) => {
				config.include.push('../data/pipeline/**/*.ts');
				config.exclude.push('../tests/bench/results/**');
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				// SvelteKit's route announcer (#svelte-announcer) carries one fixed inline style attribute
				// (sveltejs/kit#11993). 'unsafe-hashes' plus its exact hash allows that one attribute
				// value and nothing else; all other styles come from the site's own CSS files.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
