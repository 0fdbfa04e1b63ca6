// Owns: serving the build and the bench's own pages compressed, as a static host would, for the
// first-paint bench. tests/e2e/serve.ts's serveBuild is used when it already compresses (probed);
// otherwise this server does: it prefers precompressed siblings (file.br, then file.gz, as
// adapter-static's `precompress` writes them) and gzips anything else textual on the fly (cached in
// memory, so only the warm-up load pays for it). Extra directories can be mounted under a prefix.
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveBuild } from '../e2e/serve';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.parquet': 'application/vnd.apache.parquet',
	'.zip': 'application/zip'
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm|vnd\.apache\.arrow)|image\/svg)/;

export interface BenchServer {
	/** Origin of the site (the build), no trailing slash. */
	site: string;
	/** Origin serving the mounted directories (may equal `site`). */
	extra: string;
	/** How the build is compressed: 'serveBuild' when serve.ts compresses itself, else this server's way. */
	how: string;
	close(): Promise<void>;
}

function resolveFile(dir: string, urlPath: string): string | null {
	let p: string;
	try {
		p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
	} catch {
		return null;
	}
	const file = path.join(dir, p);
	if (!file.startsWith(dir)) return null;
	if (existsSync(file) && statSync(file).isDirectory()) {
		const index = path.join(file, 'index.html');
		return existsSync(index) ? index : null;
	}
	if (existsSync(file)) return file;
	if (existsSync(file + '.html')) return file + '.html';
	return null;
}

/** A static handler for `dir`: precompressed .br/.gz when present, else gzip on the fly. */
function compressedStatic(dir: string) {
	const cache = new Map<string, Buffer>();
	return (req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): boolean => {
		const file = resolveFile(dir, urlPath);
		if (!file) return false;
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		const accept = String(req.headers['accept-encoding'] ?? '');
		res.setHeader('content-type', type);
		res.setHeader('vary', 'accept-encoding');
		res.setHeader('cache-control', 'no-cache');
		let body: Buffer;
		if (/\bbr\b/.test(accept) && existsSync(file + '.br')) {
			res.setHeader('content-encoding', 'br');
			body = readFileSync(file + '.br');
		} else if (/\bgzip\b/.test(accept) && existsSync(file + '.gz')) {
			res.setHeader('content-encoding', 'gzip');
			body = readFileSync(file + '.gz');
		} else if (/\bgzip\b/.test(accept) && COMPRESSIBLE.test(type)) {
			res.setHeader('content-encoding', 'gzip');
			let gz = cache.get(file);
			if (!gz) cache.set(file, (gz = gzipSync(readFileSync(file))));
			body = gz;
		} else body = readFileSync(file);
		res.setHeader('content-length', body.byteLength);
		res.end(req.method === 'HEAD' ? undefined : body);
		return true;
	};
}

function listen(server: http.Server): Promise<string> {
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

/** Does serveBuild compress already (e.g. after a change to serve.ts)? Probes `/` once. */
async function serveBuildCompresses(buildDir: string): Promise<{ ok: boolean; close: () => Promise<void>; url: string }> {
	const s = await serveBuild(0, '', buildDir);
	const r = await fetch(s.url, { headers: { 'accept-encoding': 'br, gzip' } });
	await r.arrayBuffer();
	return { ok: !!r.headers.get('content-encoding'), close: s.close, url: s.url.replace(/\/$/, '') };
}

/**
 * Serve `buildDir` compressed, plus `mounts` (prefix → directory, e.g. '/__bench/' → results) from
 * this bench's own server. Everything on 127.0.0.1.
 */
export async function serveCompressed(buildDir: string, mounts: Record<string, string>): Promise<BenchServer> {
	const precompressed = existsSync(path.join(buildDir, 'index.html.br')) || existsSync(path.join(buildDir, 'index.html.gz'));
	const probe = await serveBuildCompresses(buildDir);
	const handlers = Object.entries(mounts).map(([prefix, dir]) => [prefix, compressedStatic(path.resolve(dir))] as const);
	const siteHandler = compressedStatic(path.resolve(buildDir));
	const useOwnForSite = !probe.ok;
	if (!useOwnForSite) {
		// Keep serveBuild's server for the site; this one serves only the mounts.
	} else await probe.close();
	const server = http.createServer((req, res) => {
		const url = req.url ?? '/';
		for (const [prefix, h] of handlers) {
			if (url.startsWith(prefix) && h(req, res, url.slice(prefix.length - 1))) return;
		}
		if (useOwnForSite && siteHandler(req, res, url)) return;
		res.statusCode = 404;
		res.end('Not found');
	});
	const own = await listen(server);
	const how = !useOwnForSite
		? 'serveBuild (tests/e2e/serve.ts) compresses itself'
		: precompressed
			? 'bench server: precompressed .br/.gz files from the build'
			: 'bench server: gzip on the fly (zlib level 6; the build has no .br/.gz files)';
	return {
		site: useOwnForSite ? own : probe.url,
		extra: own,
		how,
		close: async () => {
			await new Promise<void>((r) => server.close(() => r()));
			if (!useOwnForSite) await probe.close();
		}
	};
}
