// Owns: SVG path data for lines and bands with gaps (d3-shape with `.defined()`): a null value
// is a gap in the line, never a drop to zero and never a bridge over missing peildata.
// Coordinates are rounded to 0.1 px to keep the prerendered HTML small.
import { area, line } from 'd3-shape';

export type Accessor<T, V> = (d: T, i: number) => V;

/** What a series mark (GappedLine, Dots, Band) draws: the items, and their x in data units. */
export interface SeriesData<T> {
	data: readonly T[];
	/** Default: the position in the array (atIndex), e.g. the peildatum's index. */
	x?: Accessor<T, number>;
}
export const atIndex = <T>(_d: T, i: number) => i;
/** A series with one value per item (GappedLine, Dots): null where there is none (a gap). */
export interface Series<T> extends SeriesData<T> {
	y: Accessor<T, number | null>;
}

/** A line through the points that have a y; a gap wherever y is null (or not finite). */
export function gappedLine<T>(data: readonly T[], x: Accessor<T, number>, y: Accessor<T, number | null>): string {
	const ok = (d: T, i: number) => {
		const v = y(d, i);
		return v !== null && Number.isFinite(v);
	};
	return (
		line<T>()
			.defined(ok)
			.x((d, i) => x(d, i))
			.y((d, i) => y(d, i) as number)
			.digits(1)(data as T[]) ?? ''
	);
}

/** The area between y0 and y1; a gap wherever either is null. */
export function gappedArea<T>(data: readonly T[], x: Accessor<T, number>, y0: Accessor<T, number | null>, y1: Accessor<T, number | null>): string {
	const ok = (d: T, i: number) => {
		const a = y0(d, i);
		const b = y1(d, i);
		return a !== null && b !== null && Number.isFinite(a) && Number.isFinite(b);
	};
	return (
		area<T>()
			.defined(ok)
			.x((d, i) => x(d, i))
			.y0((d, i) => y0(d, i) as number)
			.y1((d, i) => y1(d, i) as number)
			.digits(1)(data as T[]) ?? ''
	);
}
