// Owns: the municipal map geometry for the screen, one map per division of the municipalities
// (see divisions.ts). Reads the projected, simplified TopoJSON and neighbour lists the data
// pipeline writes to static/generated/geo and turns them into SVG path strings, province borders
// and the outline. Coordinates are already projected (planar, one projection for every year, so
// maps of different years line up), so d3-geo draws them with a null projection.
// A division's map is loaded on demand (a separate chunk per division); a page's universal load
// awaits the one it needs, so components get it synchronously, on the server and in the browser.
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import indelingen from '$generated/geo/indelingen.json';
import { compactPath } from './compact-path';
import { divisionAt, type Division } from './divisions';

export type { Division };
export const DIVISIONS = indelingen as Division[];
export const LATEST_DIVISION = DIVISIONS[DIVISIONS.length - 1];

type MapTopology = Topology<{ gemeenten: GeometryCollection<{ naam: string }> }> & { bbox: [number, number, number, number] };

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

export interface DivisionMap {
	division: Division;
	width: number;
	height: number;
	/** Every municipality's shape (each one's path, centre and bounds worked out on first use). */
	shapes: MapShape[];
	byCode: ReadonlyMap<string, MapShape>;
	neighbours: Readonly<Record<string, Neighbours>>;
	/** The outer border of all municipalities (the country as drawn). */
	outline: string;
	/** Path at 0.1-unit precision, for maps zoomed in on a few municipalities. */
	detailedPath(code: string): string;
	/** Borders between municipalities of different provinces, plus the outline, as one path. */
	provinceBorders(provinceOf: Readonly<Record<string, string>>): string;
	/**
	 * Take paths this map would draw from a copy already drawn (the prerendered SVG in the page),
	 * so hydration does not work the geometry out again. Only paths are taken; centres and bounds
	 * are still computed from the geometry when something asks for them (keyboard, zoom).
	 */
	adopt(drawn: AdoptedPaths): void;
}

export interface AdoptedPaths {
	/** Municipality paths by code, at the whole-country precision (or `detailed` ones). */
	paths: Iterable<[string, string]>;
	detailed?: boolean;
	outline?: string;
	borders?: { provinceOf: Readonly<Record<string, string>>; d: string };
}

// Whole-country maps are drawn at ≤ 1000 units wide, so whole units suffice (and keep the
// prerendered HTML small); zoomed locator maps use the 0.1-unit detail (detailedPath).
const coarse = geoPath().digits(0);
const fine = geoPath().digits(1);
// Paths written relative and compact (compact-path.ts): the HTML carries hundreds of them.
const path = (o: Parameters<typeof coarse>[0]) => compactPath(coarse(o) ?? '');
const finePath = (o: Parameters<typeof fine>[0]) => compactPath(fine(o) ?? '');

type Feature = GeoJSON.Feature<GeoJSON.Geometry, { naam: string }>;
type GeometryObject = MapTopology['objects']['gemeenten']['geometries'][number];

