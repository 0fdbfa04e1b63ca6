// Owns: the published dataset at build time. Once per build (prerender), the committed CSVs in
// data/ are validated with the site's own loader, loaded into DuckDB (duckdb-wasm's Node build)
// and the default views computed; every prerendered page reads from this one instance.
import { readPublished, toArrowTables } from '../data/published.server';
import type { Gemeente, Standaard } from '../data/schema';
import { NEIGHBOURS } from '../geo/map';
import { loadDataset, type Db } from './dataset';
import { DEFAULT_METHOD } from './methods';
import { computeMunicipality, DEFAULT_PEER_MODE, type MunicipalityView } from './municipality';
import { createNodeEngine } from './node-engine.server';
import { computeOverview, type Overview } from './overview';
import { counts, gemeenten, standaarden, syntheticShare } from './queries';

export interface Site {
	db: Db;
	gemeenten: Gemeente[];
	standaarden: Standaard[];
	/** Share of adoption rows that are synthetic (0–1); the label shows whenever it is > 0. */
	syntheticShare: number;
	adoptieRows: number;
	overview: Overview;
}

let site: Promise<Site> | undefined;

async function build(): Promise<Site> {
	const db = await loadDataset(await createNodeEngine(), toArrowTables(readPublished()));
	const [g, s, c] = await Promise.all([gemeenten(db), standaarden(db), counts(db)]);
	const overview = await computeOverview(db, { method: DEFAULT_METHOD, codes: g.map((x) => x.gemeentecode) });
	return { db, gemeenten: g, standaarden: s, syntheticShare: syntheticShare(c), adoptieRows: c.adoptie, overview };
}

export function getSite(): Promise<Site> {
	return (site ??= build());
}

const views = new Map<string, Promise<MunicipalityView>>();
/** The municipality view with the default peers at the latest peildatum, computed once per build. */
export async function municipalityView(code: string): Promise<MunicipalityView> {
	let v = views.get(code);
	if (!v) {
		v = getSite().then((s) =>
			computeMunicipality(s.db, {
				code,
				overview: s.overview,
				peerMode: DEFAULT_PEER_MODE,
				ctx: { gemeenten: s.gemeenten, neighbours: NEIGHBOURS }
			})
		);
		views.set(code, v);
	}
	return v;
}
