// Owns: the data contract at run time. Reads data/datapackage.json (Frictionless Data Package,
// the single source of truth for columns, types, constraints and keys) and exposes the schema
// the validator, the Arrow writer and the SQL builders walk. The names, enums and row types come
// from the generated module ./contract.ts (data/pipeline/contract.ts writes it from the same file).
import pkg from '../../../data/datapackage.json';
import type { ResourceName } from './contract';

export * from './contract';

export type FieldType = 'string' | 'integer' | 'number' | 'date';
export type Normaliser = 'gemeentecode' | 'provinciecode' | 'slug' | 'enum';

export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	pattern?: string;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	/** Longest allowed text, in characters (Frictionless maxLength). */
	maxLength?: number;
}

export interface Field {
	name: string;
	title?: string;
	type: FieldType;
	format?: string;
	constraints?: FieldConstraints;
	'x-normalise'?: Normaliser;
	'x-default'?: number | string;
	'x-derived'?: 'grootteklasse';
	'x-enum'?: string;
	/** Plain text on one line: no control characters (line breaks, tabs) and no markup tags (rule 'plain-text'). */
	'x-plain-text'?: boolean;
}

export interface ForeignKey {
	fields: string[];
	reference: { resource: ResourceName; fields: string[] };
}

export interface Resource {
	name: ResourceName;
	title: string;
	path: string;
	schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[]; missingValues: string[] };
}

export const DATA_PACKAGE = pkg as unknown as { name: string; title: string; version: string; resources: Resource[] };

export function resource(name: ResourceName): Resource {
	const r = DATA_PACKAGE.resources.find((x) => x.name === name);
	if (!r) throw new Error(`datapackage.json has no resource "${name}"`);
	return r;
}
