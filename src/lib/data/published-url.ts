// Owns: the address of a published data file (the build's copies under /generated/data/, served
// by this site). The files are made by the pipeline, so $app/paths' `asset()` does not know them
// by name: the path is cast to its parameter type, not to some other static file's name.
import { asset } from '$app/paths';
import type { ResourceName } from './contract';

/** The URL of a published data file, e.g. `gemeenten.csv`, `adoptie.arrow`, `datapackage.json`. */
export function publishedFileUrl(file: string): string {
	return asset(`/generated/data/${file}` as Parameters<typeof asset>[0]);
}

/** The URL of a published resource's copy: its Arrow file (the engine loads it) or its CSV. */
export function publishedUrl(name: ResourceName, ext: 'arrow' | 'csv'): string {
	return publishedFileUrl(`${name}.${ext}`);
}
