// Keyboard navigation on the map: every municipality of every division is reachable from Utrecht
// with the arrow keys, including the Wadden islands, enclaves and Zeeuws-Vlaanderen.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { reachable, stepTowards, type Point } from '../../src/lib/geo/navigation';
import { ROOT } from './helpers';

const GEO = path.join(ROOT, 'static/generated/geo');
const divisions = JSON.parse(readFileSync(path.join(GEO, 'indelingen.json'), 'utf8')) as { id: string; n: number }[];
function pointsOf(id: string): Point[] {
	const topo = JSON.parse(readFileSync(path.join(GEO, `gemeenten_${id}.topo.json`), 'utf8')) as Topology<{ gemeenten: GeometryCollection }>;
	const p = geoPath();
	return feature(topo, topo.objects.gemeenten).features.map((f) => {
		const [cx, cy] = p.centroid(f as never);
		return { code: String(f.id), cx, cy };
	});
}

describe('arrow-key navigation', () => {
	it('steps to the nearest municipality in the direction pressed, or to none', () => {
		const pts: Point[] = [
			{ code: 'A', cx: 0, cy: 0 },
			{ code: 'B', cx: 10, cy: 1 },
			{ code: 'C', cx: 30, cy: 0 },
			{ code: 'D', cx: 3, cy: 10 }
		];
		expect(stepTowards(pts, 'A', 1, 0)).toBe('B');
		expect(stepTowards(pts, 'B', 1, 0)).toBe('C');
		expect(stepTowards(pts, 'A', 0, 1)).toBe('D'); // y down
		expect(stepTowards(pts, 'A', -1, 0)).toBeNull();
		expect(stepTowards(pts, 'A', 1, 0, new Set(['C']))).toBe('C');
	});

	for (const d of divisions) {
		it(`reaches all ${d.n} municipalities of division ${d.id} from Utrecht`, () => {
			const pts = pointsOf(d.id);
			const r = reachable(pts, 'GM0344');
			expect(pts.filter((p) => !r.has(p.code)).map((p) => p.code)).toEqual([]);
		});
	}
});
