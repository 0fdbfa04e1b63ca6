// Owns: where the raw public source files come from (CBS/Kadaster boundaries via cartomap/nl,
// CBS population via mzelst/covid-19), and fetching them when the shared copy is absent.
// Raw files are never copied into the project tree: they are read in place, or downloaded
// into the git-ignored cache `data/.cache/` and checked against the published sha256.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(PROJECT_ROOT, 'data/.cache');

interface SourceFile {
	/** Which kind of source (decides the override variable and the shared folder). */
	kind: 'geo' | 'population';
	url: string;
	sha256: string;
}

const CARTOMAP = 'https://raw.githubusercontent.com/cartomap/nl';
/** A boundaries file of cartomap/nl at a commit (WGS84). */
const cartomap = (name: string, commit: string, sha256: string): [string, SourceFile] => [name, { kind: 'geo', url: `${CARTOMAP}/${commit}/wgs84/${name}`, sha256 }];
/** The exact files and commits listed in ../shared/data/geo/SOURCE.md and population/SOURCE.md. */
export const SOURCE_FILES: Record<string, SourceFile> = Object.fromEntries([
	cartomap('gemeente_2020.topojson', '5790c83dea5d4fcbe4533d8276c2090104434cdb', 'e44db19d67ebc7e58aebf7a62635c374df27febd31e6bc4c71ee00a4277a7335'),
	cartomap('provincie_2020.topojson', '5790c83dea5d4fcbe4533d8276c2090104434cdb', '60cea7a57a5992474909fd73369a1a3dc2ad56f687810661c8c217555c9791c4'),
	cartomap('gemeente_2021.topojson', '5943f3a9f4121b931a6764eee927b8c01eb4122a', '4db208b022874feadd230322b6d50330b4af647a8c67d0983d16c367f9039ac8'),
	cartomap('gemeente_2022.topojson', '5a11208587cb264ae2efe4d121fc1b5152d65a7e', '524f6b3c67fd37376b4b96648eb096e256a16a35c51df0a9e41aa8837fd92d8f'),
	cartomap('gemeente_2023.topojson', '7234d7f822d98610d144184dbcd74a9ac5c6d730', '17ebce6313077a9116759bda4a0784f354bece55f1f13cd24486ba60e21d053c'),
	cartomap('gemeente_2026.topojson', '01e3b4cea860e7bb5dc3bddbfff72d3e4f4709e6', 'dcfb0a45137d95709d1bb3d5838a42f21922293956fb9e3110eb30e64d02bafb'),
	[
		'mzelst_municipalities-population_2020-355gm.csv',
		{
			kind: 'population',
			url: 'https://raw.githubusercontent.com/mzelst/covid-19/13e4a0280f1a960631a9d6868705dcab7afe7968/misc/municipalities-population.csv',
			sha256: '3476eb0ede0a404c2bb1e6925dbcd51c891eaf40271d38baa5a1c863f0299f40'
		}
	]
]);

const SHARED = path.resolve(PROJECT_ROOT, '../shared/data');

/** The folder a kind of source is read from: the override variable, else ../shared/data/<kind>. */
export function sourceDir(kind: SourceFile['kind']): string {
	const override = kind === 'geo' ? process.env.GEO_SOURCE_DIR : process.env.POPULATION_SOURCE_DIR;
	return override ? path.resolve(override) : path.join(SHARED, kind);
}

function sha256(buf: Buffer): string {
	return createHash('sha256').update(buf).digest('hex');
}

/**
 * Path of a raw source file on disk. Reads the shared copy (or the override folder) in place;
 * where that folder does not exist, downloads the file once into data/.cache and says so.
 */
export async function sourcePath(name: string, log: (msg: string) => void = console.log): Promise<string> {
	const spec = SOURCE_FILES[name];
	if (!spec) throw new Error(`Unknown source file "${name}"; known: ${Object.keys(SOURCE_FILES).join(', ')}`);
	const dir = sourceDir(spec.kind);
	if (existsSync(dir)) {
		const p = path.join(dir, name);
		if (!existsSync(p)) throw new Error(`${p} is missing (folder ${dir} exists but lacks this file)`);
		return p;
	}
	const cached = path.join(CACHE_DIR, name);
	if (existsSync(cached) && sha256(readFileSync(cached)) === spec.sha256) return cached;
	log(`${dir} not found: downloading ${name} from ${spec.url}`);
	let res: Response;
	try {
		res = await fetch(spec.url);
	} catch (e) {
		throw new Error(cannotGet(name, spec, dir, describeFetchError(e)));
	}
	if (!res.ok) throw new Error(cannotGet(name, spec, dir, `HTTP ${res.status} ${res.statusText}`));
	const buf = Buffer.from(await res.arrayBuffer());
	const got = sha256(buf);
	if (got !== spec.sha256) {
		throw new Error(`Download of ${spec.url} has sha256 ${got}, expected ${spec.sha256}; refusing to use it`);
	}
	mkdirSync(CACHE_DIR, { recursive: true });
	writeFileSync(cached, buf);
	return cached;
}

/** "fetch failed" says nothing; the cause (DNS, refused, timeout) does. */
function describeFetchError(e: unknown): string {
	const err = e as { message?: string; cause?: { code?: string; message?: string } };
	const cause = err.cause ? ` (${[err.cause.code, err.cause.message].filter(Boolean).join(': ')})` : '';
	return `${err.message ?? String(e)}${cause}`;
}

/** What to do when a source file can be neither read nor downloaded. */
function cannotGet(name: string, spec: SourceFile, dir: string, why: string): string {
	const variable = spec.kind === 'geo' ? 'GEO_SOURCE_DIR' : 'POPULATION_SOURCE_DIR';
	return [
		`Cannot get ${name}: the folder ${dir} does not exist and the download from ${spec.url} failed: ${why}.`,
		'Any one of these fixes it:',
		`  - put the shared data beside the project, as ${SHARED}/${spec.kind}/${name};`,
		`  - or point ${variable} at a folder that holds ${name};`,
		`  - or place the file yourself at ${path.join(CACHE_DIR, name)} (sha256 ${spec.sha256});`,
		'  - or run again with network access to raw.githubusercontent.com.'
	].join('\n');
}

export async function readSourceText(name: string): Promise<string> {
	return readFileSync(await sourcePath(name), 'utf8');
}
