// Owns: the browser's DuckDB session (one per tab, created lazily on first need) and which
// dataset it holds: the published data (the build's Arrow copies, served by this site) or a
// data steward's own files in preview. The engine runs in a Web Worker. Nothing is uploaded:
// a preview lives only in this tab's memory (gone on reload, or with "back to published").
// Performance marks 'ggu-engine-start' / 'ggu-engine-ready' are read by the benchmarks.
import { asset } from '$app/paths';
import { RESOURCE_ORDER, type ResourceName } from '../data/schema';
import type { Gemeente } from '../data/schema';
import { loadDataset, type ArrowTables } from './dataset';
import type { Engine } from './engine';
import { DEFAULT_METHOD } from './methods';
import { computeOverview, type Overview } from './overview';
import { SELECT_GEMEENTEN_SQL, SELECT_SYNTHETIC_SQL } from './sql';

export type EnginePhase = 'idle' | 'loading' | 'ready' | 'error';

export const engineState = $state<{ phase: EnginePhase; error: string | null; readyMs: number | null }>({
	phase: 'idle',
	error: null,
	readyMs: null
});

/** Which data the browser engine (and every page that recomputes) is showing. */
export const dataset = $state<{ source: 'published' | 'preview'; label: string | null; version: number; syntheticShare: number | null }>({
	source: 'published',
	label: null,
	version: 0,
	syntheticShare: null
});

let enginePromise: Promise<Engine> | null = null;
let loaded: { version: number; done: Promise<void> } | null = null;
let previewTables: ArrowTables | null = null;

export function publishedUrl(name: ResourceName, ext: 'arrow' | 'csv'): string {
	return asset(`/generated/data/${name}.${ext}` as '/favicon.svg');
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

async function publishedTables(): Promise<ArrowTables> {
	const files = await Promise.all(RESOURCE_ORDER.map((n) => fetchBytes(publishedUrl(n, 'arrow'))));
	return Object.fromEntries(RESOURCE_ORDER.map((n, i) => [n, files[i]])) as ArrowTables;
}

function createEngine(): Promise<Engine> {
	engineState.phase = 'loading';
	engineState.error = null;
	performance.mark('ggu-engine-start');
	return import('./worker-engine').then((m) => m.createWorkerEngine());
}

/** The engine with the current dataset (published or preview) loaded; starts loading on first call. */
export function currentEngine(): Promise<Engine> {
	const version = dataset.version;
	enginePromise ??= createEngine();
	if (!loaded || loaded.version !== version) {
		const tables = dataset.source === 'preview' && previewTables ? Promise.resolve(previewTables) : publishedTables();
		const previous = loaded?.done ?? Promise.resolve();
		const done = previous
			.catch(() => {})
			.then(async () => {
				const [engine, t] = await Promise.all([enginePromise!, tables]);
				await loadDataset(engine, t);
				const [syn] = await engine.query<{ synthetic: number; total: number }>(SELECT_SYNTHETIC_SQL);
				if (version === dataset.version) dataset.syntheticShare = syn.total ? syn.synthetic / syn.total : 0;
				if (engineState.readyMs === null) {
					performance.mark('ggu-engine-ready');
					engineState.readyMs = performance.measure('ggu-engine', 'ggu-engine-start', 'ggu-engine-ready').duration;
				}
				engineState.phase = 'ready';
			});
		loaded = { version, done };
		done.catch((e: unknown) => {
			engineState.phase = 'error';
			engineState.error = e instanceof Error ? e.message : String(e);
			if (loaded?.done === done) loaded = null;
			if (engineState.readyMs === null) enginePromise = null;
		});
	}
	const { done } = loaded;
	return done.then(() => enginePromise!);
}

/** Show the whole site computed from the steward's validated files (Arrow IPC from the parse worker). */
export async function startPreview(tables: ArrowTables, label: string): Promise<void> {
	previewTables = tables;
	dataset.source = 'preview';
	dataset.label = label;
	dataset.version++;
	await currentEngine();
}

/** Back to the published data. */
export async function stopPreview(): Promise<void> {
	previewTables = null;
	dataset.source = 'published';
	dataset.label = null;
	dataset.syntheticShare = null;
	dataset.version++;
	if (enginePromise) await currentEngine();
}

const gemeentenCache = new Map<number, Promise<Gemeente[]>>();
const overviewCache = new Map<number, Promise<Overview>>();

/** The municipalities of the current dataset, from the browser engine (once per dataset). */
export function currentGemeenten(): Promise<Gemeente[]> {
	const v = dataset.version;
	let p = gemeentenCache.get(v);
	if (!p) gemeentenCache.set(v, (p = currentEngine().then((e) => e.query<Gemeente>(SELECT_GEMEENTEN_SQL))));
	return p;
}

/** The default national view of the current dataset, computed in the browser (once per dataset). */
export function currentDefaultOverview(): Promise<Overview> {
	const v = dataset.version;
	let p = overviewCache.get(v);
	if (!p) {
		p = currentGemeenten().then(async (g) => computeOverview(await currentEngine(), { method: DEFAULT_METHOD, codes: g.map((x) => x.gemeentecode) }));
		overviewCache.set(v, p);
	}
	return p;
}
