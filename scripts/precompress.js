// Owns: the precompressed copies (.br and .gz beside each file) that a static host serves instead
// of the file when the browser accepts them (`npm run preview` does; see README "Hosting").
// Run by svelte.config.js after adapter-static has written build/ (so every `vite build` has them).
//
// Why not adapter-static's `precompress: true`: it compresses every file with brotli at quality
// 11. Measured on this 2-core machine under load: 150 MB of prerendered HTML/JSON at quality 11
// runs at ~0.1–0.2 MB/s (tens of minutes) for 10–14 % smaller files than quality 6, which runs
// at ~5 MB/s with the same ratio as quality 9. So:
// - pages and JSON (new every build): brotli 6, gzip 9;
// - hashed build files under _app/immutable (JS, CSS, the engine): brotli 11, gzip 9, cached by
//   content hash in node_modules/.cache/ggu-precompress, so only new content pays (the 34 MB
//   engine: ~70 s on a quiet machine, 4 min here under load, once);
// - DuckDB's mvp wasm (only for browsers without WebAssembly exceptions, before 2022): brotli 9.
// Files under 1 KB, and copies that would not be at least 5 % smaller, are not written.
// PRECOMPRESS=0 skips the step (a quicker local build; the preview then serves plain files).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.csv', '.arrow', '.txt', '.xml']);
const MIN_BYTES = 1024;
const CACHE_DIR = path.resolve('node_modules/.cache/ggu-precompress');

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = path.join(dir, d.name);
		return d.isDirectory() ? walk(p) : [p];
	});
}

/** @param {string} rel path relative to the build directory */
function brotliQuality(rel) {
	if (!rel.startsWith('_app/immutable/')) return 6;
	if (/duckdb-mvp[^/]*\.wasm$/.test(rel)) return 9;
	return 11;
}

/**
 * @param {Buffer} bytes
 * @param {'br' | 'gz'} format
 * @param {number} quality
 * @param {string} rel
 */
async function compress(bytes, format, quality, rel) {
	const cached = rel.startsWith('_app/immutable/');
	const key = cached ? path.join(CACHE_DIR, `${createHash('sha256').update(bytes).digest('hex')}.${format}${quality}`) : null;
	if (key && existsSync(key)) return readFileSync(key);
	const out =
		format === 'br'
			? await brotli(bytes, {
					params: {
						[zlib.constants.BROTLI_PARAM_MODE]: /\.(wasm|arrow)$/.test(rel) ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
						[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				})
			: await gzip(bytes, { level: quality });
	if (key) {
		mkdirSync(CACHE_DIR, { recursive: true });
		writeFileSync(key, out);
	}
	return out;
}

/**
 * Write .br and .gz beside every compressible file in `dir`.
 * @param {string} dir
 * @param {{ log: (msg: string) => void }} [opts]
 */
export async function precompress(dir, opts = { log: console.log }) {
	if (process.env.PRECOMPRESS === '0') {
		opts.log('precompress: skipped (PRECOMPRESS=0)');
		return;
	}
	const t0 = performance.now();
	const files = walk(dir)
		.filter((f) => EXTENSIONS.has(path.extname(f)) && statSync(f).size >= MIN_BYTES)
		// Largest first, so the engine starts at once and the small files fill the gaps.
		.sort((a, b) => statSync(b).size - statSync(a).size);
	const totals = { files: files.length, raw: 0, br: 0, gz: 0, written: 0 };
	let next = 0;
	// zlib runs on libuv's thread pool (4 threads): a few more tasks than cores keeps it busy.
	const workers = Array.from({ length: Math.max(2, os.availableParallelism() + 2) }, async () => {
		while (next < files.length) {
			const file = files[next++];
			const rel = path.relative(dir, file).split(path.sep).join('/');
			const bytes = readFileSync(file);
			totals.raw += bytes.length;
			for (const [format, quality] of /** @type {const} */ ([
				['br', brotliQuality(rel)],
				['gz', 9]
			])) {
				const out = await compress(bytes, format, quality, rel);
				if (out.length <= bytes.length * 0.95) {
					writeFileSync(`${file}.${format}`, out);
					totals[format] += out.length;
					totals.written++;
				} else totals[format] += bytes.length;
			}
		}
	});
	await Promise.all(workers);
	const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(1)} MB`;
	opts.log(
		`precompress: ${totals.files} files, ${mb(totals.raw)} → brotli ${mb(totals.br)}, gzip ${mb(totals.gz)} (${totals.written} copies) in ${((performance.now() - t0) / 1000).toFixed(1)} s`
	);
}
