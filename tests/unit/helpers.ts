// Shared helpers for unit tests: the raw sources (read in place from ../shared/data, or the
// download cache) and a Node DuckDB engine loaded with given CSV texts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { readSourceText } from '../../data/pipeline/sources';
import { toArrowTables, validateOrThrow } from '../../src/lib/data/published.server';
import { RESOURCE_ORDER, type ResourceName } from '../../src/lib/data/schema';
import { loadDataset, type Db } from '../../src/lib/maturity/dataset';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import type { Engine } from '../../src/lib/maturity/engine';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function sourceTopology(name: string): Promise<Topology> {
	return JSON.parse(await readSourceText(`${name}.topojson`));
}

export function projectFile(rel: string): string {
	return readFileSync(path.join(ROOT, rel), 'utf8');
}

/**
 * A dataset from the given CSV texts (validated like published data: errors throw), in a new Node
 * engine, or beside another dataset in `into.engine` under schema `into.ns`.
 */
export async function engineWith(csv: Partial<Record<ResourceName, string>>, into?: { engine: Engine; ns: string }): Promise<Db> {
	const all = { herindelingen: 'datum,oude_code,nieuwe_code,soort,aandeel_inwoners,bron\n', ...csv } as Record<ResourceName, string>;
	const tables = validateOrThrow(RESOURCE_ORDER.map((name) => ({ name, file: `${name}.csv`, data: all[name] })), 'Fixture');
	return loadDataset(into?.engine ?? (await createNodeEngine()), toArrowTables(tables), into?.ns);
}
