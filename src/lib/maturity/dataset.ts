// Owns: getting a dataset (the three tables of the contract) into an Engine, and the small
// per-engine cache of materialised score tables. There is one way in: validated rows as Arrow
// IPC streams (src/lib/data/arrow.ts) — from the published files at build time, from the
// build's .arrow copies in the browser, or from a user's upload in the preview.
import { RESOURCE_ORDER, type ResourceName } from '../data/schema';
import type { Engine } from './engine';
import { createTablesSql, DIFF_ROWS_SQL, scopeKey, scoresTableSql, typedTableSql, type Scope } from './sql';

const materialised = new WeakMap<Engine, Set<string>>();

export type ArrowTables = Record<ResourceName, Uint8Array>;

/** Insert the three tables and (re)create the typed tables; forgets previously computed scores. */
export async function loadDataset(engine: Engine, tables: ArrowTables): Promise<void> {
	for (const name of RESOURCE_ORDER) {
		await engine.exec(`DROP TABLE IF EXISTS raw_${name}`);
		await engine.insertArrow(`raw_${name}`, tables[name]);
	}
	for (const stmt of createTablesSql(RESOURCE_ORDER)) await engine.exec(stmt);
	materialised.set(engine, new Set());
}

/** Name of the table holding scores for `scope`, creating it on first use. */
export async function scoresTable(engine: Engine, scope: Scope): Promise<string> {
	const key = scopeKey(scope);
	const name = `scores_${key}`;
	let done = materialised.get(engine);
	if (!done) materialised.set(engine, (done = new Set()));
	if (!done.has(name)) {
		await engine.exec(scoresTableSql(name, scope));
		done.add(name);
	}
	return name;
}

export interface RowDiff {
	nieuw: number;
	ontbrekend: number;
	gewijzigd: number;
}

/** Compare the loaded adoption rows with the published ones (Arrow IPC of the published adoptie table). */
export async function diffWithPublished(engine: Engine, publishedAdoptie: Uint8Array): Promise<RowDiff> {
	await engine.exec('DROP TABLE IF EXISTS raw_published_adoptie');
	await engine.insertArrow('raw_published_adoptie', publishedAdoptie);
	for (const stmt of typedTableSql('adoptie', 'raw_published_adoptie', 'published_adoptie')) await engine.exec(stmt);
	const [d] = await engine.query<RowDiff>(DIFF_ROWS_SQL);
	return d;
}
