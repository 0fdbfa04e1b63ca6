// A division's map takes paths the prerendered page already draws (DivisionMap.adopt, used while
// hydrating) and computes everything else from the geometry only when asked. Own file: adopting
// changes the module's cached map, so no other test may share it.
import { describe, expect, it } from 'vitest';
import { loadDivisionMap } from '../../src/lib/geo/map';

describe('DivisionMap.adopt', () => {
	it('uses adopted paths, outline and borders, and computes the rest the same as before', async () => {
		const fresh = await loadDivisionMap('2022');
		const provinceOf = { GM0363: 'PV27' };
		fresh.adopt({ paths: [['GM0363', 'M1 2z']], outline: 'M0 0z', borders: { provinceOf, d: 'M9 9z' } });
		expect(fresh.byCode.get('GM0363')!.d).toBe('M1 2z');
		expect(fresh.outline).toBe('M0 0z');
		expect(fresh.provinceBorders(provinceOf)).toBe('M9 9z');
		// Not adopted: worked out from the geometry.
		const rotterdam = fresh.byCode.get('GM0599')!;
		expect(rotterdam.d).toMatch(/^m\d/);
		expect(rotterdam.bounds[1][0]).toBeGreaterThan(rotterdam.bounds[0][0]);
		expect(rotterdam.cx).toBeGreaterThan(rotterdam.bounds[0][0]);
		expect(fresh.shapes.length).toBe(345);

		// Detailed (zoomed) paths are adopted into their own cache, not the whole-country one.
		fresh.adopt({ paths: [['GM0599', 'M5 5z']], detailed: true });
		expect(fresh.detailedPath('GM0599')).toBe('M5 5z');
		expect(fresh.byCode.get('GM0599')!.d).not.toBe('M5 5z');
	});
});
