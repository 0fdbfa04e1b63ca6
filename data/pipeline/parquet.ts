// Owns: the Parquet copies of the published tables (open data downloads), written at build time
// with hyparquet-writer (pure JavaScript: no native binding, no download at install time — the
// native DuckDB Node package ships platform binaries the CI registry does not carry). Column
// types come from the data package, as everywhere else: integer → INT32, number → DOUBLE,
// date → INT32 with the DATE logical type, string → UTF-8 (dictionary-encoded by the writer).
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { resource, type FieldType, type ResourceName } from '../../src/lib/data/schema';
import type { TableResult } from '../../src/lib/data/validate';

const DAY_MS = 86_400_000;

function element(name: string, type: FieldType, required: boolean): SchemaElement {
	const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
	switch (type) {
		case 'integer':
			return { name, type: 'INT32', repetition_type };
		case 'number':
			return { name, type: 'DOUBLE', repetition_type };
		case 'date':
			return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
		default:
			return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
	}
}

function value(type: FieldType, v: unknown): string | number | null {
	if (v === null || v === undefined) return null;
	if (type === 'integer' || type === 'number') return Number(v);
	if (type === 'date') return Math.round(Date.parse(`${String(v)}T00:00:00Z`) / DAY_MS);
	return String(v);
}

/** Validated rows (schema column order) → Parquet file bytes. */
export function toParquet(name: ResourceName, t: Pick<TableResult, 'columns' | 'rows'>): Uint8Array {
	const fields = resource(name).schema.fields;
	const schema: SchemaElement[] = [{ name: 'schema', num_children: fields.length }];
	const columnData = fields.map((f) => {
		const ci = t.columns.indexOf(f.name);
		if (ci < 0) throw new Error(`${name}: column ${f.name} missing from rows`);
		const required = f.constraints?.required === true;
		schema.push(element(f.name, f.type, required));
		return { name: f.name, data: t.rows.map((r) => value(f.type, r[ci])), nullable: !required };
	});
	return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: 'ggu-adoptiemonitor (hyparquet-writer)' }));
}
