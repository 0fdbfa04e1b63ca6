// Universal hooks. `transport`: page data of the Later type (src/lib/data/later.ts) travels from
// the server to the browser as its URL only; the browser fetches the value when the page loads.
import type { Transport } from '@sveltejs/kit';
import { Later } from '$lib/data/later';

export const transport: Transport = {
	Later: {
		encode: (value) => value instanceof Later && [value.url],
		decode: ([url]: [string]) => new Later(url)
	}
};
