// Owns: the browser's DuckDB session (one per tab, created lazily on first need) and the
// datasets in it: the published data (the build's Arrow copies, served by this site, in schema
// `main`) and a data steward's delivery (schema `levering`, beside it), shown in preview. The
// engine runs in a Web Worker. Nothing is uploaded: a delivery lives only in this tab's memory
// (gone on reload, or with "back to published").
// Which dataset the pages show, and the engine's loading state, live in session.svelte.ts. This
// module, and the SQL it pulls in, is only loaded with import() (session.svelte.ts's
// browserEngine(), or a page's own engine module), so no page compiles it while it starts.
// Performance marks 'ggu-engine-start' / 'ggu-engine-ready' are read by the benchmarks.
import { publishedUrl } from '../data/published-url';
import { RESOURCE_ORDER, type Gemeente, type Herindeling, type Standaard } from '../data/schema';
import { DELIVERY_NS, loadDataset, PUBLISHED_NS, type ArrowTables, type Db } from './dataset';
import type { Engine } from './engine';
import { DEFAULT_METHOD } from './methods';
import type { Overview } from './overview';
import { computeOverview } from './compute-overview';
import { counts, gemeenten, herindelingen, peildata, standaarden, syntheticShare } from './queries';
import { dataset, engineState } from './session.svelte';

let enginePromise: Promise<Engine> | null = null;
let published: Promise<Db> | null = null;
let delivery: { tables: ArrowTables; db: Promise<Db> } | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

function engine(): Promise<Engine> {
	if (!enginePromise) {
		engineState.phase = 'loading';
		engineState.error = null;
		performance.mark('ggu-engine-start');
		enginePromise = import('./worker-engine').then((m) =>
			m.createWorkerEngine((loaded, total) => {
				engineState.bytesLoaded = loaded;
				engineState.bytesTotal = total;
			})
		);
		enginePromise.catch(() => (enginePromise = null));
	}
	return enginePromise;
}

/** Track a dataset load in engineState; a failure is reported and forgotten so a retry can work. */
function tracked(p: Promise<Db>, forget: () => void): Promise<Db> {
	p.then(
		() => {
			if (engineState.readyMs === null) {
				performance.mark('ggu-engine-ready');
				engineState.readyMs = performance.measure('ggu-engine', 'ggu-engine-start', 'ggu-engine-ready').duration;
			}
			engineState.phase = 'ready';
		},
		(e: unknown) => {
			engineState.phase = 'error';
			engineState.error = e instanceof Error ? e.message : String(e);
			forget();
		}
	);
	return p;
}

/** The published data, loaded in the browser's engine (starts loading on first call). */
export function publishedDb(): Promise<Db> {
	if (!published) {
		const p = Promise.all([engine(), Promise.all(RESOURCE_ORDER.map((n) => fetchBytes(publishedUrl(n, 'arrow'))))]).then(([e, files]) =>
			loadDataset(e, Object.fromEntries(RESOURCE_ORDER.map((n, i) => [n, files[i]])) as ArrowTables, PUBLISHED_NS)
		);
		published = tracked(p, () => (published = null));
	}
	return published;
}

/** Load a data steward's delivery (Arrow IPC from the parse worker) beside the published data, without showing it. */
export function loadDelivery(tables: ArrowTables): Promise<Db> {
	if (delivery?.tables !== tables) {
		const p = engine().then((e) => loadDataset(e, tables, DELIVERY_NS));
		delivery = { tables, db: tracked(p, () => (delivery = null)) };
	}
	return delivery.db;
}

/** The dataset the pages show now: the delivery in preview, otherwise the published data. */
export function currentDb(): Promise<Db> {
	return dataset.source === 'preview' && delivery ? delivery.db : publishedDb();
}

/** Show the whole site computed from the steward's validated files. */
export async function startPreview(tables: ArrowTables, label: string): Promise<void> {
	const db = await loadDelivery(tables);
	const [c, pd] = await Promise.all([counts(db), peildata(db)]);
	dataset.source = 'preview';
	dataset.label = label;
	dataset.syntheticShare = syntheticShare(c);
	dataset.peildata = pd;
	dataset.version++;
}

interface PerDataset {
	version: number;
	gemeenten: Promise<Gemeente[]>;
	standaarden: Promise<Standaard[]>;
	herindelingen: Promise<Herindeling[]>;
	overview?: Promise<Overview>;
	rebased?: Promise<Overview>;
}
let cached: PerDataset | null = null;
function perDataset(): PerDataset {
	if (cached?.version !== dataset.version) {
		const db = currentDb();
		cached = { version: dataset.version, gemeenten: db.then(gemeenten), standaarden: db.then(standaarden), herindelingen: db.then(herindelingen) };
	}
	return cached;
}

/** The municipalities of the current dataset, from the browser engine (once per dataset). */
export function currentGemeenten(): Promise<Gemeente[]> {
	return perDataset().gemeenten;
}

/** The standards of the current dataset (once per dataset). */
export function currentStandaarden(): Promise<Standaard[]> {
	return perDataset().standaarden;
}

/** The herindelingen of the current dataset (once per dataset). */
export function currentHerindelingen(): Promise<Herindeling[]> {
	return perDataset().herindelingen;
}

/** The default national view on today's municipalities, history re-based (once per dataset). */
export function currentRebasedOverview(): Promise<Overview> {
	const c = perDataset();
	c.rebased ??= Promise.all([currentDb(), c.gemeenten]).then(([db, g]) =>
		computeOverview(db, { method: DEFAULT_METHOD, codes: g.filter((x) => x.geldig_tot === null).map((x) => x.gemeentecode), division: 'huidig' })
	);
	return c.rebased;
}

/** The default national view of the current dataset, computed in the browser (once per dataset). */
export function currentDefaultOverview(): Promise<Overview> {
	const c = perDataset();
	c.overview ??= Promise.all([currentDb(), c.gemeenten]).then(([db, g]) => computeOverview(db, { method: DEFAULT_METHOD, codes: g.map((x) => x.gemeentecode) }));
	return c.overview;
}
