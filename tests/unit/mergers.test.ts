// Herindelingen: validity on a date, the crosswalk onto today's municipalities, re-based scores
// (worked out by hand below), the validator's messages for codes used outside their lifetime,
// the divisions the maps are drawn for, and neighbours per boundary year.
import { describe, expect, it } from 'vitest';
import { buildMapFiles } from '../../data/pipeline/geo';
import { BOUNDARY_YEARS, planDivisions } from '../../data/pipeline/divisions';
import { parseHerindelingen } from '../../data/pipeline/gemeenten';
import { crosswalk, divisionDates, existsOn, predecessorsOf, successorsOf } from '../../src/lib/data/mergers';
import { readPublished, rowObjects } from '../../src/lib/data/published.server';
import { ruleMessage } from '../../src/lib/data/rules';
import type { Gemeente } from '../../src/lib/data/schema';
import { validatePackage } from '../../src/lib/data/validate';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { adoptie, gemeenten, herindelingen, standaarden } from './fixtures/mergers';
import { engineWith, projectFile, sourceTopology } from './helpers';

// The fixture (fixtures/mergers.ts): A and B merge into C on 2021-01-01; E is split on that date,
// a quarter of its inhabitants to D, three quarters to F. D and F exist throughout.
// 2020-07-01: A 1, B 0.25, D 0, E 0.5, F 1.  2021-07-01: C 1, D 0.25, F 0.25.
const moves = parseHerindelingen(herindelingen);
const rows = rowObjects<Gemeente>(validatePackage([{ name: 'gemeenten', file: 'gemeenten.csv', data: gemeenten }]).tables.gemeenten!);

