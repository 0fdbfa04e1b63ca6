// Owns: the data pipeline's command line (npm run data / data:gemeenten / data:demo).
//   tsx data/pipeline/run.ts            typed contract module, validation of the published files,
//                                       one map per division of the municipalities, published copies
//   tsx data/pipeline/run.ts gemeenten  rewrite data/gemeenten.csv from the public sources
//   tsx data/pipeline/run.ts demo       regenerate data/adoptie.csv (synthetic, fixed seed)
// Source folder of the boundary files: GEO_SOURCE_DIR (see sources.ts).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gemeente, Herindeling } from '../../src/lib/data/contract';
import { readPublished, rowObjects, toArrowTables, type Tables } from '../../src/lib/data/published.server';
import type { Division } from '../../src/lib/geo/divisions';
import { RESOURCE_ORDER, type ResourceName } from '../../src/lib/data/schema';
import { CONTRACT_MODULE_PATH, contractModuleFor } from './contract';
import { buildGemeenten, gemeentenCsv, parseHerindelingen, parsePopulation } from './gemeenten';
import { adoptieCsv, DEFAULT_SEED, generate } from './generate';
import { BOUNDARY_YEARS, planDivisions } from './divisions';
import { buildMapFiles, sourceFeatures } from './geo';
import { toParquet } from './parquet';
import { PROJECT_ROOT, readSourceText } from './sources';

export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
/** Git-ignored folder served by the site (static/), filled by this pipeline. */
export const GENERATED_DIR = path.join(PROJECT_ROOT, 'static/generated');

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

export const GEO_DIR = path.join(GENERATED_DIR, 'geo');

/**
 * One map (projected topology + neighbours) per division of the municipalities, plus
 * indelingen.json listing them: which dates each covers and how many municipalities it has.
 */
async function writeDivisionMaps(gemeenten: Gemeente[], moves: Herindeling[]): Promise<void> {
	const sources = new Map<number, Topology>();
	for (const y of BOUNDARY_YEARS) sources.set(y, JSON.parse(await readSourceText(`gemeente_${y}.topojson`)));
	const codesOf = (y: number) => new Set((sources.get(y)!.objects[`gemeente_${y}`] as GeometryCollection<{ statcode: string }>).geometries.map((g) => (g.properties as { statcode: string }).statcode));
	const plans = planDivisions(gemeenten, moves, new Map(BOUNDARY_YEARS.map((y) => [y, codesOf(y)])));
	const fitTo = sourceFeatures(sources.get(BOUNDARY_YEARS[0])!, `gemeente_${BOUNDARY_YEARS[0]}`);
	mkdirSync(GEO_DIR, { recursive: true });
	const index: Division[] = [];
	for (const plan of plans) {
		const out = buildMapFiles(sources.get(plan.file)!, `gemeente_${plan.file}`, { merges: plan.merges, fitTo });
		const topoPath = path.join(GEO_DIR, `gemeenten_${plan.id}.topo.json`);
		writeFileSync(topoPath, JSON.stringify({ ...out.topology, bbox: [0, 0, out.width, out.height] }));
		writeFileSync(path.join(GEO_DIR, `buren_${plan.id}.json`), JSON.stringify(out.neighbours));
		index.push({ id: plan.id, vanaf: plan.vanaf, tot: plan.tot, n: plan.codes.length, bron: `gemeente_${plan.file}`, samengevoegd: plan.merges });
		console.log(
			`geo ${plan.id} (${plan.vanaf ?? 'begin'} – ${plan.tot ?? 'nu'}): ${plan.codes.length} gemeenten from gemeente_${plan.file}` +
				`${plan.merges.length ? ` with ${plan.merges.map((m) => `${m.from} → ${m.into}`).join(', ')}` : ''}, ${out.width}×${out.height}, ${kb(statSync(topoPath).size)}`
		);
	}
	writeFileSync(path.join(GEO_DIR, 'indelingen.json'), JSON.stringify(index, null, '\t'));
}

/**
 * Copy the published CSVs and datapackage.json to static/generated/data for the site to serve,
 * with the compact Arrow copies the browser's DuckDB loads (see tests/bench for CSV vs Arrow).
 */
async function publishCopies(tables: Tables): Promise<void> {
	const dir = path.join(GENERATED_DIR, 'data');
	mkdirSync(dir, { recursive: true });
	for (const f of [...RESOURCE_ORDER.map((n) => `${n}.csv`), 'datapackage.json']) {
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
	const latest = { topo: JSON.parse(await readSourceText('gemeente_2026.topojson')), object: 'gemeente_2026' };
	const moves = parseHerindelingen(readFileSync(path.join(DATA_DIR, 'herindelingen.csv'), 'utf8'));
	const { rows, nearestJoins } = buildGemeenten(topo, 'gemeente_2020', prov, 'provincie_2020', pop, latest, moves);
	if (nearestJoins.length) console.log(`province by nearest polygon (point outside all provinces): ${nearestJoins.join('; ')}`);
	const p = path.join(DATA_DIR, 'gemeenten.csv');
	writeFileSync(p, gemeentenCsv(rows));
	console.log(`gemeenten.csv: ${rows.length} rows, ${kb(statSync(p).size)}`);
}

function cmdDemo(): void {
	const t = readPublished(DATA_DIR, ['gemeenten', 'herindelingen', 'standaarden']);
	const gemeenten = rowObjects<Gemeente>(t.gemeenten);
	const neighbours = JSON.parse(readFileSync(path.join(GEO_DIR, `buren_${BOUNDARY_YEARS[0]}.json`), 'utf8'));
	const seed = Number(process.env.SEED ?? DEFAULT_SEED);
	const out = generate(
		gemeenten.map((g) => ({ code: g.gemeentecode, inwoners: g.inwoners, geldig_vanaf: g.geldig_vanaf, geldig_tot: g.geldig_tot })),
		rowObjects<Herindeling>(t.herindelingen),
		neighbours,
		rowObjects<{ standaard_id: string; soort: string; beschikbaar_sinds: string }>(t.standaarden).map((r) => ({ id: r.standaard_id, soort: r.soort, beschikbaar_sinds: r.beschikbaar_sinds })),
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
		if (!existsSync(path.join(GEO_DIR, `buren_${BOUNDARY_YEARS[0]}.json`))) {
			const t = readPublished(DATA_DIR, ['gemeenten', 'herindelingen']);
			await writeDivisionMaps(rowObjects<Gemeente>(t.gemeenten), rowObjects<Herindeling>(t.herindelingen));
		}
		cmdDemo();
	} else if (cmd === 'build') {
		writeContract();
		const t = readPublished(DATA_DIR);
		console.log(
			`validated: ${Object.values(t)
				.map((r) => `${r.file} ${r.accepted} rows`)
				.join(', ')}`
		);
		await writeDivisionMaps(rowObjects<Gemeente>(t.gemeenten), rowObjects<Herindeling>(t.herindelingen));
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
