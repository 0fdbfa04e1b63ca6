import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildMapFiles, provinceOf, sourceFeatures } from '../../data/pipeline/geo';
import { sourceTopology } from './helpers';

const topo = await sourceTopology('gemeente_2020');
const provTopo = await sourceTopology('provincie_2020');
const out = buildMapFiles(topo, 'gemeente_2020');

describe('map files for 2020', () => {
	it('has one feature per municipality, 355 unique CBS codes', () => {
		const codes = out.topology.objects.gemeenten.geometries.map((g) => String(g.id));
		expect(codes).toHaveLength(355);
		expect(new Set(codes).size).toBe(355);
		for (const c of codes) expect(c).toMatch(/^GM\d{4}$/);
	});

	it('keeps every geometry non-empty after simplification and names every municipality', () => {
		for (const g of out.topology.objects.gemeenten.geometries) {
			expect(g.type === 'Polygon' || g.type === 'MultiPolygon').toBe(true);
			expect((g.properties as { naam: string }).naam).toBeTruthy();
		}
	});

	it('is projected into a 1000-unit wide box with a quantized transform', () => {
		expect(out.width).toBe(1000);
		expect(out.height).toBeGreaterThan(1100);
		expect(out.height).toBeLessThan(1300);
		expect(out.topology.transform).toBeDefined();
	});

	it('source rings are wound the way d3-geo expects (no polygon reads as the rest of the globe)', () => {
		for (const f of sourceFeatures(topo, 'gemeente_2020').features) expect(geoArea(f)).toBeLessThan(2 * Math.PI);
	});

	it('computes plausible areas (km²) from the geometry', () => {
		const total = out.shapes.reduce((a, s) => a + s.areaKm2, 0);
		// The Netherlands is about 41,500 km² including water; municipal boundaries exclude the IJsselmeer and most sea.
		expect(total).toBeGreaterThan(33_000);
		expect(total).toBeLessThan(42_000);
		for (const s of out.shapes) expect(s.areaKm2).toBeGreaterThan(1);
	});

	it('lists neighbours symmetrically from shared borders', () => {
		const nb = out.neighbours;
		for (const [code, n] of Object.entries(nb)) {
			if (n.kind !== 'border') continue;
			for (const other of n.codes) {
				expect(nb[other].codes, `${other} should list ${code}`).toContain(code);
			}
		}
		expect(nb.GM0363.kind).toBe('border');
		expect(nb.GM0363.codes).toEqual(expect.arrayContaining(['GM0362', 'GM0384', 'GM0479'])); // Amstelveen, Diemen, Zaanstad
	});

	it('gives the Wadden islands (no shared border) their nearest municipalities instead', () => {
		const islands = Object.entries(out.neighbours).filter(([, n]) => n.kind === 'nearest').map(([c]) => c).sort();
		expect(islands).toEqual(['GM0060', 'GM0088', 'GM0093', 'GM0096', 'GM0448']);
		for (const c of islands) expect(out.neighbours[c].codes).toHaveLength(3);
	});

	it('joins every municipality to a province by its interior point', () => {
		const provinces = sourceFeatures(provTopo, 'provincie_2020');
		const byCode = new Map(out.shapes.map((s) => [s.code, provinceOf(s.interior, provinces)]));
		const counts = new Map<string, number>();
		for (const p of byCode.values()) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
		expect(counts.size).toBe(12);
		expect(byCode.get('GM0363')!.code).toBe('PV27'); // Amsterdam, Noord-Holland
		expect(byCode.get('GM0014')!.code).toBe('PV20'); // Groningen
		expect(byCode.get('GM0518')!.code).toBe('PV28'); // 's-Gravenhage, Zuid-Holland
		expect(byCode.get('GM0935')!.code).toBe('PV31'); // Maastricht, Limburg
		expect(byCode.get('GM0034')!.code).toBe('PV24'); // Almere, Flevoland
		expect(counts.get('PV30')).toBe(62); // Noord-Brabant had 62 municipalities in 2020
	});
});
