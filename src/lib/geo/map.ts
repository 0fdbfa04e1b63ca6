// Owns: the municipal map geometry for the screen. Reads the projected, simplified TopoJSON that
// the data pipeline writes to static/generated/geo (boundary year 2020: the 355 codes of the
// published data) and turns it into SVG path strings, province borders and the outline.
// Coordinates are already projected (planar), so d3-geo draws them with a null projection:
// no spherical ring-winding issues. Paths are computed once per module load (SSR and browser).
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topoJson from '$generated/geo/gemeenten_2020.topo.json';
import burenJson from '$generated/geo/buren_2020.json';

export const BOUNDARY_YEAR = 2020;

type MapTopology = Topology<{ gemeenten: GeometryCollection<{ naam: string }> }> & { bbox: [number, number, number, number] };
const topo = topoJson as unknown as MapTopology;

export interface MapShape {
	code: string;
	naam: string;
	d: string;
	/** Label point (centroid of the drawn shape) in map units. */
	cx: number;
	cy: number;
	bounds: [[number, number], [number, number]];
}

export interface Neighbours {
	codes: string[];
	kind: 'border' | 'nearest';
}

export const MAP_WIDTH = topo.bbox[2];
export const MAP_HEIGHT = topo.bbox[3];
export const NEIGHBOURS = burenJson as Record<string, Neighbours>;

// Whole-country maps are drawn at ≤ 1000 units wide, so whole units suffice (and keep the
// prerendered HTML small); zoomed locator maps use the 0.1-unit detail (detailedPath).
const path = geoPath().digits(0);
const finePath = geoPath().digits(1);
const FEATURES = feature(topo, topo.objects.gemeenten).features;

export const SHAPES: MapShape[] = FEATURES.map((f) => {
	const [cx, cy] = finePath.centroid(f);
	return { code: String(f.id), naam: f.properties!.naam, d: path(f) ?? '', cx, cy, bounds: finePath.bounds(f) };
});

const detailCache = new Map<string, string>();
/** Path at 0.1-unit precision, for maps zoomed in on a few municipalities. */
export function detailedPath(code: string): string {
	let d = detailCache.get(code);
	if (d === undefined) {
		const f = FEATURES.find((x) => String(x.id) === code);
		detailCache.set(code, (d = f ? (finePath(f) ?? '') : ''));
	}
	return d;
}

export const SHAPE_BY_CODE = new Map(SHAPES.map((s) => [s.code, s]));

/** The outer border of all municipalities (the country as drawn). */
export const OUTLINE = path(mesh(topo, topo.objects.gemeenten, (a, b) => a === b)) ?? '';
export const OUTLINE_DETAILED = finePath(mesh(topo, topo.objects.gemeenten, (a, b) => a === b)) ?? '';

const provinceCache = new Map<string, string>();
/** Borders between municipalities of different provinces, plus the outline, as one path. */
export function provinceBorders(provinceOf: Readonly<Record<string, string>>): string {
	const key = JSON.stringify(provinceOf);
	let d = provinceCache.get(key);
	if (d === undefined) {
		d = path(mesh(topo, topo.objects.gemeenten, (a, b) => a !== b && provinceOf[String(a.id)] !== provinceOf[String(b.id)])) ?? '';
		provinceCache.set(key, d);
	}
	return d;
}