/** One municipality's shape; its path, centre and bounds are computed when first read. */
class Shape implements MapShape {
	readonly code: string;
	readonly naam: string;
	#feature: Feature | null = null;
	#d: string | null = null;
	#centroid: [number, number] | null = null;
	#bounds: [[number, number], [number, number]] | null = null;
	constructor(
		private readonly topo: MapTopology,
		private readonly geometry: GeometryObject,
		private readonly adopted: ReadonlyMap<string, string>
	) {
		this.code = String(geometry.id);
		this.naam = (geometry.properties as { naam?: string } | undefined)?.naam ?? this.code;
	}
	get feature(): Feature {
		return (this.#feature ??= feature(this.topo, this.geometry) as unknown as Feature);
	}
	get d(): string {
		return (this.#d ??= this.adopted.get(this.code) ?? path(this.feature));
	}
	get cx(): number {
		return (this.#centroid ??= fine.centroid(this.feature))[0];
	}
	get cy(): number {
		return (this.#centroid ??= fine.centroid(this.feature))[1];
	}
	get bounds(): [[number, number], [number, number]] {
		return (this.#bounds ??= fine.bounds(this.feature));
	}
}

/** A division's map; its geometry (paths, centres, outline) is worked out on first use only. */
function buildMap(division: Division, topo: MapTopology, neighbours: Record<string, Neighbours>): DivisionMap {
	const adoptedPaths = new Map<string, string>();
	let shapes: Shape[] | null = null;
	let byCode: Map<string, Shape> | null = null;
	let outline: string | null = null;
	const detail = new Map<string, string>();
	const borders = new Map<string, string>();
	return {
		division,
		width: topo.bbox[2],
		height: topo.bbox[3],
		get shapes() {
			return (shapes ??= topo.objects.gemeenten.geometries.map((g) => new Shape(topo, g, adoptedPaths)));
		},
		get byCode() {
			return (byCode ??= new Map((this.shapes as Shape[]).map((s) => [s.code, s])));
		},
		neighbours,
		get outline() {
			return (outline ??= path(mesh(topo, topo.objects.gemeenten, (a, b) => a === b)));
		},
		detailedPath(code) {
			let d = detail.get(code);
			if (d === undefined) {
				const s = this.byCode.get(code) as Shape | undefined;
				detail.set(code, (d = s ? finePath(s.feature) : ''));
			}
			return d;
		},
		provinceBorders(provinceOf) {
			const key = JSON.stringify(provinceOf);
			let d = borders.get(key);
			if (d === undefined) {
				d = path(mesh(topo, topo.objects.gemeenten, (a, b) => a !== b && provinceOf[String(a.id)] !== provinceOf[String(b.id)]));
				borders.set(key, d);
			}
			return d;
		},
		adopt(drawn) {
			// A path already worked out stays (it is the same); adopting is only a shortcut.
			for (const [code, d] of drawn.paths) {
				if (drawn.detailed) {
					if (!detail.has(code)) detail.set(code, d);
				} else adoptedPaths.set(code, d);
			}
			if (drawn.outline !== undefined) outline ??= drawn.outline;
			if (drawn.borders) {
				const key = JSON.stringify(drawn.borders.provinceOf);
				if (!borders.has(key)) borders.set(key, drawn.borders.d);
			}
		}
	};
}

const topologies = import.meta.glob<MapTopology>('../../../static/generated/geo/gemeenten_*.topo.json', { import: 'default' });
const neighbourLists = import.meta.glob<Record<string, Neighbours>>('../../../static/generated/geo/buren_*.json', { import: 'default' });
const loaded = new Map<string, DivisionMap>();
const loading = new Map<string, Promise<DivisionMap>>();

function fileKey(glob: Record<string, unknown>, name: string): string {
	const key = Object.keys(glob).find((k) => k.endsWith(`/${name}`));
	if (!key) throw new Error(`No map file ${name}: run npm run data`);
	return key;
}

/** The map of a division, loading it on first use. */
export function loadDivisionMap(id: string): Promise<DivisionMap> {
	let p = loading.get(id);
	if (!p) {
		const division = DIVISIONS.find((d) => d.id === id);
		if (!division) return Promise.reject(new Error(`Unknown division ${id}`));
		p = Promise.all([topologies[fileKey(topologies, `gemeenten_${id}.topo.json`)](), neighbourLists[fileKey(neighbourLists, `buren_${id}.json`)]()]).then(
			([topo, nb]) => {
				const m = buildMap(division, topo, nb);
				loaded.set(id, m);
				return m;
			}
		);
		loading.set(id, p);
		p.catch(() => loading.delete(id));
	}
	return p;
}

/** The map of the division in force on a peildatum. */
export function loadMapAt(peildatum: string): Promise<DivisionMap> {
	return loadDivisionMap(divisionAt(DIVISIONS, peildatum).id);
}

/** A division's map if it has been loaded already (synchronous; undefined otherwise). */
export function loadedMap(id: string): DivisionMap | undefined {
	return loaded.get(id);
}

/** Every division's map (server side: peers and locator maps of any peildatum). */
export function loadAllMaps(): Promise<DivisionMap[]> {
	return Promise.all(DIVISIONS.map((d) => loadDivisionMap(d.id)));
}
