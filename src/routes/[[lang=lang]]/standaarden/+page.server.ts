// The list of standards, computed once per build from the published data (SQL via the named queries).
import { publishedStandardsList } from '$lib/standaarden/page.server';

export async function load() {
	return { list: await publishedStandardsList() };
}
