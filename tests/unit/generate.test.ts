import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildMapFiles } from '../../data/pipeline/geo';
import { parseHerindelingen } from '../../data/pipeline/gemeenten';
import { existsOn } from '../../src/lib/data/mergers';
import { adoptieCsv, decimalYear, DEFAULT_SEED, EXPLANATIONS, generate, halfYearly, MODEL, type Generated } from '../../data/pipeline/generate';
import { toCleanCsv, validatePackage } from '../../src/lib/data/validate';
import { DEFAULT_METHOD } from '../../src/lib/maturity/methods';
import { groupCounts } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { engineWith, projectFile, sourceTopology } from './helpers';

const gemeentenCsv = projectFile('data/gemeenten.csv');
const standaardenCsv = projectFile('data/standaarden.csv');
const g = Papa.parse<Record<string, string>>(gemeentenCsv.trim(), { header: true }).data;
const s = Papa.parse<Record<string, string>>(standaardenCsv.trim(), { header: true }).data;
const neighbours = buildMapFiles(await sourceTopology('gemeente_2020'), 'gemeente_2020').neighbours;
const gemeenten = g.map((r) => ({ code: r.gemeentecode, inwoners: r.inwoners ? Number(r.inwoners) : null, geldig_vanaf: r.geldig_vanaf || null, geldig_tot: r.geldig_tot || null }));
const moves = parseHerindelingen(projectFile('data/herindelingen.csv'));
const standaarden = s.map((r) => ({ id: r.standaard_id, soort: r.soort, beschikbaar_sinds: r.beschikbaar_sinds }));
const run = (seed = DEFAULT_SEED): Generated => generate(gemeenten, moves, neighbours, standaarden, seed);
const out = run();
const ORDER = ['niet_gestart', 'gepland', 'in_implementatie', 'in_gebruik'];

describe('peildata helpers', () => {
	it('lists half-yearly peildata from 2019-07-01 to 2026-07-01', () => {
		const p = halfYearly();
		expect(p[0]).toBe('2019-07-01');
		expect(p.at(-1)).toBe('2026-07-01');
		expect(p).toHaveLength(15);
		expect(decimalYear('2020-01-01')).toBe(2020);
	});
});

