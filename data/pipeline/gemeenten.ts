// Owns: producing data/gemeenten.csv from public sources and data/herindelingen.csv: every
// municipality that existed from 2019 to now. Code and name from the CBS/Kadaster boundaries of
// 2020, plus the municipalities created since (from the boundaries of the latest year); the
// province by spatial join (interior point in province polygon); inhabitants from CBS 37230ned
// (end of June 2020) — for a municipality created later, the sum of its predecessors' mid-2020
// figures (times the share of a split); the CBS size class; the area computed from the geometry;
// and when each existed (geldig_vanaf / geldig_tot, from the herindelingen). A municipality that
// grew by a toevoeging or split (Amsterdam, Purmerend, Boxtel, …) keeps its 2020 figures.
// Nothing here is invented: every value comes from a source file or is computed from one.
import Papa from 'papaparse';
import type { Topology } from 'topojson-specification';
import type { Herindeling } from '../../src/lib/data/contract';
import { predecessorsOf } from '../../src/lib/data/mergers';
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
	geldig_vanaf: string | null;
	geldig_tot: string | null;
}

/** The moves in herindelingen.csv (as parsed text; validated again by the loader later). */
export function parseHerindelingen(text: string): Pick<Herindeling, 'datum' | 'oude_code' | 'nieuwe_code' | 'soort' | 'aandeel_inwoners'>[] {
	const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
	if (parsed.errors.length) throw new Error(`herindelingen.csv: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
	return parsed.data.map((r) => ({
		datum: r.datum,
		oude_code: r.oude_code,
		nieuwe_code: r.nieuwe_code,
		soort: r.soort as Herindeling['soort'],
		aandeel_inwoners: Number(r.aandeel_inwoners)
	}));
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
	population: Map<string, number>,
	latest: { topo: Topology; object: string },
	moves: ReturnType<typeof parseHerindelingen>
): { rows: GemeenteRow[]; nearestJoins: string[] } {
	const provincies = sourceFeatures(provincieTopo, provincieObject);
	const nearestJoins: string[] = [];
	const ended = new Map(moves.map((m) => [m.oude_code, m.datum]));
	const row = (f: Parameters<typeof shapeOf>[0], inwoners: number | null, geldig_vanaf: string | null): GemeenteRow => {
		const s = shapeOf(f);
		const p = provinceOf(s.interior, provincies);
		if (p.method === 'nearest') nearestJoins.push(`${s.code} ${s.name} → ${p.code}`);
		return {
			gemeentecode: s.code,
			gemeentenaam: s.name,
			provinciecode: p.code,
			provincienaam: p.name,
			inwoners,
			grootteklasse: sizeClass(inwoners),
			oppervlakte_km2: Math.round(s.areaKm2 * 100) / 100,
			geldig_vanaf,
			geldig_tot: ended.get(s.code) ?? null
		};
	};
	const first = sourceFeatures(gemeenteTopo, gemeenteObject).features;
	const rows = first.map((f) => row(f, population.get(f.properties.statcode) ?? null, null));
	const known = new Set(rows.map((r) => r.gemeentecode));
	for (const f of sourceFeatures(latest.topo, latest.object).features) {
		const code = f.properties.statcode;
		if (known.has(code)) continue;
		const from = predecessorsOf(code, moves);
		if (!from.length) throw new Error(`${code} ${f.properties.statnaam} is in ${latest.object} but not in ${gemeenteObject}, and herindelingen.csv says nothing went into it`);
		const parts = from.map((m) => (population.get(m.oude_code) ?? NaN) * m.aandeel_inwoners);
		const inwoners = parts.some(Number.isNaN) ? null : Math.round(parts.reduce((a, b) => a + b, 0));
		rows.push(row(f, inwoners, from[0].datum));
	}
	rows.sort((a, b) => a.gemeentecode.localeCompare(b.gemeentecode));
	return { rows, nearestJoins };
}

export function gemeentenCsv(rows: GemeenteRow[]): string {
	const fields: (keyof GemeenteRow)[] = [
		'gemeentecode',
		'gemeentenaam',
		'provinciecode',
		'provincienaam',
		'inwoners',
		'grootteklasse',
		'oppervlakte_km2',
		'geldig_vanaf',
		'geldig_tot'
	];
	return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n';
}
