// Owns: the published dataset at build time. Once per build (prerender), the committed CSVs in
// data/ are validated with the site's own loader, loaded into DuckDB (duckdb-wasm's Node build)
// and the default views computed; every prerendered page reads from this one instance.
import { readPublished, toArrowTables } from '../data/published.server';
import type { Gemeente, Herindeling, Standaard } from '../data/schema';
import { loadMapAt } from '../geo/map';
import { loadDataset, type Db } from './dataset';
import { DEFAULT_METHOD, type Method } from './methods';
import { DEFAULT_PEER_MODE, lastScored, type MunicipalityView, type PeerMode } from './municipality';
import { computeMunicipality, priorityProfiles } from './compute-municipality';
import { createNodeEngine } from './node-engine.server';
import type { Overview } from './overview';
import { computeOverview } from './compute-overview';
import { counts, gemeenten, herindelingen, standaarden, syntheticShare } from './queries';
import type { Division } from './scoring';

export interface Site {
	db: Db;
	/** Every municipality of the series (any date). */
	gemeenten: Gemeente[];
	/** Today's municipalities (the division of the latest peildatum). */
	current: Gemeente[];
	herindelingen: Herindeling[];
	standaarden: Standaard[];
	/** Share of adoption rows that are synthetic (0–1); the label shows whenever it is > 0. */
	syntheticShare: number;
	adoptieRows: number;
	/** Default method, each peildatum in its own division (columns: every municipality). */
	overview: Overview;
	/** Default method on today's municipalities, earlier peildata re-based (columns: today's). */
	rebased: Overview;
}

let site: Promise<Site> | undefined;

async function build(): Promise<Site> {
	// In `npm run dev` the first page waits for this; say what it is doing.
	const t0 = performance.now();
	console.log('Loading the published data into DuckDB and computing the default views (the first page waits for this, about 10–40 s)…');
	const db = await loadDataset(await createNodeEngine(), toArrowTables(readPublished()));
	const [g, h, s, c] = await Promise.all([gemeenten(db), herindelingen(db), standaarden(db), counts(db)]);
	const current = g.filter((x) => x.geldig_tot === null);
	const overview = await computeOverview(db, { method: DEFAULT_METHOD, codes: g.map((x) => x.gemeentecode) });
	const rebased = await computeOverview(db, { method: DEFAULT_METHOD, codes: current.map((x) => x.gemeentecode), division: 'huidig' });
	console.log(`Data ready in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
	return { db, gemeenten: g, current, herindelingen: h, standaarden: s, syntheticShare: syntheticShare(c), adoptieRows: c.adoptie, overview, rebased };
}

export function getSite(): Promise<Site> {
	return (site ??= build());
}

/** Memoise a build-time computation by key. */
function memo<T>(): (key: string, make: () => Promise<T>) => Promise<T> {
	const cache = new Map<string, Promise<T>>();
	return (key, make) => {
		let p = cache.get(key);
		if (!p) cache.set(key, (p = make()));
		return p;
	};
}

const overviews = memo<Overview>();
/** The national view for a method, scope and division (the default one is `site.overview`). */
export function overviewFor(method: Method, prioriteit: number | null, division: Division): Promise<Overview> {
	return overviews(JSON.stringify([method, prioriteit, division]), async () => {
		const s = await getSite();
		const codes = (division === 'huidig' ? s.current : s.gemeenten).map((g) => g.gemeentecode);
		return computeOverview(s.db, { method, codes, scope: { prioriteit }, division });
	});
}

const profiles = memo<Map<string, Map<string, number>>>();
const views = memo<MunicipalityView>();
/**
 * A municipality view at its latest peildatum (for a dissolved municipality: its last one) with
 * the peers of `mode` (default: same size class), computed once per build.
 */
export function municipalityView(code: string, mode: PeerMode = DEFAULT_PEER_MODE): Promise<MunicipalityView> {
	return views(`${code}|${mode}`, async () => {
		const s = await getSite();
		const pd = s.overview.peildata[lastScored(s.overview, s.overview.codes.indexOf(code))];
		const map = await loadMapAt(pd);
		return computeMunicipality(s.db, {
			code,
			overview: s.overview,
			rebased: s.rebased,
			peildatum: pd,
			peerMode: mode,
			profiles: mode === 'profiel' ? await profiles(pd, () => priorityProfiles(s.db, pd)) : undefined,
			ctx: { gemeenten: s.gemeenten, neighbours: map.neighbours }
		});
	});
}
