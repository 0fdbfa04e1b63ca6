// Owns: the published dataset at build time. Once per build (prerender), the committed CSVs in
// data/ are validated with the site's own loader, loaded into DuckDB (duckdb-wasm's Node build)
// and the default views computed; every prerendered page reads from this one instance.
import { readPublished, toArrowTables } from '../data/published.server';
import type { Gemeente, Standaard } from '../data/schema';
import { loadDataset } from './dataset';
import type { Engine } from './engine';
import { DEFAULT_METHOD } from './methods';
import { createNodeEngine } from './node-engine.server';
import { computeOverview, type Overview } from './overview';
import { computeMunicipality, DEFAULT_PEER_MODE, type MunicipalityView } from './municipality';
import { NEIGHBOURS } from '../geo/map';
import { SELECT_GEMEENTEN_SQL, SELECT_STANDAARDEN_SQL, SELECT_SYNTHETIC_SQL } from './sql';

export interface Site {
	engine: Engine;
	gemeenten: Gemeente[];
	standaarden: Standaard[];
	/** Share of adoption rows that are synthetic (0–1); the label shows whenever it is > 0. */
	syntheticShare: number;
	adoptieRows: number;
	overview: Overview;
}

let site: Promise<Site> | undefined;

async function build(): Promise<Site> {
	const engine = await createNodeEngine();
	await loadDataset(engine, toArrowTables(readPublished()));
	const gemeenten = await engine.query<Gemeente>(SELECT_GEMEENTEN_SQL);
	const standaarden = await engine.query<Standaard>(SELECT_STANDAARDEN_SQL);
	const [syn] = await engine.query<{ synthetic: number; total: number }>(SELECT_SYNTHETIC_SQL);
	const overview = await computeOverview(engine, { method: DEFAULT_METHOD, codes: gemeenten.map((g) => g.gemeentecode) });
	return { engine, gemeenten, standaarden, syntheticShare: syn.total ? syn.synthetic / syn.total : 0, adoptieRows: syn.total, overview };
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
			computeMunicipality(s.engine, {
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
