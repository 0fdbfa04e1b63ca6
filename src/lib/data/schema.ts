// Owns: the data contract as code. Reads data/datapackage.json (Frictionless Data Package,
// the single source of truth for columns, types, constraints and keys) and exposes it typed.
import pkg from '../../../data/datapackage.json';

export type ResourceName = 'gemeenten' | 'standaarden' | 'adoptie';
export const RESOURCE_ORDER: readonly ResourceName[] = ['gemeenten', 'standaarden', 'adoptie'];

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

export function fieldNames(name: ResourceName): string[] {
	return resource(name).schema.fields.map((f) => f.name);
}

/** The status values of the contract, in their natural order (niet_gestart → in_gebruik). */
export const STATUSES = resource('adoptie').schema.fields.find((f) => f.name === 'status')!.constraints!.enum! as readonly string[];
export type Status = 'niet_gestart' | 'gepland' | 'in_implementatie' | 'in_gebruik';

export const SIZE_CLASSES = resource('gemeenten').schema.fields.find((f) => f.name === 'grootteklasse')!.constraints!
	.enum! as readonly SizeClass[];
export type SizeClass = '<5k' | '5k-10k' | '10k-20k' | '20k-50k' | '50k-100k' | '100k-150k' | '150k-250k' | '>=250k';
