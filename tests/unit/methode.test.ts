// The named query behind the re-basing worked examples on /methode/: a re-based score taken
// apart into its parts, on a hand-made fixture (fixtures/mergers.ts) whose expected values are worked out below.
import { describe, expect, it } from 'vitest';
import { compare, toReference } from '../../src/lib/methode/check';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { rebasedParts } from '../../src/lib/maturity/queries';
import { adoptie, gemeenten, gemeentenWith, herindelingen, standaarden } from './fixtures/mergers';
import { engineWith } from './helpers';

describe('the recomputation check (/methode/controle/)', () => {
	const o: Overview = {
		scope: 'all',
		method: DEFAULT_METHODS.rogers,
		division: 'peildatum',
		codes: ['GM0001', 'GM0002', 'GM0003'],
		peildata: ['2020-07-01'],
		stats: [null],
		boundaries: [null],
		score: [[0.5, 0.25, null]],
		rank: [[1, 2, null]],
		percentile: [[100, 0, null]],
		group: [['kopgroep', 'achterhoede', null]],
		missing: [[0, 0, null]]
	};

	it('finds nothing to report when the browser computed exactly the build’s figures', () => {
		const r = compare(toReference(o), structuredClone(o));
		expect(r.diff).toBe(0);
		expect(r.rows).toEqual([{ peildatum: '2020-07-01', scored: 2, counts: { kopgroep: 1, peloton: 0, achterhoede: 1 }, diff: 0, groups: 'ka-' }]);
	});

	it('counts every score, rank, percentile and group that differs, however little', () => {
		const got = structuredClone(o);
		got.score[0][0] = 0.5000000001;
		got.group[0][1] = 'peloton';
		got.rank[0][2] = 3;
		expect(compare(toReference(o), got).diff).toBe(3);
		expect(compare(toReference(o), got).rows[0].groups).toBe('kp-');
	});

	it('refuses to compare another division or other municipalities', () => {
		expect(() => compare(toReference(o), { ...o, division: 'huidig' })).toThrow(/other municipalities or peildata/);
		expect(() => compare(toReference(o), { ...o, codes: ['GM0001', 'GM0002', 'GM0004'] })).toThrow();
	});
});

describe('rebasedParts (the re-basing worked examples)', () => {
	it('takes a merger and a split apart, weighted by inhabitants × share', async () => {
		const db = await engineWith({ gemeenten, herindelingen, standaarden, adoptie });
		// C at 2020-07-01 = (100 × 1 + 300 × 0.25) / 400 = 0.4375; B weighs most, so it comes first.
		const c = (await rebasedParts(db, 'GM0003', '2020-07-01'))!;
		expect(c.byInhabitants).toBe(true);
		expect(c.parts).toEqual([
			{ gemeentecode: 'GM0002', score: 0.25, inwoners: 300, aandeel: 1, gewicht: 300, deel: 0.75 },
			{ gemeentecode: 'GM0001', score: 1, inwoners: 100, aandeel: 1, gewicht: 100, deel: 0.25 }
		]);
		expect(c.score).toBeCloseTo(0.4375, 9);
		// D = (1000 × 0 + 200 × 0.25 × 0.5) / (1000 + 50) = 25 / 1050; F = 575 / 650 ranks first, C second.
		const d = (await rebasedParts(db, 'GM0004', '2020-07-01'))!;
		expect(d.parts.map((p) => [p.gemeentecode, p.gewicht])).toEqual([
			['GM0004', 1000],
			['GM0005', 50]
		]);
		expect(d.parts[1].deel).toBeCloseTo(50 / 1050, 12);
		expect(d.score).toBeCloseTo(25 / 1050, 9);
		expect([d.rank, d.n]).toEqual([3, 3]);
		// The same number as the re-based overview.
		const now = await computeOverview(db, { method: DEFAULT_METHODS.rogers, codes: ['GM0003', 'GM0004', 'GM0006'], division: 'huidig' });
		expect(now.score[0]).toEqual([c.score, d.score, (await rebasedParts(db, 'GM0006', '2020-07-01'))!.score]);
		// After the merger a municipality is its own single part; before it existed nothing is there.
		expect((await rebasedParts(db, 'GM0003', '2021-07-01'))!.parts).toEqual([{ gemeentecode: 'GM0003', score: 1, inwoners: 400, aandeel: 1, gewicht: 400, deel: 1 }]);
		expect(await rebasedParts(db, 'GM0001', '2020-07-01')).toBeNull();
		await db.engine.close();
	});

	it('weighs the parts by share alone when one lacks an inhabitants figure', async () => {
		const db = await engineWith({ gemeenten: gemeentenWith(''), herindelingen, standaarden, adoptie });
		// D = (1 × 0 + 0.25 × 0.5) / (1 + 0.25) = 0.1
		const d = (await rebasedParts(db, 'GM0004', '2020-07-01'))!;
		expect(d.byInhabitants).toBe(false);
		expect(d.parts).toEqual([
			{ gemeentecode: 'GM0004', score: 0, inwoners: 1000, aandeel: 1, gewicht: 1, deel: 0.8 },
			{ gemeentecode: 'GM0005', score: 0.5, inwoners: null, aandeel: 0.25, gewicht: 0.25, deel: 0.2 }
		]);
		expect(d.score).toBeCloseTo(0.1, 9);
		await db.engine.close();
	});
});
