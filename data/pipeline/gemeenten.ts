// Owns: producing data/gemeenten.csv from public sources: code and name from the CBS/Kadaster
// boundaries of 2020, the province by spatial join (interior point in province polygon),
// inhabitants from CBS 37230ned (end of June 2020), the CBS size class, and the area computed
// from the geometry. Nothing here is invented: every value comes from a source file or is
// computed from one.
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import { sizeClass } from '../../src/lib/data/sizeclass';
import { provinceOf, shapeOf, sourceFeatures } from './geo';

export interface GemeenteRow {
	gemeentecode: string;
	gemeentenaam: string;
	provinciecode: string;
	provincienaam: string;
	inwoners: number | null;
	grootteklasse: string | null;
	oppervlakte_km2: number;
}

/** Parse the mzelst/covid-19 population file (R write.csv: "", Municipality_code, Municipality_name, population). */
export function parsePopulation(text: string): Map<string, number> {
	const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
	if (parsed.errors.length) throw new Error(`population CSV: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
	const out = new Map<string, number>();
	for (const r of parsed.data) {
		const code = r.Municipality_code;
		const n = Number(r.population);
		if (!/^GM\d{4}$/.test(code) || !Number.isInteger(n)) throw new Error(`population CSV: bad row ${JSON.stringify(r)}`);
		out.set(code, n);
	}
	return out;
}

export function buildGemeenten(
	gemeenteTopo: Topology,
	gemeenteObject: string,
	provincieTopo: Topology,
	provincieObject: string,
	population: Map<string, number>
): { rows: GemeenteRow[]; nearestJoins: string[] } {
	const gemeenten = sourceFeatures(gemeenteTopo, gemeenteObject);
	const provincies = sourceFeatures(provincieTopo, provincieObject);
	const nearestJoins: string[] = [];
	const rows = gemeenten.features.map((f) => {
		const s = shapeOf(f);
		const p = provinceOf(s.interior, provincies);
		if (p.method === 'nearest') nearestJoins.push(`${s.code} ${s.name} → ${p.code}`);
		const inwoners = population.get(s.code) ?? null;
		return {
			gemeentecode: s.code,
			gemeentenaam: s.name,
			provinciecode: p.code,
			provincienaam: p.name,
			inwoners,
			grootteklasse: sizeClass(inwoners),
			oppervlakte_km2: Math.round(s.areaKm2 * 100) / 100
		};
	});
	rows.sort((a, b) => a.gemeentecode.localeCompare(b.gemeentecode));
	return { rows, nearestJoins };
}

export function gemeentenCsv(rows: GemeenteRow[]): string {
	const fields: (keyof GemeenteRow)[] = ['gemeentecode', 'gemeentenaam', 'provinciecode', 'provincienaam', 'inwoners', 'grootteklasse', 'oppervlakte_km2'];
	return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n';
}
