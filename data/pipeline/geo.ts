// Owns: turning the CBS/Kadaster municipal boundaries (TopoJSON, WGS84) of one boundary year
// into the site's own map files: a projected, lightly simplified, quantized TopoJSON for the
// screen, a neighbours list per municipality, and per-municipality facts computed from the
// geometry (area, interior point). All geometry work is done by topojson-* and d3-geo(-projection);
// this module only wires them together.
import rewind from '@mapbox/geojson-rewind';
import { geoArea, geoContains, geoDistance, geoStereographic, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** Width of the projected map in map units (SVG user units); the height follows from the shape. */
export const MAP_WIDTH = 1000;
/** Points whose triangle is smaller than this (in map units², at MAP_WIDTH) are dropped. */
export const SIMPLIFY_MIN_AREA = 0.5;
/** Quantization of the output topology (coordinates become integers in 0..QUANTIZE-1). */
export const QUANTIZE = 1e4;
/** Mean Earth radius (IUGG), km, used to turn d3.geoArea's steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;
/** Municipalities without a shared border (the Wadden islands) get this many nearest ones. */
export const NEAREST_FALLBACK = 3;

export interface MunicipalityShape {
	code: string;
	name: string;
	/** Area inside the generalised boundary (includes inland and coastal water), km². */
	areaKm2: number;
	/** A point guaranteed inside the largest polygon ([lon, lat]), for spatial joins. */
	interior: [number, number];
}

export interface Neighbours {
	/** Codes of neighbouring municipalities, sorted. */
	codes: string[];
	/** 'border' = shares a border; 'nearest' = no shared border, nearest interior points instead. */
	kind: 'border' | 'nearest';
}

export interface MapFiles {
	/** Projected topology with one object, `gemeenten` (id = CBS code, properties.naam). */
	topology: Topology<{ gemeenten: GeometryCollection<{ naam: string }> }>;
	neighbours: Record<string, Neighbours>;
	shapes: MunicipalityShape[];
	/** The map's size in map units. */
	width: number;
	height: number;
}

type SourceProps = { statcode: string; statnaam: string };
type AreaFeature = Feature<Polygon | MultiPolygon, SourceProps>;

/** The one object of a cartomap/nl file (e.g. `gemeente_2020`), as GeoJSON wound for d3. */
export function sourceFeatures(topo: Topology, objectName: string): FeatureCollection<Polygon | MultiPolygon, SourceProps> {
	const obj = topo.objects[objectName];
	if (!obj) throw new Error(`TopoJSON has no object "${objectName}" (has: ${Object.keys(topo.objects).join(', ')})`);
	const fc = feature(topo, obj) as unknown as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
	// d3-geo wants exterior rings clockwise; geojson-rewind with clockwise=true guarantees that.
	return rewind(fc, true) as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
}

/** The projection used for all maps: oblique stereographic centred on Amersfoort (as RD New). */
export function mapProjection(fc: FeatureCollection): GeoProjection {
	return geoStereographic().rotate([-5.3876, -52.1561]).precision(0).fitWidth(MAP_WIDTH, fc);
}

function largestPolygon(geom: Polygon | MultiPolygon): Position[][] {
	if (geom.type === 'Polygon') return geom.coordinates;
	let best = geom.coordinates[0];
	let bestArea = -1;
	for (const rings of geom.coordinates) {
		const a = geoArea({ type: 'Polygon', coordinates: rings });
		if (a > bestArea) [best, bestArea] = [rings, a];
	}
	return best;
}

export function shapeOf(f: AreaFeature): MunicipalityShape {
	const poly = largestPolygon(f.geometry);
	// polylabel works in the plane; at municipal scale lon/lat is planar enough to find a point
	// well inside the polygon (the pole of inaccessibility), unlike a centroid.
	const p = polylabel(poly as number[][][], 1e-5);
	return {
		code: f.properties.statcode,
		name: f.properties.statnaam,
		areaKm2: geoArea(f) * EARTH_RADIUS_KM * EARTH_RADIUS_KM,
		interior: [p[0], p[1]]
	};
}

export interface MapOptions {
	/**
	 * Municipalities merged into another after the boundary file's date (a toevoeging or
	 * samenvoeging that the file does not show yet): their geometries are joined into `into`'s.
	 */
	merges?: readonly { from: string; into: string }[];
	/** Fit the projection to these features instead (one projection for every boundary year, so maps align). */
	fitTo?: FeatureCollection;
}

/**
 * Builds the site's map files from one cartomap/nl municipal TopoJSON.
 * @param source the parsed source topology; @param objectName e.g. `gemeente_2020`.
 */
export function buildMapFiles(source: Topology, objectName: string, opts: MapOptions = {}): MapFiles {
	const geoms = (source.objects[objectName] as GeometryCollection<SourceProps>).geometries;
	const codeOf = (g: (typeof geoms)[number]) => (g.properties as SourceProps).statcode;
	const into = new Map((opts.merges ?? []).map((m) => [m.from, m.into]));
	const target = (code: string) => into.get(code) ?? code;
	for (const m of opts.merges ?? []) {
		if (!geoms.some((g) => codeOf(g) === m.from) || !geoms.some((g) => codeOf(g) === m.into)) throw new Error(`${objectName}: cannot merge ${m.from} into ${m.into}: not both in the file`);
	}
	let fc = sourceFeatures(source, objectName);
	if (into.size) {
		// One feature per surviving code; a merged one gets the union of its parts' geometry.
		const merged = fc.features
			.filter((f) => !into.has(f.properties.statcode))
			.map((f) => {
				const parts = geoms.filter((g) => target(codeOf(g)) === f.properties.statcode);
				if (parts.length === 1) return f;
				const geometry = rewind({ type: 'Feature', properties: {}, geometry: merge(source as never, parts as never) }, true).geometry;
				return { ...f, geometry } as AreaFeature;
			});
		fc = { ...fc, features: merged };
	}
	const shapes = fc.features.map(shapeOf);

	// Neighbours from the source topology: two municipalities are neighbours when they share an
	// arc (parts of a merged municipality count as it; it is not its own neighbour).
	const adj = neighbors(geoms as never);
	const neighbours: Record<string, Neighbours> = {};
	geoms.forEach((g, i) => {
		const code = target(codeOf(g));
		const codes = new Set(neighbours[code]?.codes ?? []);
		for (const j of adj[i]) if (target(codeOf(geoms[j])) !== code) codes.add(target(codeOf(geoms[j])));
		neighbours[code] = { codes: [...codes].sort(), kind: 'border' };
	});
	for (const s of shapes) {
		if (neighbours[s.code].codes.length > 0) continue;
		const nearest = shapes
			.filter((o) => o.code !== s.code)
			.map((o) => ({ code: o.code, d: geoDistance(s.interior, o.interior) }))
			.sort((a, b) => a.d - b.d || a.code.localeCompare(b.code))
			.slice(0, NEAREST_FALLBACK)
			.map((o) => o.code)
			.sort();
		neighbours[s.code] = { codes: nearest, kind: 'nearest' };
	}

	// Project to the plane (the site then draws with a null projection: no spherical surprises),
	// rebuild a topology so shared borders stay shared, simplify, quantize.
	const projection = mapProjection(opts.fitTo ?? fc);
	const projected = geoProject(fc, projection) as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
	const slim: FeatureCollection<Polygon | MultiPolygon, { naam: string }> = {
		type: 'FeatureCollection',
		features: projected.features.map((f) => ({
			type: 'Feature',
			id: f.properties.statcode,
			properties: { naam: f.properties.statnaam },
			geometry: f.geometry
		}))
	};
	let topo = topology({ gemeenten: slim }) as unknown as Topology<Objects<{}>>;
	topo = presimplify(topo, planarTriangleArea);
	topo = simplify(topo, SIMPLIFY_MIN_AREA);
	topo = quantize(topo, QUANTIZE);
	const [x1, y1] = boundsOf(projected); // fitWidth puts the minimum at (0, 0)
	return {
		topology: topo as unknown as MapFiles['topology'],
		neighbours,
		shapes,
		width: Math.round(x1),
		height: Math.round(y1)
	};
}

function boundsOf(fc: FeatureCollection<Polygon | MultiPolygon>): [number, number] {
	let maxX = 0;
	let maxY = 0;
	for (const f of fc.features) {
		const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const rings of polys) for (const ring of rings) for (const [x, y] of ring) {
			if (x > maxX) maxX = x;
			if (y > maxY) maxY = y;
		}
	}
	return [maxX, maxY];
}

/**
 * Spatial join: the province whose polygon contains the municipality's interior point.
 * The province file is generalised more coarsely than the municipal one, so a point near the
 * coast can fall just outside every province; then the nearest province (by distance from
 * the point to the province's boundary vertices) is used, and the caller is told.
 */
export function provinceOf(
	point: [number, number],
	provinces: FeatureCollection<Polygon | MultiPolygon, SourceProps>
): { code: string; name: string; method: 'contains' | 'nearest' } {
	for (const p of provinces.features) {
		if (geoContains(p, point)) return { code: p.properties.statcode, name: p.properties.statnaam, method: 'contains' };
	}
	let best: AreaFeature | undefined;
	let bestD = Infinity;
	for (const p of provinces.features) {
		const polys = p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates;
		for (const rings of polys) for (const ring of rings) for (const v of ring) {
			const d = geoDistance(point, v as [number, number]);
			if (d < bestD) [bestD, best] = [d, p];
		}
	}
	if (!best) throw new Error(`No provinces to join point ${point.join(',')} with`);
	return { code: best.properties.statcode, name: best.properties.statnaam, method: 'nearest' };
}
