// The overview page's data (src/lib/overzicht/start.server.ts) as a prerendered file: the page
// fetches it while its scripts load instead of carrying it in its HTML (src/lib/data/later.ts).
import { json } from '@sveltejs/kit';
import { overviewStart } from '$lib/overzicht/start.server';

export const prerender = true;

export async function GET() {
	return json(await overviewStart());
}
