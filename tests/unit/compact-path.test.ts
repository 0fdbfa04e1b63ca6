// Relative map paths draw the same shape as d3-geo's absolute ones, in fewer characters.
import { describe, expect, it } from 'vitest';
import { compactPath } from '../../src/lib/geo/compact-path';

/** Absolute points of a path (M/L/Z absolute, or m/l/z relative with implicit line-tos). */
function points(d: string): [number, number][] {
	const tokens = d.match(/[MLZmlz]|-?\d*\.?\d+/g)!;
	const out: [number, number][] = [];
	let cmd = 'M';
	let x = 0;
	let y = 0;
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < tokens.length; ) {
		const t = tokens[i];
		if (/[MLZmlz]/.test(t)) {
			cmd = t;
			i++;
			if (cmd === 'z' || cmd === 'Z') [x, y] = [sx, sy];
			continue;
		}
		const a = Number(tokens[i]);
		const b = Number(tokens[i + 1]);
		i += 2;
		if (cmd === 'M' || cmd === 'L') [x, y] = [a, b];
		else [x, y] = [x + a, y + b];
		if (cmd === 'M' || cmd === 'm') [sx, sy] = [x, y];
		out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
		if (cmd === 'M') cmd = 'L';
		if (cmd === 'm') cmd = 'l';
	}
	return out;
}

describe('compactPath', () => {
	it('keeps every point of a multi-ring path and is shorter', () => {
		const d = 'M100,200L110,190L120,205L100,200ZM300,400L290,410L305,420Z';
		const c = compactPath(d);
		expect(points(c)).toEqual(points(d));
		expect(c.length).toBeLessThan(d.length);
		expect(c).toBe('m100,200 10-10 10,15-20-5zm200,200-10,10 15,10z');
	});

	it('handles decimals (zoomed maps) and negative steps', () => {
		const d = 'M10.5,20.3L10.1,19.9L12,20Z';
		expect(points(compactPath(d))).toEqual(points(d));
	});
});
