// Owns: the CBS-style municipal size classes (gemeentegrootteklassen by number of inhabitants).
// Used by the pipeline to write gemeenten.csv and by the loader to derive a missing class.
import { SIZE_CLASSES, type SizeClass } from './schema';

/** Lower bounds (inclusive) of each class, in the order of SIZE_CLASSES. */
const LOWER_BOUNDS = [0, 5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000] as const;

export function sizeClass(inwoners: number | null | undefined): SizeClass | null {
	if (inwoners == null || !Number.isFinite(inwoners) || inwoners < 0) return null;
	let i = LOWER_BOUNDS.length - 1;
	while (inwoners < LOWER_BOUNDS[i]) i--;
	return SIZE_CLASSES[i];
}
