// Type declarations for the few data-pipeline packages (data/pipeline) that ship none.
declare module '@mapbox/geojson-rewind' {
	export default function rewind<T>(geojson: T, clockwise?: boolean): T;
}
declare module 'd3-geo-projection' {
	import type { GeoProjection } from 'd3-geo';
	export function geoProject<T>(object: T, projection: GeoProjection): T;
}
declare module 'polylabel' {
	export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
