// The Parquet open-data copies hold exactly the published rows, with the schema's types.
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { toParquet } from '../../data/pipeline/parquet';
import { readPublished } from '../../src/lib/data/published.server';
import { resource, RESOURCE_ORDER } from '../../src/lib/data/schema';

const published = readPublished();

describe('Parquet copies', () => {
	for (const name of RESOURCE_ORDER) {
		it(`${name}: every row and value round-trips`, async () => {
			const bytes = toParquet(name, published[name]);
			const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
			const meta = parquetMetadata(file);
			expect(Number(meta.num_rows)).toBe(published[name].rows.length);
			const rows = await parquetReadObjects({ file });
			const fields = resource(name).schema.fields;
			const cols = published[name].columns;
			// Compare a spread of rows (first, last and every 997th) field by field.
			const sample = [...Array.from({ length: Math.ceil(rows.length / 997) }, (_, k) => k * 997), rows.length - 1];
			for (const i of sample) {
				for (const f of fields) {
					const want = published[name].rows[i][cols.indexOf(f.name)];
					const got = rows[i][f.name];
					if (f.type === 'date') expect(got === null ? null : (got as Date).toISOString().slice(0, 10)).toBe(want);
					else if (f.type === 'integer' || f.type === 'number') expect(got).toBe(want === null ? null : Number(want));
					else expect(got).toBe(want);
				}
			}
		});
	}

	it('marks dates with the DATE logical type', () => {
		const bytes = toParquet('adoptie', published.adoptie);
		const meta = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		const peildatum = meta.schema.find((s) => s.name === 'peildatum');
		expect(peildatum?.converted_type).toBe('DATE');
	});
});
