// The what-if ("wat als…") is computed without the engine (src/lib/maturity/whatif.ts) — allowed
// only because it equals the SQL. Here many random plans go through both: each plan is applied to
// the adoption rows and the whole peildatum recomputed by the SQL (computeOverview, Node DuckDB),
// and the score, group, rank, count and percentile must be identical to the TypeScript's.
// Every plan gets its own copy of the peildatum's rows under a date a few days later (no standard
// becomes available and no municipality changes in between, asserted), so one load answers them all.
// Two datasets: the published data (via the same inputs the page uses: a municipality view and the
// prerendered exact scores) and a small random one with awkward weights (0.05 … 4.2).
import { randomLcg } from 'd3-random';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toArrowIPC } from '../../src/lib/data/arrow';
import { readPublished, rowObjects, toArrowTables, validateOrThrow, type Tables } from '../../src/lib/data/published.server';
import { RESOURCE_ORDER, STATUSES, type Gemeente, type ResourceName, type Standaard, type Status } from '../../src/lib/data/schema';
import { parsePlan, planCsvRows, planOutcome, planToText, standardsAt, futurePeildata, PLAN_CSV_HEADER } from '../../src/lib/gemeente/plan';
import { loadDataset, type Db } from '../../src/lib/maturity/dataset';
import type { Engine } from '../../src/lib/maturity/engine';
import { DEFAULT_METHOD } from '../../src/lib/maturity/methods';
import { computeMunicipality } from '../../src/lib/maturity/compute-municipality';
import { createNodeEngine } from '../../src/lib/maturity/node-engine.server';
import { type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { applyChanges, fieldOf, whatIf, type StandardAt } from '../../src/lib/maturity/whatif';
import { toCsv } from '../../src/lib/data/csv-write';
import { validatePackage } from '../../src/lib/data/validate';

type Row = string[];
interface Plan {
	code: string;
	changes: Map<string, Status>;
}
interface Figures {
	score: number | null;
	group: string | null;
	rank: number | null;
	n: number | null;
	percentile: number | null;
}

const addDays = (iso: string, k: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);

/** Nothing changes between `from` (exclusive) and `to` (inclusive): no standard arrives, no municipality comes or goes. */
function quietBetween(from: string, to: string, standaarden: readonly Standaard[], gemeenten: readonly Gemeente[]): boolean {
	const inside = (d: string | null) => d !== null && d > from && d <= to;
	return !standaarden.some((s) => inside(s.beschikbaar_sinds)) && !gemeenten.some((g) => inside(g.geldig_vanaf) || inside(g.geldig_tot));
}

/** The SQL's figures for each plan: plan k is applied to a copy of the rows of `pd` dated pd + k + 1 days. */
async function sqlFigures(engine: Engine, tables: Tables, pd: string, plans: readonly Plan[], codes: string[], ns: string): Promise<Figures[]> {
	const a = tables.adoptie;
	const [ip, ig, is, ist] = ['peildatum', 'gemeentecode', 'standaard_id', 'status'].map((c) => a.columns.indexOf(c));
	const base = a.rows.filter((r) => r[ip] === pd).map((r) => a.columns.map((_, j) => String(r[j] ?? '')));
	const rows: Row[] = [];
	plans.forEach((p, k) => {
		const date = addDays(pd, k + 1);
		const left = new Map(p.changes);
		for (const r of base) {
			const row = [...r];
			row[ip] = date;
			if (r[ig] === p.code && left.has(r[is])) {
				row[ist] = left.get(r[is])!;
				left.delete(r[is]);
			}
			rows.push(row);
		}
		// Standards without a row (counted as missing) get one.
		for (const [id, status] of left) rows.push(a.columns.map((c) => ({ peildatum: date, gemeentecode: p.code, standaard_id: id, status, bron: 'plan' })[c] ?? ''));
	});
	const arrow = { ...toArrowTables(tables), adoptie: toArrowIPC('adoptie', { columns: a.columns, rows }) } as Record<ResourceName, Uint8Array>;
	const db = await loadDataset(engine, arrow, ns);
	const ov = await computeOverview(db, { method: DEFAULT_METHOD, codes });
	await engine.exec(`DROP SCHEMA ${ns} CASCADE`);
	return plans.map((p, k) => {
		const pi = ov.peildata.indexOf(addDays(pd, k + 1));
		const i = ov.codes.indexOf(p.code);
		return { score: ov.score[pi][i], group: ov.group[pi][i], rank: ov.rank[pi][i], n: ov.stats[pi]!.n, percentile: ov.percentile[pi][i] };
	});
}

/** Random plans for municipalities scored at peildatum index `p`: 0–8 steps (sometimes every standard), any status. */
function randomPlans(rand: () => number, ov: Overview, p: number, standards: (code: string) => StandardAt[], count: number): Plan[] {
	const scored = ov.codes.filter((_, i) => ov.score[p][i] !== null);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
	return Array.from({ length: count }, () => {
		const code = pick(scored);
		const ids = standards(code).map((s) => s.standaard_id);
		const n = rand() < 0.1 ? ids.length : Math.floor(rand() * 9);
		const changes = new Map<string, Status>();
		while (changes.size < Math.min(n, ids.length)) changes.set(pick(ids), rand() < 0.5 ? 'in_gebruik' : pick(STATUSES));
		return { code, changes };
	});
}

function expectSame(ts: ReturnType<typeof whatIf>, sql: Figures, what: string) {
	expect({ score: ts.score, group: ts.group, rank: ts.rank, n: ts.n, percentile: ts.percentile }, what).toEqual(sql);
}

describe('the what-if equals the SQL on the published data', () => {
	let engine: Engine;
	let tables: Tables;
	let db: Db;
	let ov: Overview;
	let gemeenten: Gemeente[];
	let standaarden: Standaard[];
	beforeAll(async () => {
		tables = readPublished();
		engine = await createNodeEngine();
		db = await loadDataset(engine, toArrowTables(tables));
		gemeenten = rowObjects<Gemeente>(tables.gemeenten);
		standaarden = rowObjects<Standaard>(tables.standaarden);
		ov = await computeOverview(db, { method: DEFAULT_METHOD, codes: gemeenten.map((g) => g.gemeentecode).sort() });
	});
	afterAll(async () => engine?.close());

	// The latest peildatum (what the page plans against) and one in the middle of the herindelingen.
	for (const which of ['latest', '2022-07-01'] as const) {
		it(`for random plans at the ${which} peildatum`, async () => {
			const pd = which === 'latest' ? ov.peildata[ov.peildata.length - 1] : which;
			const p = ov.peildata.indexOf(pd);
			const count = 40;
			expect(quietBetween(pd, addDays(pd, count), standaarden, gemeenten)).toBe(true);
			// What the page has: the prerendered exact scores (as JSON) and the municipality's view.
			const field = JSON.parse(JSON.stringify(fieldOf(ov, pd)));
			const bases = new Map<string, StandardAt[]>();
			const rand = randomLcg(which === 'latest' ? 0.1526 : 0.2718);
			// A few municipalities, several plans each (a view per municipality is the slow part).
			const chosen = randomPlans(rand, ov, p, () => [], 10).map((x) => x.code);
			for (const code of new Set(chosen)) {
				const view = await computeMunicipality(db, { code, overview: ov, peerMode: 'eigen', custom: [], peildatum: pd, ctx: { gemeenten, neighbours: {} } });
				bases.set(code, standardsAt(view, standaarden, p));
			}
			const sub: Overview = { ...ov, codes: ov.codes, score: ov.score.map((row, k) => (k === p ? row.map((x, i) => (bases.has(ov.codes[i]) ? x : null)) : row)) };
			const plans = randomPlans(rand, sub, p, (c) => bases.get(c)!, count);
			const sql = await sqlFigures(engine, tables, pd, plans, ov.codes, `plans_${which.replace(/-/g, '_')}`);
			plans.forEach((plan, k) => {
				const ts = whatIf(plan.code, applyChanges(bases.get(plan.code)!, plan.changes), field);
				expectSame(ts, sql[k], `plan ${k} for ${plan.code}: ${[...plan.changes].join(' ')}`);
			});
			// Without a plan, the what-if gives the published figures.
			for (const code of bases.keys()) {
				const i = ov.codes.indexOf(code);
				expectSame(whatIf(code, bases.get(code)!, field), { score: ov.score[p][i], group: ov.group[p][i], rank: ov.rank[p][i], n: ov.stats[p]!.n, percentile: ov.percentile[p][i] }, code);
			}
		});
	}
});

describe('the what-if equals the SQL on random data with awkward weights', () => {
	const rand = randomLcg(0.4242);
	const WEIGHTS = ['0.3', '1.7', '2.25', '0.1', '3', '1', '0.55', '1.15', '4.2', '0.05', '2', '0.8'];
	const N = 40;
	const codes = Array.from({ length: N }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
	const gemeentenCsv =
		'gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners,grootteklasse,oppervlakte_km2\n' + codes.map((c, i) => `${c},Gemeente ${i + 1},PV2${i % 10},Provincie,${1000 + i},,10`).join('\n') + '\n';
	// s12 arrives after the peildatum planned for: not part of its score.
	const standaardenCsv =
		'standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url\n' +
		WEIGHTS.map((w, i) => `s${i + 1},Standaard ${i + 1},${(i % 9) + 1},structureel,${w},${i === 3 ? '2020-07-01' : i === 11 ? '2022-01-01' : '2020-01-01'},,`).join('\n') +
		'\n';
	const PD = '2020-07-01';
	const adoptieCsv = (() => {
		const lines = ['peildatum,gemeentecode,standaard_id,status,bron'];
		for (const pd of ['2020-01-01', PD]) {
			for (const [gi, c] of codes.entries()) {
				if (gi % 13 === 5) continue; // reports nothing: no score
				for (let s = 1; s <= 11; s++) {
					if (s === 4 && pd < PD) continue;
					if (rand() < 0.08) continue; // missing row: counts as 0
					// Clustered statuses, so ties and near-ties are common.
					lines.push(`${pd},${c},s${s},${STATUSES[Math.min(3, Math.floor(rand() * (gi % 3 === 0 ? 2 : 4.4)))]},test`);
				}
			}
		}
		return lines.join('\n') + '\n';
	})();
	let engine: Engine;
	let tables: Tables;
	let ov: Overview;
	let standaarden: Standaard[];
	beforeAll(async () => {
		const csv: Record<ResourceName, string> = {
			gemeenten: gemeentenCsv,
			standaarden: standaardenCsv,
			adoptie: adoptieCsv,
			herindelingen: 'datum,oude_code,nieuwe_code,soort,aandeel_inwoners,bron\n'
		};
		tables = validateOrThrow(RESOURCE_ORDER.map((name) => ({ name, file: `${name}.csv`, data: csv[name] })), 'Fixture');
		engine = await createNodeEngine();
		const db = await loadDataset(engine, toArrowTables(tables));
		standaarden = rowObjects<Standaard>(tables.standaarden);
		ov = await computeOverview(db, { method: DEFAULT_METHOD, codes });
	});
	afterAll(async () => engine?.close());

	it('for 300 random plans', async () => {
		const p = ov.peildata.indexOf(PD);
		const field = fieldOf(ov, PD)!;
		// The municipality's statuses as the page builds them (view.statuses), from the rows.
		const a = rowObjects<{ peildatum: string; gemeentecode: string; standaard_id: string; status: Status }>(tables.adoptie);
		const basesOf = (code: string) => {
			const statuses: Record<string, (Status | null)[]> = {};
			for (const r of a) if (r.gemeentecode === code) (statuses[r.standaard_id] ??= ov.peildata.map(() => null))[ov.peildata.indexOf(r.peildatum)] = r.status;
			return standardsAt({ statuses, peildata: ov.peildata }, standaarden, p);
		};
		expect(basesOf('GM0001').map((s) => s.standaard_id)).not.toContain('s12');
		const plans = randomPlans(rand, ov, p, basesOf, 300);
		expect(quietBetween(PD, addDays(PD, plans.length), standaarden, [])).toBe(true);
		const sql = await sqlFigures(engine, tables, PD, plans, codes, 'plans_random');
		plans.forEach((plan, k) => {
			const ts = whatIf(plan.code, applyChanges(basesOf(plan.code), plan.changes), field);
			expectSame(ts, sql[k], `plan ${k} for ${plan.code}: ${[...plan.changes].join(' ')}`);
		});
		// The plans moved people between groups and ranks (the test means something).
		expect(new Set(sql.map((s) => s.group)).size).toBe(3);
	});
});

describe('a plan', () => {
	const ctx = { standaarden: ['digid', 'zgw-apis', 'haal-centraal'], dates: futurePeildata('2026-07-01') };

	it('offers the half-yearly peildata after the last one', () => {
		expect(futurePeildata('2026-07-01', 3)).toEqual(['2027-01-01', '2027-07-01', '2028-01-01']);
		expect(futurePeildata('2026-01-01', 2)).toEqual(['2026-07-01', '2027-01-01']);
		expect(futurePeildata('2026-03-15', 2)).toEqual(['2026-07-01', '2027-01-01']);
	});

	it('reads its URL form forgivingly and writes it back', () => {
		const text = 'zgw-apis:in_gebruik,haal-centraal:in_implementatie@2027-07-01';
		const plan = parsePlan(text, ctx);
		expect(plan).toEqual([
			{ standaard_id: 'zgw-apis', status: 'in_gebruik', peildatum: null },
			{ standaard_id: 'haal-centraal', status: 'in_implementatie', peildatum: '2027-07-01' }
		]);
		expect(planToText(plan)).toBe(text);
		// Case, dashes, a missing status, an unknown standard/status/date, a repeat, empty items.
		expect(parsePlan(' ZGW-APIs : In-Implementatie ,onzin:in_gebruik,digid:kapot,digid,, zgw-apis:gepland,haal-centraal:gepland@1999-01-01', ctx)).toEqual([
			{ standaard_id: 'zgw-apis', status: 'in_implementatie', peildatum: null },
			{ standaard_id: 'digid', status: 'in_gebruik', peildatum: null },
			{ standaard_id: 'haal-centraal', status: 'gepland', peildatum: null }
		]);
		expect(parsePlan(null)).toEqual([]);
		expect(parsePlan('%%%:@@')).toEqual([]);
	});

	it('gives the figures at each target peildatum, cumulatively, and the rows of a delivery', () => {
		const standards: StandardAt[] = [
			{ standaard_id: 'a', gewicht: 1, status: 'niet_gestart' },
			{ standaard_id: 'b', gewicht: 1, status: 'gepland' },
			{ standaard_id: 'c', gewicht: 2, status: 'ontbreekt' }
		];
		const field = { peildatum: '2026-07-01', codes: ['GM0001', 'GM0002', 'GM0003'], scores: [0.0625, 0.5, 0.9] };
		const plan = parsePlan('c:in_gebruik@2027-07-01,a:in_implementatie', { dates: futurePeildata('2026-07-01') });
		const o = planOutcome('GM0001', standards, field, plan, '2027-01-01');
		expect(o.before.score).toBe(0.0625); // (0 + 0.25 + 0) / 4
		expect(o.trajectory.map((p) => [p.peildatum, p.steps, p.result.score])).toEqual([
			['2027-01-01', 1, 0.1875], // (0.5 + 0.25) / 4
			['2027-07-01', 2, 0.6875] // (0.5 + 0.25 + 2) / 4
		]);
		expect(o.after.rank).toBe(2);
		expect(o.against).toBe('2026-07-01');
		// Handed in for the next peildatum: not yet started → gepland, the target in the toelichting.
		const now = new Map(standards.map((s) => [s.standaard_id, s.status]));
		expect(planCsvRows('GM0001', plan, '2027-01-01', now)).toEqual([
			['2027-01-01', 'GM0001', 'a', 'gepland', 'plan', 'Plan: in_implementatie per 2027-01-01'],
			['2027-01-01', 'GM0001', 'c', 'gepland', 'plan', 'Plan: in_gebruik per 2027-07-01']
		]);
		// A standard already further along keeps its status.
		expect(planCsvRows('GM0001', parsePlan('b:in_gebruik'), '2027-01-01', new Map([['b', 'in_implementatie']]))[0][3]).toBe('in_implementatie');
	});

	it('downloads as a file the delivery check accepts', () => {
		const tables = readPublished(undefined, ['gemeenten', 'standaarden', 'herindelingen']);
		const plan = parsePlan('digid:in_gebruik,zgw-apis:gepland@2027-07-01,haal-centraal-brp:in_implementatie@2027-07-01');
		for (const dialect of ['standaard', 'excel-nl'] as const) {
			const csv = toCsv([...PLAN_CSV_HEADER], planCsvRows('GM0363', plan, '2027-01-01'), dialect);
			const { tables: t } = validatePackage([{ name: 'adoptie', file: 'plan.csv', data: csv }], tables);
			expect(t.adoptie!.rows.length, dialect).toBe(3);
			expect(t.adoptie!.issues.filter((i) => i.severity === 'error'), dialect).toEqual([]);
		}
	});
});
