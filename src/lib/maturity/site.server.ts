// Owns: the published dataset at build time. Once per build (prerender), the committed CSVs in
// data/ are validated with the site's own loader, loaded into DuckDB (duckdb-wasm's Node build)
// and the default views computed; every prerendered page reads from this one instance.
import { readPublished, toArrowTables } from '../data/published.server';
import type { Gemeente, Herindeling, Standaard } from '../data/schema';
import { loadMapAt } from '../geo/map';
import { loadDataset, type Db } from './dataset';
import { DEFAULT_METHOD } from './methods';
import { computeMunicipality, DEFAULT_PEER_MODE, lastScored, type MunicipalityView } from './municipality';
import { createNodeEngine } from './node-engine.server';
import { computeOverview, type Overview } from './overview';
import { counts, gemeenten, herindelingen, standaarden, syntheticShare } from './queries';

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
	const db = await loadDataset(await createNodeEngine(), toArrowTables(readPublished()));
	const [g, h, s, c] = await Promise.all([gemeenten(db), herindelingen(db), standaarden(db), counts(db)]);
	const current = g.filter((x) => x.geldig_tot === null);
	const overview = await computeOverview(db, { method: DEFAULT_METHOD, codes: g.map((x) => x.gemeentecode) });
	const rebased = await computeOverview(db, { method: DEFAULT_METHOD, codes: current.map((x) => x.gemeentecode), division: 'huidig' });
	return { db, gemeenten: g, current, herindelingen: h, standaarden: s, syntheticShare: syntheticShare(c), adoptieRows: c.adoptie, overview, rebased };
}

export function getSite(): Promise<Site> {
	return (site ??= build());
}

const views = new Map<string, Promise<MunicipalityView>>();
/**
 * The municipality view with the default peers at its latest peildatum (for a dissolved
 * municipality: its last one), computed once per build.
 */
export async function municipalityView(code: string): Promise<MunicipalityView> {
	let v = views.get(code);
	if (!v) {
		v = getSite().then(async (s) => {
			const at = lastScored(s.overview, s.overview.codes.indexOf(code));
			const map = await loadMapAt(s.overview.peildata[at]);
			return computeMunicipality(s.db, {
				code,
				overview: s.overview,
				rebased: s.rebased,
				peildatum: s.overview.peildata[at],
				peerMode: DEFAULT_PEER_MODE,
				ctx: { gemeenten: s.gemeenten, neighbours: map.neighbours }
			});
		});
		views.set(code, v);
	}
	return v;
}
