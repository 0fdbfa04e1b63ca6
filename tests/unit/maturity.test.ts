// The real SQL on DuckDB (duckdb-wasm's Node build) over a hand-made fixture whose expected
// scores, ranks and groups are worked out by hand in the comments below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/maturity/dataset';
import { liftToNextGroup } from '../../src/lib/maturity/explain';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { computeMunicipality } from '../../src/lib/maturity/compute-municipality';
import { groupCounts, groupsLoaded, isLoaded, packOverview, transitions, unpackOverview, type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { deliveryDiff } from '../../src/lib/maturity/delivery';
import { groupMedians, priorityMedians, scoreBreakdown, statusesOf } from '../../src/lib/maturity/queries';
import { engineWith } from './helpers';

const gemeenten = `gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners,grootteklasse,oppervlakte_km2
GM0001,Aa,PV20,Groningen,1000,,10
GM0002,Bee,PV20,Groningen,6000,,10
GM0003,Cee,PV21,Friesland,6000,,10
GM0004,Dee,PV21,Friesland,,,10
GM0005,Ee,PV21,Friesland,7000,,10
`;
// s2 weighs 2; s3 only exists from 2020-07-01.
const standaarden = `standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url
s1,Een,1,structureel,1,2020-01-01,,
s2,Twee,1,programma,2,2020-01-01,,
s3,Drie,3,project,,2020-07-01,,
`;
const rows = (pd: string, list: string) =>
	list
		.trim()
		.split(/\s+/)
		.map((x) => {
			const [g, s, st] = x.split(':');
			return `${pd},${g},${s},${st},test`;
		})
		.join('\n');
const adoptie = [
	'peildatum,gemeentecode,standaard_id,status,bron',
	// 2020-01-01 (s1, s2 available; total weight 3):
	//   A = (1 + 2·1)/3 = 1; B = (0.25 + 2·0.5)/3 = 0.416667; C = (0 + 2·1)/3 = 0.666667; D = (1 + 0)/3 = 0.333333
	//   A's s3 row is before s3 exists: loaded with a warning, not counted. E reports nothing.
	rows('2020-01-01', 'GM0001:s1:in_gebruik GM0001:s2:in_gebruik GM0001:s3:in_gebruik GM0002:s1:gepland GM0002:s2:in_implementatie GM0003:s1:niet_gestart GM0003:s2:in_gebruik GM0004:s1:in_gebruik GM0004:s2:niet_gestart'),
	// 2020-07-01 (s1, s2, s3; weight 4): A = 1; B = C = 0.75 (a tie); D = 0.75 with s3 missing (counts 0).
	rows('2020-07-01', 'GM0001:s1:in_gebruik GM0001:s2:in_gebruik GM0001:s3:in_gebruik GM0002:s1:in_gebruik GM0002:s2:in_gebruik GM0002:s3:niet_gestart GM0003:s1:niet_gestart GM0003:s2:in_gebruik GM0003:s3:in_gebruik GM0004:s1:in_gebruik GM0004:s2:in_gebruik'),
	// 2021-01-01: everyone uses everything: SD = 0.
	rows('2021-01-01', ['GM0001', 'GM0002', 'GM0003', 'GM0004'].flatMap((g) => ['s1', 's2', 's3'].map((s) => `${g}:${s}:in_gebruik`)).join(' '))
].join('\n') + '\n';

const codes = ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005'];
let e: Db;
let rogers: Overview;
beforeAll(async () => {
	e = await engineWith({ gemeenten, standaarden, adoptie });
	rogers = await computeOverview(e, { method: DEFAULT_METHODS.rogers, codes });
});
afterAll(async () => e?.engine.close());

describe('scores', () => {
	it('is the weighted mean of status values over standards available at the peildatum', () => {
		expect(rogers.peildata).toEqual(['2020-01-01', '2020-07-01', '2021-01-01']);
		const s = rogers.score[0];
		expect(s[0]).toBeCloseTo(1, 9);
		expect(s[1]).toBeCloseTo(1.25 / 3, 9);
		expect(s[2]).toBeCloseTo(2 / 3, 9);
		expect(s[3]).toBeCloseTo(1 / 3, 9);
	});

	it('gives a municipality without rows no score, rank or group', () => {
		for (let p = 0; p < 3; p++) {
			expect(rogers.score[p][4]).toBeNull();
			expect(rogers.group[p][4]).toBeNull();
			expect(rogers.rank[p][4]).toBeNull();
		}
		expect(groupCounts(rogers.group[0]).geen).toBe(1);
		expect(rogers.stats[0]!.n).toBe(4);
	});

	it('counts a missing standard as 0 and reports it', () => {
		expect(rogers.score[1][3]).toBeCloseTo(0.75, 9);
		expect(rogers.missing[1][3]).toBe(1);
		expect(rogers.missing[1][1]).toBe(0);
	});

	it('ranks from high to low with shared ranks for ties; percentile = share of others strictly lower', () => {
		expect(rogers.rank[0]).toEqual([1, 3, 2, 4, null]);
		expect(rogers.percentile[0].map((x) => (x === null ? null : Math.round(x * 100) / 100))).toEqual([100, 33.33, 66.67, 0, null]);
		expect(rogers.rank[1]).toEqual([1, 2, 2, 2, null]);
		expect(rogers.percentile[1]).toEqual([100, 0, 0, 0, null]);
	});

	it('computes mean and population SD per peildatum', () => {
		const mean = (1 + 1.25 / 3 + 2 / 3 + 1 / 3) / 4;
		const sd = Math.sqrt([1, 1.25 / 3, 2 / 3, 1 / 3].reduce((a, x) => a + (x - mean) ** 2, 0) / 4);
		expect(rogers.stats[0]!.mean).toBeCloseTo(mean, 9);
		expect(rogers.stats[0]!.sd).toBeCloseTo(sd, 9);
		expect(rogers.stats[2]!.sd).toBe(0);
	});

	it('scores one GGU priority only when scoped (priority 3 exists from 2020-07-01)', async () => {
		const p3 = await computeOverview(e, { method: DEFAULT_METHODS.rogers, codes, scope: { prioriteit: 3 } });
		expect(p3.peildata).toEqual(rogers.peildata);
		expect(p3.stats[0]).toBeNull();
		expect(p3.score[0]).toEqual([null, null, null, null, null]);
		expect(p3.score[1]).toEqual([1, 0, 1, 0, null]);
	});
});

describe('groups', () => {
	it('rogers: above mean + 1 SD is kopgroep, below mean − 1 SD achterhoede', () => {
		// mean 0.604167, SD 0.259373 → boundaries 0.344794 and 0.863540.
		expect(rogers.group[0]).toEqual(['kopgroep', 'peloton', 'peloton', 'achterhoede', null]);
		expect(rogers.boundaries[0]!.lower).toBeCloseTo(0.344794, 6);
		expect(rogers.boundaries[0]!.upper).toBeCloseTo(0.86354, 5);
		// 2020-07-01: mean 0.8125, SD 0.108253 → only A is above 0.920753; the tie stays together.
		expect(rogers.group[1]).toEqual(['kopgroep', 'peloton', 'peloton', 'peloton', null]);
	});

	it('puts everyone in the peloton when all scores are equal (SD = 0)', async () => {
		expect(rogers.group[2]).toEqual(['peloton', 'peloton', 'peloton', 'peloton', null]);
		expect(rogers.boundaries[2]!.degenerate).toBe('equal-scores');
		for (const m of Object.values(DEFAULT_METHODS)) {
			const o = await computeOverview(e, { method: m, codes });
			if (m.kind !== 'thresholds') expect(o.group[2].slice(0, 4), m.kind).toEqual(['peloton', 'peloton', 'peloton', 'peloton']);
		}
	});

	it('quantiles 15/70/15 with linear interpolation', async () => {
		// sorted 0.3333, 0.4167, 0.6667, 1: q(0.15) = 0.3333 + 0.45·0.0833 = 0.370833; q(0.85) = 0.6667 + 0.55·0.3333 = 0.85
		const o = await computeOverview(e, { method: DEFAULT_METHODS.quantiles, codes });
		expect(o.boundaries[0]!.lower).toBeCloseTo(0.370833, 6);
		expect(o.boundaries[0]!.upper).toBeCloseTo(0.85, 9);
		expect(o.group[0]).toEqual(['kopgroep', 'peloton', 'peloton', 'achterhoede', null]);
	});

	it('fixed thresholds; a score exactly on a boundary belongs to the peloton', async () => {
		const o = await computeOverview(e, { method: { kind: 'thresholds', low: 1 / 3, high: 1 }, codes });
		// D = 1/3 is exactly on the lower boundary, A = 1 exactly on the upper: both peloton.
		expect(o.group[0]).toEqual(['peloton', 'peloton', 'peloton', 'peloton', null]);
		const d = await computeOverview(e, { method: DEFAULT_METHODS.thresholds, codes });
		expect(d.group[0]).toEqual(['kopgroep', 'peloton', 'peloton', 'achterhoede', null]);
	});

	it('natural breaks (Ckmeans k = 3) with boundaries midway between clusters', async () => {
		// Clusters {0.3333, 0.4167} {0.6667} {1}: boundaries 0.541667 and 0.833333.
		const o = await computeOverview(e, { method: DEFAULT_METHODS.breaks, codes });
		expect(o.boundaries[0]!.lower).toBeCloseTo(0.541667, 6);
		expect(o.boundaries[0]!.upper).toBeCloseTo(0.833333, 6);
		expect(o.group[0]).toEqual(['kopgroep', 'achterhoede', 'peloton', 'achterhoede', null]);
		// 2020-07-01 has only two distinct scores: no breaks, everyone peloton.
		expect(o.boundaries[1]!.degenerate).toBe('too-few-distinct');
		expect(o.group[1]).toEqual(['peloton', 'peloton', 'peloton', 'peloton', null]);
	});
});

describe('transitions', () => {
	it('counts municipalities moving between groups, including no-data', () => {
		const t = transitions(rogers, 0, 1);
		const cell = (f: string | null, to: string | null) => t.find((x) => x.from === f && x.to === to)!.codes;
		expect(t).toHaveLength(16);
		expect(cell('kopgroep', 'kopgroep')).toEqual(['GM0001']);
		expect(cell('peloton', 'peloton')).toEqual(['GM0002', 'GM0003']);
		expect(cell('achterhoede', 'peloton')).toEqual(['GM0004']);
		expect(cell(null, null)).toEqual(['GM0005']);
		expect(t.reduce((a, x) => a + x.codes.length, 0)).toBe(5);
	});

	it('can be counted from a page that carries the groups of the first peildatum but not its scores', () => {
		const last = rogers.peildata.length - 1;
		const page = unpackOverview(packOverview(rogers, [last], [0]));
		expect(isLoaded(page, last)).toBe(true);
		expect(isLoaded(page, 0)).toBe(false);
		expect(groupsLoaded(page, 0)).toBe(true);
		expect(page.score[0]).toEqual([]);
		expect(transitions(page, 0, last)).toEqual(transitions(rogers, 0, last));
	});
});

describe('explanations', () => {
	it('finds the fewest standards that lift a municipality into the next group', async () => {
		const st = (await statusesOf(e, 'GM0002')).filter(
			(r) => r.peildatum === '2020-01-01'
		);
		expect(st.map((r) => r.standaard_id)).toEqual(['s1', 's2']); // s3 is not available yet
		// B = 0.416667 (peloton) needs > 0.863540: s2 (+0.3333 → 0.75) is not enough, then s1 (+0.25 → 1.0).
		const lift = liftToNextGroup(rogers.score[0][1]!, rogers.boundaries[0]!, st);
		expect(lift.target).toBe('kopgroep');
		expect(lift.gap).toBeCloseTo(0.86354 - 1.25 / 3, 5);
		expect(lift.steps!.map((s) => s.standaard_id)).toEqual(['s2', 's1']);
		expect(lift.steps!.at(-1)!.scoreAfter).toBeCloseTo(1, 9);
	});

	it('builds a municipality view: group history, next steps from peers, lift', async () => {
		const v = await computeMunicipality(e, {
			code: 'GM0004',
			overview: rogers,
			peerMode: 'eigen',
			custom: ['GM0001', 'GM0003', 'GM0004', 'GM9999'],
			peildatum: '2020-01-01',
			ctx: {
				gemeenten: codes.map((c) => ({ gemeentecode: c, gemeentenaam: c, provinciecode: 'PV20', provincienaam: 'x', inwoners: null, grootteklasse: null, oppervlakte_km2: null, geldig_vanaf: null, geldig_tot: null })),
				neighbours: {}
			}
		});
		expect(v.peers.codes).toEqual(['GM0001', 'GM0003']); // itself and unknown codes dropped
		expect(v.trend.map((p) => p.group)).toEqual(['achterhoede', 'peloton', 'peloton']);
		expect(v.statuses.s2).toEqual(['niet_gestart', 'in_gebruik', 'in_gebruik']);
		expect(v.statuses.s3).toEqual([null, 'ontbreekt', 'in_gebruik']);
		// Both peers use s2; D does not: "2 van de 2".
		expect(v.nextSteps).toEqual([expect.objectContaining({ standaard_id: 's2', n_in_gebruik: 2, n_peers: 2, share: 1 })]);
		expect(v.lift!.target).toBe('peloton');
		expect(v.lift!.steps!.map((s) => s.standaard_id)).toEqual(['s2']);
		expect(v.trend[0].peerMedian).toBeCloseTo((1 + 2 / 3) / 2, 9);
		expect(v.priorityScores['1'][0]).toBeCloseTo(1 / 3, 9);
		expect(v.priorityScores['3']).toEqual([null, 0, 1]);
	});
});

describe('named queries (the engine boundary)', () => {
	it('takes a score apart by status exactly as the score is computed', async () => {
		// B on 2020-01-01: s1 gepland (w 1 × 0.25) + s2 in_implementatie (w 2 × 0.5) = 1.25 over weight 3.
		const b = await scoreBreakdown(e, 'GM0002', '2020-01-01');
		expect(b.rows).toEqual([
			{ status: 'in_implementatie', n: 1, gewicht: 2, waarde: 0.5, bijdrage: 1 },
			{ status: 'gepland', n: 1, gewicht: 1, waarde: 0.25, bijdrage: 0.25 }
		]);
		expect(b.totalWeight).toBe(3);
		expect(b.weightedSum).toBe(1.25);
		expect(b.score).toBe(rogers.score[0][1]);
	});

	it('gives each standard its gain w·(1 − v)/Σw from the SQL', async () => {
		const st = (await statusesOf(e, 'GM0002')).filter((r) => r.peildatum === '2020-01-01');
		// s1: 1 × 0.75 / 3 = 0.25; s2: 2 × 0.5 / 3 = 0.333333
		expect(st.map((r) => r.gain)).toEqual([expect.closeTo(0.25, 12), expect.closeTo(1 / 3, 12)]);
	});

	it('computes medians of a group per peildatum and per priority in SQL', async () => {
		const m = await groupMedians(e, ['GM0001', 'GM0003']);
		expect(m.get('2020-01-01')).toBeCloseTo((1 + 2 / 3) / 2, 9); // A 1, C 0.666667
		expect(m.get('2020-07-01')).toBeCloseTo((1 + 0.75) / 2, 9); // A 1, C 0.75
		expect(await groupMedians(e, [])).toEqual(new Map());
		// 2020-07-01, priority 1 (s1 + 2·s2): A 1, C 2/3 → 0.833333; priority 3 (s3): both in use → 1.
		const p = await priorityMedians(e, ['GM0001', 'GM0003'], '2020-07-01');
		expect(p['1']).toBeCloseTo(5 / 6, 9);
		expect(p['3']).toBe(1);
	});

	it('compares a delivery with the published data side by side in one engine', async () => {
		// The delivery: B's s1 gepland → in_gebruik (changed), D's s2 row dropped (missing),
		// E reports s1 in_gebruik (new). At 2020-01-01: A 1, B 2/3, C 2/3, D 1/3, E 1/3; mean 0.6,
		// SD 0.249444 → boundaries 0.350556 / 0.849444: A kopgroep, B and C peloton, D and E achterhoede.
		// Published: D was already achterhoede and E had no data, so one change: E (no data → achterhoede).
		// It also adds a peildatum (2021-07-01: A reports s1 only).
		const changed = adoptie
			.replace('2020-01-01,GM0002,s1,gepland,test', '2020-01-01,GM0002,s1,in_gebruik,test')
			.replace('2020-01-01,GM0004,s2,niet_gestart,test\n', '')
			.concat('2020-01-01,GM0005,s1,in_gebruik,test\n2021-07-01,GM0001,s1,in_gebruik,test\n');
		const mine = await engineWith({ gemeenten, standaarden, adoptie: changed }, { engine: e.engine, ns: 'levering' });
		const d = await deliveryDiff(mine, e);
		expect(d.rows).toEqual({ nieuw: 2, ontbrekend: 1, gewijzigd: 1 });
		expect(d.rowsByPeildatum).toEqual([
			{ peildatum: '2020-01-01', nieuw: 1, ontbrekend: 1, gewijzigd: 1 },
			{ peildatum: '2020-07-01', nieuw: 0, ontbrekend: 0, gewijzigd: 0 },
			{ peildatum: '2021-01-01', nieuw: 0, ontbrekend: 0, gewijzigd: 0 },
			{ peildatum: '2021-07-01', nieuw: 1, ontbrekend: 0, gewijzigd: 0 }
		]);
		// The new peildatum is compared with the latest published one before it.
		expect(d.peildata.at(-1)).toMatchObject({ peildatum: '2021-07-01', base: '2021-01-01', isNew: true });
		const first = d.peildata[0];
		expect(first).toMatchObject({ peildatum: '2020-01-01', base: '2020-01-01', isNew: false });
		expect(first.changes).toEqual([{ code: 'GM0005', naam: 'Ee', from: null, to: 'achterhoede' }]);
		// The published dataset is untouched by loading the delivery beside it.
		expect((await computeOverview(e, { method: DEFAULT_METHODS.rogers, codes })).group).toEqual(rogers.group);
	});
});
