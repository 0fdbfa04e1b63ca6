// The per-standard SQL (shares among the municipalities that existed, first use, Rogers' adopter
// categories, pace, explanations) on DuckDB over a hand-made series whose answers are worked out
// by hand below.
//
// 20 municipalities today (GM0101–GM0120). Until 2021-01-01 there were also GM0201 and GM0202
// (merged by samenvoeging into GM0120, created 2021-01-01) and GM0203 (taken into GM0119 by a
// toevoeging): 22 municipalities on 2020-01-01 and 2020-07-01, 20 from 2021-01-01.
// s1 and s3 were available before the series; s2 from 2020-07-01.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/maturity/dataset';
import { adopterCategories, explanations, standardByGroup, standardPace, standardShares, standardStatuses, type AdopterRow } from '../../src/lib/maturity/queries';
import { engineWith } from './helpers';

const PD = ['2020-01-01', '2020-07-01', '2021-01-01', '2021-07-01', '2022-01-01'];
const today = Array.from({ length: 20 }, (_, i) => `GM${String(101 + i).padStart(4, '0')}`);
const gemeenten = [
	'gemeentecode,gemeentenaam,provinciecode,provincienaam,inwoners,grootteklasse,oppervlakte_km2,geldig_vanaf,geldig_tot',
	...today.map((c, i) => `${c},G${c.slice(2)},${i < 10 ? 'PV20,Groningen' : 'PV21,Friesland'},${c === 'GM0101' ? 300000 : 10000},,,${c === 'GM0120' ? '2021-01-01' : ''},`),
	'GM0201,Oud1,PV21,Friesland,10000,,,,2021-01-01',
	'GM0202,Oud2,PV21,Friesland,10000,,,,2021-01-01',
	'GM0203,Oud3,PV21,Friesland,10000,,,,2021-01-01'
].join('\n');
const herindelingen = [
	'datum,oude_code,nieuwe_code,soort,aandeel_inwoners,bron',
	'2021-01-01,GM0201,GM0120,samenvoeging,1,test',
	'2021-01-01,GM0202,GM0120,samenvoeging,1,test',
	'2021-01-01,GM0203,GM0119,toevoeging,1,test'
].join('\n');
const standaarden = `standaard_id,naam,prioriteit,soort,gewicht,beschikbaar_sinds,omschrijving,url
s1,Een,1,structureel,1,2019-01-01,,
s2,Twee,1,programma,1,2020-07-01,,
s3,Drie,3,project,1,2019-01-01,,
`;

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `GM${String(a + i).padStart(4, '0')}`);
/** Own first peildatum in use, per standard. */
const first: Record<string, Record<string, string>> = {
	s1: {
		GM0101: PD[0], GM0201: PD[0], GM0203: PD[0],
		...Object.fromEntries(range(102, 105).map((c) => [c, PD[1]])),
		GM0106: PD[2], GM0107: PD[2],
		...Object.fromEntries(range(108, 111).map((c) => [c, PD[3]])),
		GM0120: PD[3],
		...Object.fromEntries([...range(112, 114), 'GM0119'].map((c) => [c, PD[4]]))
	},
	s2: { GM0101: PD[1], ...Object.fromEntries([...range(102, 116), ...range(118, 120)].map((c) => [c, PD[2]])), GM0117: PD[3] },
	s3: { ...Object.fromEntries([...today.filter((c) => c !== 'GM0118' && c !== 'GM0120'), 'GM0201', 'GM0202', 'GM0203'].map((c) => [c, PD[0]])), GM0120: PD[2], GM0118: PD[4] }
};
const exists = (c: string, pd: string) => (c === 'GM0120' ? pd >= '2021-01-01' : c >= 'GM0201' ? pd < '2021-01-01' : true);
const available = { s1: '2019-01-01', s2: '2020-07-01', s3: '2019-01-01' } as Record<string, string>;
const rows: string[] = ['peildatum,gemeentecode,standaard_id,status,bron,toelichting'];
for (const pd of PD) {
	for (const c of [...today, 'GM0201', 'GM0202', 'GM0203']) {
		if (!exists(c, pd)) continue;
		if (c === 'GM0118' && pd === PD[0]) continue; // reports nothing on 2020-01-01: "geen"
		for (const s of ['s1', 's2', 's3']) {
			if (available[s] > pd) continue;
			if (c === 'GM0117' && s === 's2' && pd === PD[2]) continue; // no row: "ontbreekt"
			let status = first[s][c] && pd >= first[s][c] ? 'in_gebruik' : 'niet_gestart';
			if (c === 'GM0106' && s === 's1' && pd === PD[3]) status = 'in_implementatie'; // one step back, then in use again
			const note = c === 'GM0115' && s === 's1' && pd === PD[4] ? '"Wij wachten op de aanbesteding, zie ""plan"""' : '';
			rows.push(`${pd},${c},${s},${status},test,${note}`);
		}
	}
}