describe('municipal history', () => {
	it('knows who existed on a date, what went where and when the division changed', () => {
		const at = (d: string) => rows.filter((g) => existsOn(g, d)).map((g) => g.gemeentecode);
		expect(at('2020-12-31')).toEqual(['GM0001', 'GM0002', 'GM0004', 'GM0005', 'GM0006']);
		expect(at('2021-01-01')).toEqual(['GM0003', 'GM0004', 'GM0006']);
		expect(successorsOf('GM0005', moves).map((m) => m.nieuwe_code)).toEqual(['GM0006', 'GM0004']); // largest share first
		expect(predecessorsOf('GM0003', moves).map((m) => m.oude_code)).toEqual(['GM0001', 'GM0002']);
		expect(divisionDates(rows)).toEqual(['2021-01-01']);
	});

	it('maps every municipality onto a later division, splitting shares', () => {
		expect(crosswalk(rows, moves, '2021-07-01')).toEqual([
			{ gemeentecode: 'GM0001', huidig: 'GM0003', aandeel: 1 },
			{ gemeentecode: 'GM0002', huidig: 'GM0003', aandeel: 1 },
			{ gemeentecode: 'GM0003', huidig: 'GM0003', aandeel: 1 },
			{ gemeentecode: 'GM0004', huidig: 'GM0004', aandeel: 1 },
			{ gemeentecode: 'GM0005', huidig: 'GM0004', aandeel: 0.25 },
			{ gemeentecode: 'GM0005', huidig: 'GM0006', aandeel: 0.75 },
			{ gemeentecode: 'GM0006', huidig: 'GM0006', aandeel: 1 }
		]);
		// Onto the division of 2020, C (created later) maps to nothing.
		expect(crosswalk(rows, moves, '2020-07-01').filter((r) => r.gemeentecode === 'GM0003')).toEqual([]);
	});

	it("re-bases history onto today's municipalities, weighted by inhabitants", async () => {
		const db = await engineWith({ gemeenten, herindelingen, standaarden, adoptie });
		const now = await computeOverview(db, { method: DEFAULT_METHODS.rogers, codes: ['GM0003', 'GM0004', 'GM0006'], division: 'huidig' });
		// 2020-07-01, C = (100 × 1 + 300 × 0.25) / 400 = 0.4375
		//             D = (1000 × 0 + 200 × 0.25 × 0.5) / (1000 + 50) = 25 / 1050
		//             F = (500 × 1 + 200 × 0.75 × 0.5) / (500 + 150) = 575 / 650
		expect(now.score[0][0]).toBeCloseTo(0.4375, 9);
		expect(now.score[0][1]).toBeCloseTo(25 / 1050, 9);
		expect(now.score[0][2]).toBeCloseTo(575 / 650, 9);
		expect(now.rank[0]).toEqual([2, 3, 1]);
		expect(now.stats[0]!.n).toBe(3);
		// From the merger on, the re-based scores are the municipalities' own.
		expect(now.score[1]).toEqual([1, 0.25, 0.25]);
		// Each peildatum in its own division: five municipalities in 2020, three in 2021.
		const own = await computeOverview(db, { method: DEFAULT_METHODS.rogers, codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005', 'GM0006'] });
		expect(own.stats.map((s) => s!.n)).toEqual([5, 3]);
		expect(own.score[0]).toEqual([1, 0.25, null, 0, 0.5, 1]);
		expect(own.score[1]).toEqual([null, null, 1, 0.25, null, 0.25]);
		await db.engine.close();
	});
});

describe('validator and herindelingen', () => {
	const validate = (adoptieText: string, her = herindelingen) =>
		validatePackage([
			{ name: 'gemeenten', file: 'gemeenten.csv', data: gemeenten },
			{ name: 'herindelingen', file: 'herindelingen.csv', data: her },
			{ name: 'standaarden', file: 'standaarden.csv', data: standaarden },
			{ name: 'adoptie', file: 'adoptie.csv', data: adoptieText }
		]).tables;

	it('rejects a code used after its dissolution, naming the date and where it went', () => {
		const t = validate('peildatum,gemeentecode,standaard_id,status,bron\n2021-07-01,GM0001,s1,gepland,t\n2021-07-01,GM0005,s1,gepland,t\n').adoptie!;
		expect(t.rejected).toBe(2);
		const [a, e] = t.issues.filter((i) => i.rule === 'code-no-longer-valid');
		expect(a).toMatchObject({ line: 2, column: 'gemeentecode', value: 'GM0001' });
		expect(ruleMessage(a.rule, a.params, 'nl')).toBe(
			'GM0001 Aa bestond op 2021-07-01 niet meer: per 1 januari 2021 opgegaan in GM0003 Cee. Verwacht: voor deze peildatum de code die toen gold.'
		);
		expect(ruleMessage(e.rule, e.params, 'nl')).toContain('per 1 januari 2021 opgeheven en verdeeld over GM0006 Ef en GM0004 Dee');
		expect(ruleMessage(e.rule, e.params, 'en')).toContain('on 1 January 2021 it was dissolved and divided over GM0006 Ef and GM0004 Dee');
	});

	it('rejects a code used before its creation, naming what it came from', () => {
		const t = validate('peildatum,gemeentecode,standaard_id,status,bron\n2020-07-01,GM0003,s1,gepland,t\n').adoptie!;
		const [i] = t.issues.filter((x) => x.rule === 'code-not-yet-valid');
		expect(ruleMessage(i.rule, i.params, 'nl')).toBe(
			'GM0003 Cee bestond op 2020-07-01 nog niet: ontstaan per 1 januari 2021 uit GM0001 Aa en GM0002 Bee. Verwacht: voor deze peildatum de code(s) die toen golden.'
		);
	});

	it('accepts the codes in force at each peildatum, old and new', () => {
		const t = validate(adoptie).adoptie!;
		expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(t.accepted).toBe(8);
	});

	it('checks that herindelingen match gemeenten.csv and that the parts of a split add up', () => {
		const bad = herindelingen.replace('2021-01-01,GM0005,GM0006,splitsing,0.75', '2021-01-01,GM0005,GM0006,splitsing,0.65').concat('2022-01-01,GM0002,GM0004,toevoeging,1,x\n');
		const t = validate(adoptie, bad).herindelingen!;
		expect(t.issues.map((i) => [i.rule, i.line, i.value])).toEqual([
			['herindeling-shares', 4, '0.9'],
			['herindeling-date', 6, 'GM0002']
		]);
	});
});

describe('the published history', () => {
	const pub = readPublished(undefined, ['gemeenten', 'herindelingen']);
	const g = rowObjects<Gemeente>(pub.gemeenten);
	const m = parseHerindelingen(projectFile('data/herindelingen.csv'));

	it('maps all 360 municipalities onto the 342 of today', () => {
		const cw = crosswalk(g, m, '2026-07-01');
		expect(new Set(cw.map((r) => r.huidig)).size).toBe(342);
		// Haaren's shares go to Boxtel, Oisterwijk, Tilburg and Vught and add up to 1.
		const haaren = cw.filter((r) => r.gemeentecode === 'GM0788');
		expect(haaren.map((r) => r.huidig)).toEqual(['GM0757', 'GM0824', 'GM0855', 'GM0865']);
		expect(haaren.reduce((a, r) => a + r.aandeel, 0)).toBeCloseTo(1, 12);
	});

	it('draws each division from a boundary file, Weesp merged into Amsterdam for 24 March 2022', async () => {
		const fileCodes = new Map<number, Set<string>>();
		for (const y of BOUNDARY_YEARS) {
			const t = await sourceTopology(`gemeente_${y}`);
			fileCodes.set(y, new Set((t.objects[`gemeente_${y}`] as unknown as { geometries: { properties: { statcode: string } }[] }).geometries.map((x) => x.properties.statcode)));
		}
		const plans = planDivisions(g, m, fileCodes);
		expect(plans.map((p) => [p.id, p.vanaf, p.codes.length, p.file])).toEqual([
			['2020', null, 355, 2020],
			['2021', '2021-01-01', 352, 2021],
			['2022', '2022-01-01', 345, 2022],
			['2022-03-24', '2022-03-24', 344, 2022],
			['2023', '2023-01-01', 342, 2026]
		]);
		expect(plans[3].merges).toEqual([{ from: 'GM0457', into: 'GM0363' }]);
		// A file that cannot draw a division is an error that says what is missing.
		expect(() => planDivisions(g, m, new Map([[2020, fileCodes.get(2020)!]]))).toThrow(/lacks GM1979/);
	});

	it('takes neighbours from the boundary year of the division', async () => {
		const t2020 = buildMapFiles(await sourceTopology('gemeente_2020'), 'gemeente_2020');
		const t2022 = await sourceTopology('gemeente_2022');
		const with2022 = buildMapFiles(t2022, 'gemeente_2022');
		const without = buildMapFiles(t2022, 'gemeente_2022', { merges: [{ from: 'GM0457', into: 'GM0363' }] });
		expect(t2020.neighbours.GM0824.codes).toContain('GM0788'); // Oisterwijk borders Haaren in 2020
		expect(with2022.neighbours.GM0363.codes).toContain('GM0457'); // Amsterdam borders Weesp on 1 January 2022
		expect(without.neighbours.GM0363.codes).not.toContain('GM0457');
		expect(without.neighbours.GM0363.codes).not.toContain('GM0363');
		// Weesp's other neighbours (Gooise Meren) become Amsterdam's.
		expect(without.neighbours.GM0363.codes).toContain('GM1942');
		expect(without.neighbours.GM0457).toBeUndefined();
		expect(without.topology.objects.gemeenten.geometries).toHaveLength(344);
	});
});
