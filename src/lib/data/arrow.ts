// Owns: the compact binary form of validated tables (Arrow IPC stream) that DuckDB loads, in Node
// and in the browser alike. Strings and dates are dictionary-encoded (few distinct values, many
// rows), numbers are Int32/Float64; the typed CREATE TABLE in maturity/sql.ts casts each column
// to its schema type. Also written at build time as static/generated/data/<name>.arrow.
import { Dictionary, Float64, Int16, Int32, Int8, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { resource, type FieldType, type ResourceName } from './schema';
import type { TableResult } from './validate';

/** Arrow type for a schema type; dictionary indices as narrow as the number of distinct values allows. */
function arrowType(t: FieldType, distinct: number): DataType {
	switch (t) {
		case 'integer':
			return new Int32();
		case 'number':
			return new Float64();
		default:
			return new Dictionary(new Utf8(), distinct < 127 ? new Int8() : distinct < 32_767 ? new Int16() : new Int32());
	}
}

/** Validated rows (schema column order) → Arrow IPC stream bytes. */
export function toArrowIPC(name: ResourceName, t: Pick<TableResult, 'columns' | 'rows'>): Uint8Array {
	const fields = resource(name).schema.fields;
	const vectors: Record<string, Vector> = {};
	for (const f of fields) {
		const ci = t.columns.indexOf(f.name);
		if (ci < 0) throw new Error(`${name}: column ${f.name} missing from rows`);
		const numeric = f.type === 'integer' || f.type === 'number';
		const values = t.rows.map((r) => (r[ci] === null ? null : numeric ? Number(r[ci]) : String(r[ci])));
		const distinct = numeric ? 0 : new Set(values).size;
		// An empty dictionary column makes a stream DuckDB cannot read ("expected number of
		// dictionaries"): an empty table gets plain columns.
		const type = t.rows.length === 0 && !numeric ? new Utf8() : arrowType(f.type, distinct);
		vectors[f.name] = vectorFromArray(values, type as never);
	}
	return tableToIPC(new Table(vectors), 'stream');
}