let db: Db;
let cats: AdopterRow[];
const cat = (s: string, c: string) => cats.find((r) => r.standaard_id === s && r.gemeentecode === c)!;
beforeAll(async () => {
	db = await engineWith({ gemeenten, herindelingen, standaarden, adoptie: rows.join('\n') + '\n' });
	cats = await adopterCategories(db);
}, 60_000);
afterAll(async () => db?.engine.close());

describe('shares per standard and peildatum', () => {
	it('counts among the municipalities that existed on the date, with no data and missing rows apart', async () => {
		const sh = await standardShares(db);
		const at = (s: string, pd: string) => sh.find((r) => r.standaard_id === s && r.peildatum === pd)!;
		// 2020-01-01: 22 existed; GM0101, GM0201 and GM0203 used s1; GM0118 reported nothing.
		expect(at('s1', PD[0])).toMatchObject({ n: 22, n_in_gebruik: 3, n_niet_gestart: 18, n_geen: 1 });
		// 2021-01-01: 20 (the merger); GM0117's missing s2 row counts as not started.
		expect(at('s2', PD[2])).toMatchObject({ n: 20, n_in_gebruik: 19, n_niet_gestart: 1, n_geen: 0 });
		// 2021-07-01: 11 in use (GM0106 stepped back to in_implementatie).
		expect(at('s1', PD[3])).toMatchObject({ n: 20, n_in_gebruik: 11, n_in_implementatie: 1 });
		// s2 only from its availability on.
		expect(sh.filter((r) => r.standaard_id === 's2').map((r) => r.peildatum)).toEqual(PD.slice(1));
	});

	it('gives the pace from 10 % to 50 % in use only where both crossings were observed', async () => {
		const pace = Object.fromEntries((await standardPace(db)).map((r) => [r.standaard_id, r]));
		// s1: 3/22 ≥ 10 % already on the first peildatum (available since 2019): not observed; 50 % on 2021-07-01 (11/20).
		expect(pace.s1).toMatchObject({ t10: null, t10_voor_reeks: true, t50: PD[3], t50_voor_reeks: false, halfjaren: null, laatste: 16 / 20 });
		// s2: 1/22 on 2020-07-01, then 19/20 on 2021-01-01: both crossings in one half-year.
		expect(pace.s2).toMatchObject({ t10: PD[2], t50: PD[2], halfjaren: 0, laatste: 1 });
		// s3: 21/22 on the first peildatum: neither crossing observed.
		expect(pace.s3).toMatchObject({ t10: null, t50: null, t10_voor_reeks: true, t50_voor_reeks: true, halfjaren: null });
	});

	it('splits one peildatum by province among the municipalities that existed then', async () => {
		const byProv = await standardByGroup(db, 's1', PD[4], 'provincie');
		expect(byProv.map((r) => [r.groep, r.n, r.n_in_gebruik, r.n_niet_gestart])).toEqual([
			['Friesland', 10, 6, 4],
			['Groningen', 10, 10, 0]
		]);
		const bySize = await standardByGroup(db, 's1', PD[0], 'grootteklasse');
		expect(bySize.map((r) => [r.groep, r.n, r.n_in_gebruik])).toEqual([
			['10k-20k', 21, 2],
			['>=250k', 1, 1]
		]);
	});

	it("lists one standard's status and explanation per municipality and peildatum, text kept as given", async () => {
		const st = await standardStatuses(db, 's1');
		expect(st.filter((r) => r.peildatum === PD[0])).toHaveLength(22);
		expect(st.find((r) => r.peildatum === PD[0] && r.gemeentecode === 'GM0118')!.status).toBe('geen');
		expect(st.find((r) => r.peildatum === PD[4] && r.gemeentecode === 'GM0115')!.toelichting).toBe('Wij wachten op de aanbesteding, zie "plan"');
		expect(await explanations(db, { gemeente: 'GM0115' })).toEqual([
			{ peildatum: PD[4], gemeentecode: 'GM0115', standaard_id: 's1', status: 'niet_gestart', toelichting: 'Wij wachten op de aanbesteding, zie "plan"' }
		]);
		expect(await explanations(db, { standaard: 's2' })).toEqual([]);
	});
});