describe('synthetic adoption generator', () => {
	it('is deterministic for a seed and differs for another seed', () => {
		expect(adoptieCsv(run())).toBe(adoptieCsv(out));
		expect(adoptieCsv(run(DEFAULT_SEED + 1))).not.toBe(adoptieCsv(out));
	});

	it('is what data/adoptie.csv holds (regenerate with npm run data:demo)', () => {
		expect(adoptieCsv(out)).toBe(projectFile('data/adoptie.csv'));
	});

	it('writes every municipality that existed × every standard available at each peildatum, and nothing else', () => {
		let expected = 0;
		for (const pd of out.peildata) expected += gemeenten.filter((x) => existsOn(x, pd)).length * standaarden.filter((x) => x.beschikbaar_sinds <= pd).length;
		expect(out.rows).toHaveLength(expected);
		for (const r of out.rows) {
			const st = standaarden.find((x) => x.id === r[2])!;
			expect(st.beschikbaar_sinds <= r[0]).toBe(true);
		}
	});

	it('validates against the data package with no errors, warnings or normalisations', () => {
		const { tables } = validatePackage([
			{ name: 'gemeenten', file: 'gemeenten.csv', data: gemeentenCsv },
			{ name: 'herindelingen', file: 'herindelingen.csv', data: projectFile('data/herindelingen.csv') },
			{ name: 'standaarden', file: 'standaarden.csv', data: standaardenCsv },
			{ name: 'adoptie', file: 'adoptie.csv', data: adoptieCsv(out) }
		]);
		for (const t of Object.values(tables)) {
			expect(t!.issues, t!.file).toEqual([]);
			expect(t!.norms, t!.file).toEqual({});
			expect(t!.rejected).toBe(0);
		}
		expect(tables.adoptie!.accepted).toBe(out.rows.length);
	});

	it('moves statuses forward only, except the rare regressions it documents', () => {
		const regressed = new Set(out.regressions.flatMap((r) => r.peildata.map((p) => `${p}|${r.gemeentecode}|${r.standaard_id}`)));
		const seq = new Map<string, { pd: string; i: number }[]>();
		for (const [pd, code, id, status] of out.rows) {
			const k = `${code}|${id}`;
			if (!seq.has(k)) seq.set(k, []);
			seq.get(k)!.push({ pd, i: ORDER.indexOf(status) });
		}
		let checked = 0;
		for (const [k, list] of seq) {
			const clean = list.filter((x) => !regressed.has(`${x.pd}|${k}`));
			for (let j = 1; j < clean.length; j++) {
				expect(clean[j].i, `${k} at ${clean[j].pd}`).toBeGreaterThanOrEqual(clean[j - 1].i);
				checked++;
			}
			// A documented regression is exactly one step below the status just before it.
			for (const x of list.filter((y) => regressed.has(`${y.pd}|${k}`))) {
				const before = list.filter((y) => y.pd < x.pd && !regressed.has(`${y.pd}|${k}`)).at(-1);
				if (before) expect(x.i).toBeLessThan(before.i + 1);
			}
		}
		expect(checked).toBeGreaterThan(100_000);
		expect(out.regressions.length).toBeGreaterThan(0);
		expect(out.regressions.length / seq.size).toBeLessThan(2 * MODEL.regressionChance);
	});

	it('carries a few example explanations, each marked synthetic, on rows of the latest peildatum that are not in use', () => {
		const explained = out.rows.filter((r) => r[5] !== '');
		expect(explained).toHaveLength(EXPLANATIONS.count);
		for (const r of explained) {
			expect(r[0]).toBe(out.peildata.at(-1));
			expect(r[3]).not.toBe('in_gebruik');
			expect(r[5]).toMatch(/^Synthetisch voorbeeld: /);
		}
	});

	it("stops a dissolved municipality's rows at its merger and starts its successor where the largest predecessor was", () => {
		const codesAt = (pd: string) => new Set(out.rows.filter((r) => r[0] === pd).map((r) => r[1]));
		expect(codesAt('2020-07-01').has('GM0003')).toBe(true);
		expect(codesAt('2021-01-01').has('GM0003')).toBe(false);
		expect(codesAt('2020-07-01').has('GM1979')).toBe(false);
		expect(codesAt('2021-01-01').has('GM1979')).toBe(true);
		expect(codesAt('2022-01-01').has('GM0457')).toBe(true); // Weesp until 24 March 2022
		expect(codesAt('2022-07-01').has('GM0457')).toBe(false);
		expect([...out.peildata].map((pd) => codesAt(pd).size)).toEqual([355, 355, 355, 352, 352, 345, 344, 342, 342, 342, 342, 342, 342, 342, 342]);
		// Eemsdelta on 2021-01-01 is at least where Delfzijl (its largest predecessor) was on 2020-07-01.
		const status = (pd: string, code: string, id: string) => ORDER.indexOf(out.rows.find((r) => r[0] === pd && r[1] === code && r[2] === id)![3]);
		for (const s of standaarden.filter((x) => x.beschikbaar_sinds <= '2020-07-01')) {
			expect(status('2021-01-01', 'GM1979', s.id), s.id).toBeGreaterThanOrEqual(status('2020-07-01', 'GM0010', s.id));
		}
	});

	it('gives a small kopgroep, a large peloton and a small achterhoede, with movement over time', async () => {
		const e = await engineWith({
			gemeenten: gemeentenCsv,
			herindelingen: projectFile('data/herindelingen.csv'),
			standaarden: standaardenCsv,
			adoptie: toCleanCsv({ columns: ['peildatum', 'gemeentecode', 'standaard_id', 'status', 'bron', 'toelichting'], rows: out.rows })
		});
		const o = await computeOverview(e, { method: DEFAULT_METHOD, codes: gemeenten.map((x) => x.code).sort() });
		for (let p = 0; p < o.peildata.length; p++) {
			const c = groupCounts(o.group[p]);
			const n = o.stats[p]!.n;
			expect(c.kopgroep, o.peildata[p]).toBeGreaterThan(10);
			expect(c.kopgroep).toBeLessThan(0.25 * n);
			expect(c.achterhoede).toBeGreaterThan(10);
			expect(c.achterhoede).toBeLessThan(0.25 * n);
			expect(c.peloton).toBeGreaterThan(0.5 * n);
		}
		const moved = o.codes.filter((_, i) => o.group[0][i] !== null && o.group[0][i] !== o.group[o.peildata.length - 1][i]).length;
		expect(moved).toBeGreaterThan(20);
		// Larger municipalities lead: the kopgroep's median population is above the national median (2021).
		const p2021 = o.peildata.indexOf('2021-01-01');
		const pop = new Map(gemeenten.map((x) => [x.code, x.inwoners ?? 0]));
		const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
		const kop = o.codes.filter((_, i) => o.group[p2021][i] === 'kopgroep').map((c) => pop.get(c)!);
		expect(median(kop)).toBeGreaterThan(1.5 * median([...pop.values()]));
		await e.engine.close();
	});
});
