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

/** The published files in `dir` (default: data/ under the working directory), validated. */
export function readPublished(dir = path.resolve('data')): Tables {
	return validateOrThrow(
		RESOURCE_ORDER.map((name) => ({ name, file: `${name}.csv`, data: new Uint8Array(readFileSync(path.join(dir, `${name}.csv`))) }))
	);
}

export function toArrowTables(t: Tables): Record<ResourceName, Uint8Array> {
	return { gemeenten: toArrowIPC('gemeenten', t.gemeenten), standaarden: toArrowIPC('standaarden', t.standaarden), adoptie: toArrowIPC('adoptie', t.adoptie) };
}
