// Owns: reading the published CSVs (data/*.csv) in Node — at build time (prerender, pipeline)
// and in tests — through the same validator a data steward uses in the browser. Any error in
// a published file stops the build with its file, line and rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toArrowIPC } from './arrow';
import { RESOURCE_ORDER, type ResourceName } from './schema';
import { validatePackage, type PackageInput, type TableResult } from './validate';

export type Tables = Record<ResourceName, TableResult>;

/** Validate a complete package; throw with the first errors when any table has errors. */
export function validateOrThrow(inputs: PackageInput[], what = 'Published data'): Tables {
	const { tables } = validatePackage(inputs);
	const errors = Object.values(tables).flatMap((t) => t!.issues.filter((i) => i.severity === 'error'));
	if (errors.length) {
		const first = errors
			.slice(0, 10)
			.map((e) => `  ${e.file}:${e.line ?? '-'} ${e.column ?? ''} ${JSON.stringify(e.value)} ${e.rule}`)
			.join('\n');
		throw new Error(`${what} does not validate (${errors.length} errors):\n${first}`);
	}
	return tables as Tables;
}

/** The published files in `dir` (default: data/ under the working directory), validated; or only some of them. */
export function readPublished<N extends ResourceName = ResourceName>(dir = path.resolve('data'), names: readonly N[] = RESOURCE_ORDER as unknown as readonly N[]): Pick<Tables, N> {
	return validateOrThrow(names.map((name) => ({ name, file: `${name}.csv`, data: new Uint8Array(readFileSync(path.join(dir, `${name}.csv`))) })));
}

export function toArrowTables(t: Tables): Record<ResourceName, Uint8Array> {
	return Object.fromEntries(RESOURCE_ORDER.map((n) => [n, toArrowIPC(n, t[n])])) as Record<ResourceName, Uint8Array>;
}

/** A validated table's rows as objects keyed by column name (for the pipeline and tests). */
export function rowObjects<T>(t: Pick<TableResult, 'columns' | 'rows'>): T[] {
	return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])) as T);
}
