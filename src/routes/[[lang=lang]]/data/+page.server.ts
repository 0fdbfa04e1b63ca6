// The data page: what is published (with row counts, the period covered and file sizes), plus the
// in-browser check of a new delivery (all client-side).
import { statSync } from 'node:fs';
import path from 'node:path';
import { RESOURCE_ORDER, type ResourceName } from '$lib/data/schema';
import { getSite } from '$lib/maturity/site.server';

export async function load() {
	const site = await getSite();
	const dir = path.resolve('static/generated/data');
	const size = (f: string) => statSync(path.join(dir, f)).size;
	const moves = [...new Set(site.herindelingen.map((h) => h.datum))].sort();
	const rows: Record<ResourceName, number> = {
		gemeenten: site.gemeenten.length,
		herindelingen: site.herindelingen.length,
		standaarden: site.standaarden.length,
		adoptie: site.adoptieRows
	};
	return {
		builtOn: new Date().toISOString().slice(0, 10),
		peildata: site.overview.peildata,
		moves,
		files: RESOURCE_ORDER.map((name) => ({
			name,
			rows: rows[name],
			sizes: { csv: size(`${name}.csv`), parquet: size(`${name}.parquet`), arrow: size(`${name}.arrow`) }
		})),
		datapackageSize: size('datapackage.json')
	};
}