describe('first use and adopter categories (n = 20, today\'s municipalities)', () => {
	it("categorises today's municipalities only", () => {
		expect(new Set(cats.map((r) => r.gemeentecode))).toEqual(new Set(today));
		expect(cats.every((r) => r.n === 20)).toBe(true);
	});

	it('lets a samenvoeging inherit the earliest first use of what it was formed from, and a toevoeging keep its own', () => {
		// GM0120 used s1 itself from 2021-07-01, but GM0201 (one of its predecessors) from 2020-01-01.
		expect(cat('s1', 'GM0120')).toMatchObject({ eerste: PD[0], geerfd: true });
		// GM0119 took in GM0203 (in use since 2020-01-01) but keeps its own first use, 2022-01-01.
		expect(cat('s1', 'GM0119')).toMatchObject({ eerste: PD[4], geerfd: false });
		// A later step back does not undo the first use.
		expect(cat('s1', 'GM0106').eerste).toBe(PD[2]);
	});

	it('puts municipalities with the same first use in one category: the one holding the middle of their joint slice', () => {
		// s1, 2020-01-01: GM0101 and GM0120 tie. Slice 0–2/20, middle 1/20 = 5 % → early adopters for both (no innovators).
		expect([cat('s1', 'GM0101'), cat('s1', 'GM0120')].map((r) => [r.eerder, r.gelijk, r.categorie])).toEqual([
			[0, 2, 'vroege_adopter'],
			[0, 2, 'vroege_adopter']
		]);
		// 2020-07-01: four after two, middle (2 + 4/2)/20 = 20 % → early majority.
		expect(range(102, 105).map((c) => cat('s1', c).categorie)).toEqual(Array(4).fill('vroege_meerderheid'));
		// 2021-01-01: two after six, middle 35 % → early majority.
		expect(['GM0106', 'GM0107'].map((c) => cat('s1', c).categorie)).toEqual(['vroege_meerderheid', 'vroege_meerderheid']);
		// s3: 19 tie on the first peildatum (GM0120 by inheritance): middle 9.5/20 = 47.5 % → early majority.
		expect(cat('s3', 'GM0120')).toMatchObject({ eerste: PD[0], geerfd: true, gelijk: 19, categorie: 'vroege_meerderheid' });
	});

	it('gives a middle exactly on a boundary to the later category', () => {
		// s1, 2021-07-01: four after eight, middle (8 + 2)/20 = exactly 50 % → late majority, not early.
		expect(range(108, 111).map((c) => [cat('s1', c).eerder, cat('s1', c).gelijk, cat('s1', c).categorie])).toEqual(Array(4).fill([8, 4, 'late_meerderheid']));
		// s2: GM0101 alone first: middle 0.5/20 = exactly 2.5 % → early adopter, not innovator.
		expect(cat('s2', 'GM0101')).toMatchObject({ eerder: 0, gelijk: 1, categorie: 'vroege_adopter' });
		// s2, 2021-01-01: 18 after one, middle (1 + 9)/20 = exactly 50 % → late majority.
		expect(cat('s2', 'GM0102')).toMatchObject({ eerder: 1, gelijk: 18, categorie: 'late_meerderheid' });
	});

	it('makes the last ones laggards and those not in use "nog niet"', () => {
		// s2: GM0117 last (19 before it): middle 97.5 % → laggard; s3: GM0118 likewise.
		expect(cat('s2', 'GM0117').categorie).toBe('achterblijver');
		expect(cat('s3', 'GM0118')).toMatchObject({ eerste: PD[4], categorie: 'achterblijver' });
		// s1: 2022-01-01 four after twelve, middle 70 % → late majority; GM0115–GM0118 never: nog niet.
		expect(['GM0112', 'GM0119'].map((c) => cat('s1', c).categorie)).toEqual(['late_meerderheid', 'late_meerderheid']);
		expect(range(115, 118).map((c) => [cat('s1', c).eerste, cat('s1', c).categorie])).toEqual(Array(4).fill([null, 'nog_niet']));
	});

	it('answers for one municipality or one standard alone with the same categories', async () => {
		const one = await adopterCategories(db, { gemeente: 'GM0120' });
		expect(one.map((r) => [r.standaard_id, r.categorie])).toEqual([
			['s1', 'vroege_adopter'],
			['s2', 'late_meerderheid'],
			['s3', 'vroege_meerderheid']
		]);
		expect(await adopterCategories(db, { standaard: 's2' })).toEqual(cats.filter((r) => r.standaard_id === 's2'));
	});
});
