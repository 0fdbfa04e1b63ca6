// Owns: handing a map the paths the prerendered page already draws, while it hydrates.
// The SVG in the HTML holds every path of the map (municipalities, province borders, outline);
// reading them back is far cheaper than working the geometry out again, the costliest part of
// hydrating a page with a map (issue 12). The municipalities' <g> carries the division and whether
// its paths are the detailed (zoomed) ones, so only matching paths are taken.
import type { DivisionMap } from './map';

/** Adopt the paths of the drawn group with this id, if it is there and drawn for this map. */
export function adoptDrawnPaths(groupId: string, map: DivisionMap, detailed: boolean, provinceOf: Readonly<Record<string, string>>): void {
	const g = document.getElementById(groupId);
	if (!g || g.getAttribute('data-division') !== map.division.id || g.hasAttribute('data-detailed') !== detailed) return;
	const paths: [string, string][] = [];
	for (const p of g.children) paths.push([p.getAttribute('data-code') ?? '', p.getAttribute('d') ?? '']);
	const drawn = (cls: string) => g.parentElement?.querySelector(`:scope > path.${cls}`)?.getAttribute('d') ?? undefined;
	const borders = drawn('provinces');
	map.adopt({ paths, detailed, outline: drawn('outline'), borders: borders ? { provinceOf, d: borders } : undefined });
}
