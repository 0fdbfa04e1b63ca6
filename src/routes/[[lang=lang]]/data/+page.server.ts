// The data page: what is published (with row counts, peildata covered and file sizes), plus the
// in-browser check of a new delivery (all client-side).
import { statSync } from 'node:fs';
import path from 'node:path';
import { RESOURCE_ORDER } from '$lib/data/schema';
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	const dir = path.resolve('static/generated/data');
	const size = (f: string) => statSync(path.join(dir, f)).size;
	return {
		builtOn: new Date().toISOString().slice(0, 10),
		peildata: site.overview.peildata,
		files: RESOURCE_ORDER.map((name) => ({
			name,
			rows: name === 'gemeenten' ? site.gemeenten.length : name === 'standaarden' ? site.standaarden.length : site.adoptieRows,
			sizes: { csv: size(`${name}.csv`), parquet: size(`${name}.parquet`), arrow: size(`${name}.arrow`) }
		})),
		datapackageSize: size('datapackage.json'),
		names: site.gemeenten.map((g) => ({ code: g.gemeentecode, naam: g.gemeentenaam }))
	};
}
