// Offline plan (src/lib/offline/plan.ts): the paths the service worker and the save button agree
// on, and the precompression step's choices (scripts/precompress.js).
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import {
	cacheNames,
	dataUrlOf,
	DEFAULT_OVERVIEW,
	OVERVIEW_START,
	isCacheFirst,
	isEngineFile,
	isOutdatedCache,
	langOfPath,
	mainPageUrls,
	offlinePageFor,
	withoutBase
} from '../../src/lib/offline/plan';
import { variantId } from '../../src/lib/overzicht/variants';
import { precompress } from '../../scripts/precompress.js';

describe('offline plan', () => {
	it('precaches the overview file the overview loads by default', () => {
		expect(DEFAULT_OVERVIEW).toBe(`/api/overzicht/${variantId({ method: DEFAULT_METHODS.rogers, prioriteit: null, division: 'peildatum' })}.json`);
	});

	it('precaches the overview page’s own data file, which a prerendered endpoint of that path writes', () => {
		expect(existsSync(path.join('src/routes', OVERVIEW_START, '+server.ts'))).toBe(true);
	});

	it('names one build’s caches with its version and recognises other builds’ caches', () => {
		const names = Object.values(cacheNames('123'));
		expect(names.every((n) => n.startsWith('ggu-') && n.endsWith('-123'))).toBe(true);
		expect(new Set(names).size).toBe(4);
		expect(names.some((n) => isOutdatedCache(n, '123'))).toBe(false);
		expect(isOutdatedCache('ggu-saved-122', '123')).toBe(true);
		expect(isOutdatedCache('ggu-1700000000000', '123')).toBe(true); // the hand-written worker's cache
		expect(isOutdatedCache('other-app', '123')).toBe(false);
	});

	it('maps pages to their data and language, with and without a base path', () => {
		expect(dataUrlOf('/gemeente/GM0363/')).toBe('/gemeente/GM0363/__data.json');
		expect(dataUrlOf('/404.html')).toBeNull();
		expect(langOfPath('/en/gemeente/GM0363/', '')).toBe('en');
		expect(langOfPath('/en', '')).toBe('en');
		expect(langOfPath('/engels/', '')).toBe('nl');
		expect(langOfPath('/monitor/en/x/', '/monitor')).toBe('en');
		expect(withoutBase('/monitor/', '/monitor')).toBe('/');
		expect(offlinePageFor('/monitor/en/gemeente/GM0014/', '/monitor')).toBe('/monitor/en/offline/');
		expect(offlinePageFor('/gemeente/GM0014/', '')).toBe('/offline/');
	});

	it('lists the main pages in both languages with their data', () => {
		const urls = mainPageUrls('');
		expect(urls).toContain('/');
		expect(urls).toContain('/__data.json');
		expect(urls).toContain('/en/methode/controle/__data.json');
		expect(urls).toContain('/en/offline/');
		expect(urls.length).toBe(24);
	});

	it('keeps the engine out of the app shell and answers build files, JSON and data cache-first', () => {
		expect(isEngineFile('/_app/immutable/assets/duckdb-eh.9ubY-jlA.wasm')).toBe(true);
		expect(isEngineFile('/_app/immutable/assets/duckdb-browser-mvp.worker.C9hF7LGh.js')).toBe(true);
		expect(isEngineFile('/_app/immutable/workers/parse.worker-Df0vl0lo.js')).toBe(false);
		expect(isEngineFile('/_app/immutable/chunks/duckdb-helpers.js')).toBe(false);
		expect(isCacheFirst('/monitor/api/gemeente/GM0363.json', '/monitor')).toBe(true);
		expect(isCacheFirst('/generated/data/adoptie.arrow', '')).toBe(true);
		expect(isCacheFirst('/gemeente/GM0363/', '')).toBe(false);
	});
});

describe('precompress', () => {
	it('writes .br and .gz copies that decompress to the file, and skips tiny files', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
		mkdirSync(path.join(dir, 'x'));
		const html = '<!doctype html><p>' + 'Gemeente '.repeat(500) + '</p>';
		writeFileSync(path.join(dir, 'x/index.html'), html);
		writeFileSync(path.join(dir, 'tiny.json'), '{}');
		writeFileSync(path.join(dir, 'data.parquet'), html);
		await precompress(dir, { log: () => {} });
		expect(brotliDecompressSync(readFileSync(path.join(dir, 'x/index.html.br'))).toString()).toBe(html);
		expect(gunzipSync(readFileSync(path.join(dir, 'x/index.html.gz'))).toString()).toBe(html);
		expect(existsSync(path.join(dir, 'tiny.json.br'))).toBe(false);
		expect(existsSync(path.join(dir, 'data.parquet.br'))).toBe(false);
	});
});
