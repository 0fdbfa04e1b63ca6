// Owns: moving between municipalities on the map with the arrow keys. A step goes to the nearest
// municipality whose centre lies in the direction pressed (within 50° of it; nearer and better
// aligned wins), so small municipalities between large ones, enclaves and islands are all
// reachable, and a key with nothing in that direction says so (null). tests/unit/navigation.test.ts
// checks that from Utrecht every municipality of every division can be reached.

export interface Point {
	code: string;
	cx: number;
	cy: number;
}

/** Half-angle of the cone of "in that direction": cos 50°. */
const MIN_COS = Math.cos((50 * Math.PI) / 180);

/**
 * The municipality one step from `from` in direction (dx, dy) (map units, y down), among `points`
 * (optionally only those in `allowed`), or null when there is none in that direction.
 */
export function stepTowards(points: readonly Point[], from: string, dx: number, dy: number, allowed?: ReadonlySet<string> | null): string | null {
	const a = points.find((p) => p.code === from);
	if (!a) return null;
	let best: string | null = null;
	let bestCost = Infinity;
	for (const p of points) {
		if (p.code === from || (allowed && !allowed.has(p.code))) continue;
		const vx = p.cx - a.cx;
		const vy = p.cy - a.cy;
		const d = Math.hypot(vx, vy);
		if (d === 0) continue;
		const cos = (vx * dx + vy * dy) / d;
		if (cos < MIN_COS) continue;
		// Distance, stretched by how far off the direction it lies.
		const cost = d * (1 + 2 * (1 - cos));
		if (cost < bestCost || (cost === bestCost && p.code < best!)) [best, bestCost] = [p.code, cost];
	}
	return best;
}

/** Every municipality reachable from `start` with the four arrow keys (for tests and checks). */
export function reachable(points: readonly Point[], start: string): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	while (queue.length) {
		const c = queue.shift()!;
		for (const [dx, dy] of [
			[1, 0],
			[-1, 0],
			[0, 1],
			[0, -1]
		]) {
			const n = stepTowards(points, c, dx, dy);
			if (n && !seen.has(n)) {
				seen.add(n);
				queue.push(n);
			}
		}
	}
	return seen;
}
