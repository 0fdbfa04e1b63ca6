// Owns: serving the static build (build/) on 127.0.0.1, like any static host would: plain files,
// correct MIME types (application/wasm), directory index.html, the build's precompressed .br/.gz
// copies with Content-Encoding when the browser accepts them, mounted under BASE_PATH if set.
// Used by `npm run preview`, the e2e suite and the benchmarks.
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../build');

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Why the build cannot be served, in one sentence (null when it can). */
export function missingBuild(dir = ROOT): string | null {
	return existsSync(path.join(dir, 'index.html')) ? null : `There is no build in ${path.relative(process.cwd(), dir) || dir}/: run \`npm run build\` first (about 3 to 8 minutes).`;
}

export interface ServeOptions {
	/** Answer a request before the files do (tests: a changed service worker); true when answered. */
	intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

export function serveBuild(port = 0, base = process.env.BASE_PATH ?? '', dir = ROOT, opts: ServeOptions = {}): Promise<Served> {
	const files = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true });
	const server = http.createServer((req, res) => {
		if (opts.intercept?.(req, res)) return;
		const url = req.url ?? '/';
		if (base) {
			if (!url.startsWith(base + '/') && url !== base) {
				res.statusCode = 404;
				res.end('Not found');
				return;
			}
			req.url = url.slice(base.length) || '/';
		}
		// Like most static hosts: unknown URLs get /404.html with status 404; under /en/ the English
		// one, /en/404.html (README, Hosting, says how to tell a host).
		files(req, res, () => {
			const en = /^\/en(\/|$)/.test(req.url ?? '') && existsSync(path.join(dir, 'en/404.html'));
			const page = path.join(dir, en ? 'en/404.html' : '404.html');
			res.statusCode = 404;
			if (existsSync(page)) {
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.end(readFileSync(page));
			} else res.end('Not found');
		});
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const addr = server.address() as { port: number };
			resolve({
				url: `http://127.0.0.1:${addr.port}${base}/`,
				close: () => new Promise((r) => server.close(() => r()))
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const missing = missingBuild();
	if (missing) {
		console.error(missing);
		process.exit(1);
	}
	const port = Number(process.env.PORT ?? 4173);
	serveBuild(port).then((s) => console.log(`Serving build/ at ${s.url} (Ctrl+C to stop)`));
}
