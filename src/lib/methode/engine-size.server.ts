// Owns: what "Reken het zelf na" downloads, measured at build time from the actual files, so the
// page can never quote a stale size: the engine the browser uses (duckdb-wasm's eh build: the
// .wasm and its worker, from node_modules/@duckdb/duckdb-wasm/dist) and the data (the build's
// Arrow copies in static/generated/data, written by the data pipeline before every build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { RESOURCE_ORDER } from '../data/schema';
import type { CheckDownload, DownloadSize } from './check';

const gz = promisify(gzip);

async function sizeOf(files: string[]): Promise<DownloadSize> {
	let raw = 0;
	let packed = 0;
	for (const f of files) {
		const bytes = readFileSync(f);
		raw += bytes.length;
		packed += (await gz(bytes)).length;
	}
	return { raw, gzip: packed };
}

let measured: Promise<CheckDownload> | undefined;

export function checkDownload(): Promise<CheckDownload> {
	return (measured ??= (async () => {
		const require = createRequire(import.meta.url);
		const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
		const data = path.resolve('static/generated/data');
		return {
			engine: await sizeOf([path.join(dist, 'duckdb-eh.wasm'), path.join(dist, 'duckdb-browser-eh.worker.js')]),
			data: await sizeOf(RESOURCE_ORDER.map((n) => path.join(data, `${n}.arrow`)))
		};
	})());
}
