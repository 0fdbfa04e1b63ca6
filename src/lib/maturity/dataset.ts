// Owns: getting a dataset (the tables of the contract) into an Engine as a `Db` — a DuckDB schema
// holding one dataset — and the small per-dataset cache of materialised score tables. There is
// one way in: validated rows as Arrow IPC streams (src/lib/data/arrow.ts) — from the published
// files at build time, from the build's .arrow copies in the browser, or from a data steward's
// delivery. The published data lives in schema `main`; a delivery in its own schema beside it,
// so a preview and a comparison with the published data need no reloading.
import { crosswalk } from '../data/mergers';
import { RESOURCE_ORDER, type Gemeente, type Herindeling, type ResourceName } from '../data/schema';
import type { Engine } from './engine';
import {
	createCrosswalkSql,
	createSchemaSql,
	createTablesSql,
	rawTable,
	rebasedScoresTableSql,
	scoresTableName,
	scoresTableSql,
	selectGemeentenSql,
	selectHerindelingenSql,
	selectPeildataSql,
	type Division,
	type Namespace,
	type Scope
} from './sql';

/** One dataset in one engine. */
export interface Db {
	engine: Engine;
	ns: Namespace;
}

export const PUBLISHED_NS = 'main';
export const DELIVERY_NS = 'levering';

export type ArrowTables = Record<ResourceName, Uint8Array>;

const materialised = new WeakMap<Engine, Map<Namespace, Set<string>>>();
function cacheOf(db: Db): Set<string> {
	let byNs = materialised.get(db.engine);
	if (!byNs) materialised.set(db.engine, (byNs = new Map()));
	let done = byNs.get(db.ns);
	if (!done) byNs.set(db.ns, (done = new Set()));
	return done;
}

/** Insert the tables into schema `ns` and (re)create the typed tables; forgets that dataset's computed scores. */
export async function loadDataset(engine: Engine, tables: ArrowTables, ns: Namespace = PUBLISHED_NS): Promise<Db> {
	await engine.exec(createSchemaSql(ns));
	for (const name of RESOURCE_ORDER) {
		await engine.exec(`DROP TABLE IF EXISTS ${rawTable(ns, name)}`);
		await engine.insertArrow(rawTable(ns, name), tables[name]);
	}
	for (const stmt of createTablesSql(ns, RESOURCE_ORDER)) await engine.exec(stmt);
	// The crosswalk onto the division of the latest peildatum ("today"), for re-based history.
	const [g, h, pd] = await Promise.all([
		engine.query<Gemeente>(selectGemeentenSql(ns)),
		engine.query<Herindeling>(selectHerindelingenSql(ns)),
		engine.query<{ peildatum: string }>(selectPeildataSql(ns))
	]);
	await engine.exec(createCrosswalkSql(ns, crosswalk(g, h, pd.length ? pd[pd.length - 1].peildatum : '9999-12-31')));
	const db = { engine, ns };
	cacheOf(db).clear();
	return db;
}

/** Name of the table holding scores for `scope` on a division, creating it on first use. */
export async function scoresTable(db: Db, scope: Scope, division: Division = 'peildatum'): Promise<string> {
	const name = scoresTableName(db.ns, scope, division);
	const done = cacheOf(db);
	if (!done.has(name)) {
		if (division === 'huidig') await scoresTable(db, scope);
		await db.engine.exec(division === 'huidig' ? rebasedScoresTableSql(db.ns, scope) : scoresTableSql(db.ns, scope));
		done.add(name);
	}
	return name;
}
