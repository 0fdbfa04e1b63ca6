// Owns: the build-time data of one municipality page: its default view (latest peildatum at
// which it has figures, size-class peers), the names the page mentions, its herindelingen, and
// its adopter category and explanations per standard.
import { predecessorsOf, successorsOf } from '../data/mergers';
import { loadMapAt } from '../geo/map';
import { municipalityView, type Site } from '../maturity/site.server';
import { publishedAdoptionOf } from '../standaard/page.server';
import type { GemeentePageData, HistoryLink } from './state.svelte';

export async function gemeentePageData(site: Site, code: string): Promise<Omit<GemeentePageData, 'map'>> {
	const gemeente = site.gemeenten.find((x) => x.gemeentecode === code)!;
	const [view, adoption] = await Promise.all([municipalityView(code), publishedAdoptionOf(code)]);
	const map = await loadMapAt(view.peildata[view.at]);
	const nameOf = new Map(site.gemeenten.map((x) => [x.gemeentecode, x.gemeentenaam]));
	const link = (other: string, m: { datum: string; soort: HistoryLink['soort']; aandeel_inwoners: number }): HistoryLink => ({
		code: other,
		naam: nameOf.get(other) ?? other,
		datum: m.datum,
		soort: m.soort,
		aandeel: m.aandeel_inwoners
	});
	const history = {
		from: predecessorsOf(code, site.herindelingen).map((m) => link(m.oude_code, m)),
		to: successorsOf(code, site.herindelingen).map((m) => link(m.nieuwe_code, m))
	};
	const mentioned = new Set([...view.peers.codes, ...(map.neighbours[code]?.codes ?? []), ...history.from.map((h) => h.code), ...history.to.map((h) => h.code)]);
	return {
		gemeente,
		view,
		standaarden: site.standaarden,
		names: Object.fromEntries([...mentioned].map((c) => [c, nameOf.get(c) ?? c])),
		history,
		adoption
	};
}
