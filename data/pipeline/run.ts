// Owns: the data pipeline's command line (npm run data / data:gemeenten / data:demo).
//   tsx data/pipeline/run.ts            typed contract module, map files for the boundary years,
//                                       published copies
//   tsx data/pipeline/run.ts gemeenten  rewrite data/gemeenten.csv from the public sources
//   tsx data/pipeline/run.ts demo       regenerate data/adoptie.csv (synthetic, fixed seed)
// Boundary years: GEO_YEARS (comma-separated, default "2020"); source folder: GEO_SOURCE_DIR.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { readPublished, toArrowTables, type Tables } from '../../src/lib/data/published.server';
import { RESOURCE_ORDER, type ResourceName } from '../../src/lib/data/schema';
import { CONTRACT_MODULE_PATH, contractModuleFor } from './contract';
import { buildGemeenten, gemeentenCsv, parsePopulation } from './gemeenten';
import { adoptieCsv, DEFAULT_SEED, generate } from './generate';
import { buildMapFiles } from './geo';
import { toParquet } from './parquet';
import { PROJECT_ROOT, readSourceText } from './sources';

export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
/** Git-ignored folder served by the site (static/), filled by this pipeline. */
export const GENERATED_DIR = path.join(PROJECT_ROOT, 'static/generated');

export function geoYears(): number[] {
	const ys = (process.env.GEO_YEARS ?? '2020').split(',').map((s) => Number(s.trim()));
	for (const y of ys) if (![2020, 2021, 2022, 2023, 2026].includes(y)) throw new Error(`GEO_YEARS: no boundary file for ${y}`);
	return ys;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

async function writeMapFiles(year: number): Promise<void> {
	const name = `gemeente_${year}`;
	const src = JSON.parse(await readSourceText(`${name}.topojson`));
	const out = buildMapFiles(src, name);
	const dir = path.join(GENERATED_DIR, 'geo');
	mkdirSync(dir, { recursive: true });
	const topoPath = path.join(dir, `gemeenten_${year}.topo.json`);
	writeFileSync(topoPath, JSON.stringify({ ...out.topology, bbox: [0, 0, out.width, out.height] }));
	const nbPath = path.join(dir, `buren_${year}.json`);
	writeFileSync(nbPath, JSON.stringify(out.neighbours));
	console.log(
		`geo ${year}: ${out.topology.objects.gemeenten.geometries.length} gemeenten, ${out.topology.arcs.length} arcs, ` +
			`${out.width}×${out.height} → ${path.relative(PROJECT_ROOT, topoPath)} (${kb(statSync(topoPath).size)}), ` +
			`${path.relative(PROJECT_ROOT, nbPath)} (${kb(statSync(nbPath).size)})`
	);
}

/**
 * Copy the published CSVs and datapackage.json to static/generated/data for the site to serve,
 * with the compact Arrow copies the browser's DuckDB loads (see tests/bench for CSV vs Arrow).
 */
async function publishCopies(tables: Tables): Promise<void> {
	const dir = path.join(GENERATED_DIR, 'data');
	mkdirSync(dir, { recursive: true });
	for (const f of ['gemeenten.csv', 'standaarden.csv', 'adoptie.csv', 'datapackage.json']) {
		copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
	}
	const arrow = toArrowTables(tables);
	for (const name of RESOURCE_ORDER) writeFileSync(path.join(dir, `${name}.arrow`), arrow[name]);
	const parquet = Object.fromEntries(RESOURCE_ORDER.map((n) => [n, toParquet(n, tables[n])])) as Record<ResourceName, Uint8Array>;
	for (const name of RESOURCE_ORDER) writeFileSync(path.join(dir, `${name}.parquet`), parquet[name]);
	console.log(
		`published copies → ${path.relative(PROJECT_ROOT, dir)}/ (arrow: ${RESOURCE_ORDER.map((n) => `${n} ${kb(arrow[n].byteLength)}`).join(', ')}; ` +
			`parquet: ${RESOURCE_ORDER.map((n) => `${n} ${kb(parquet[n].byteLength)}`).join(', ')})`
	);
}

/** src/lib/data/contract.ts from data/datapackage.json; rewritten only when it changed. */
function writeContract(): void {
	const p = path.join(PROJECT_ROOT, CONTRACT_MODULE_PATH);
	const text = contractModuleFor(PROJECT_ROOT);
	if (existsSync(p) && readFileSync(p, 'utf8') === text) return;
	writeFileSync(p, text);
	console.log(`contract: ${CONTRACT_MODULE_PATH} rewritten from data/datapackage.json`);
}

async function cmdGemeenten(): Promise<void> {
	const topo = JSON.parse(await readSourceText('gemeente_2020.topojson'));
	const prov = JSON.parse(await readSourceText('provincie_2020.topojson'));
	const pop = parsePopulation(await readSourceText('mzelst_municipalities-population_2020-355gm.csv'));
	const { rows, nearestJoins } = buildGemeenten(topo, 'gemeente_2020', prov, 'provincie_2020', pop);
	if (nearestJoins.length) console.log(`province by nearest polygon (point outside all provinces): ${nearestJoins.join('; ')}`);
	const p = path.join(DATA_DIR, 'gemeenten.csv');
	writeFileSync(p, gemeentenCsv(rows));
	console.log(`gemeenten.csv: ${rows.length} rows, ${kb(statSync(p).size)}`);
}

function cmdDemo(): void {
	const g = Papa.parse<Record<string, string>>(readFileSync(path.join(DATA_DIR, 'gemeenten.csv'), 'utf8').trim(), { header: true }).data;
	const s = Papa.parse<Record<string, string>>(readFileSync(path.join(DATA_DIR, 'standaarden.csv'), 'utf8').trim(), { header: true }).data;
	const nbPath = path.join(GENERATED_DIR, 'geo', 'buren_2020.json');
	const neighbours = JSON.parse(readFileSync(nbPath, 'utf8'));
	const seed = Number(process.env.SEED ?? DEFAULT_SEED);
	const out = generate(
		g.map((r) => ({ code: r.gemeentecode, inwoners: r.inwoners ? Number(r.inwoners) : null })),
		neighbours,
		s.map((r) => ({ id: r.standaard_id, soort: r.soort, beschikbaar_sinds: r.beschikbaar_sinds })),
		seed
	);
	const p = path.join(DATA_DIR, 'adoptie.csv');
	writeFileSync(p, adoptieCsv(out));
	console.log(
		`adoptie.csv (synthetic, seed ${seed}): ${out.rows.length} rows, ${out.peildata.length} peildata, ` +
			`${out.regressions.length} documented regressions, ${kb(statSync(p).size)}`
	);
}

async function main(): Promise<void> {
	const cmd = process.argv[2] ?? 'build';
	const t0 = performance.now();
	if (cmd === 'gemeenten') await cmdGemeenten();
	else if (cmd === 'demo') {
		if (!existsSync(path.join(GENERATED_DIR, 'geo', 'buren_2020.json'))) await writeMapFiles(2020);
		cmdDemo();
	} else if (cmd === 'build') {
		writeContract();
		for (const y of geoYears()) await writeMapFiles(y);
		const t = readPublished(DATA_DIR);
		console.log(
			`validated: ${Object.values(t)
				.map((r) => `${r.file} ${r.accepted} rows`)
				.join(', ')}`
		);
		await publishCopies(t);
	} else throw new Error(`unknown command "${cmd}" (expected: build, gemeenten, demo)`);
	console.log(`data pipeline "${cmd}" done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((e) => {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	});
}
