// Municipality names that must not break after their "'s-" prefix.
import { describe, expect, it } from 'vitest';
import { keepTogether } from '../../src/lib/components/names';

describe('keepTogether', () => {
	it("keeps 's-Gravenhage and 's-Hertogenbosch on one line, and lets other names wrap", () => {
		expect(keepTogether("'s-Gravenhage")).toBe(true);
		expect(keepTogether("'s-Hertogenbosch")).toBe(true);
		expect(keepTogether('Súdwest-Fryslân')).toBe(false);
		expect(keepTogether('Bergen (NH.)')).toBe(false);
	});
});
