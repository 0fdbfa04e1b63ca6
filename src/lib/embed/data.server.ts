// Owns: the build-time figures of the embeds and badges — a municipality's card (group, score,
// rank and trend at its latest peildatum; what became of a dissolved one) and the national map
// by group — taken from the default national view the whole site is built from
// (maturity/site.server.ts), and the design tokens' colours for the stand-alone SVG badge.
import { successorsOf } from '../data/mergers';
import { loadMapAt } from '../geo/map';
import { groupCounts, type GroupCounts } from '../maturity/overview';
import { lastScored } from '../maturity/municipality';
import type { Group } from '../maturity/methods';
import { getSite } from '../maturity/site.server';
import tokensCss from '../styles/tokens.css?raw';

export interface CardData {
	code: string;
	naam: string;
	provincie: string;
	/** The latest peildatum with figures (null: never had any). */
	peildatum: string | null;
	score: number | null;
	rank: number | null;
	n: number | null;
	group: Group | null;
	/** Own score per peildatum, oldest first (null: no figures then). */
	trend: { peildatum: string; score: number | null; group: Group | null }[];
	/** Set for a municipality dissolved by a herindeling: when, and into which. */
	dissolved: { datum: string; split: boolean; into: { code: string; naam: string }[] } | null;
	synthetic: boolean;
}

export async function cardData(code: string): Promise<CardData | null> {
	const site = await getSite();
	const g = site.gemeenten.find((x) => x.gemeentecode === code);
	const o = site.overview;
	const i = o.codes.indexOf(code);
	if (!g || i < 0) return null;
	const k = lastScored(o, i);
	const has = o.score[k][i] !== null;
	const moves = successorsOf(code, site.herindelingen);
	const names = new Map(site.gemeenten.map((x) => [x.gemeentecode, x.gemeentenaam]));
	return {
		code,
		naam: g.gemeentenaam,
		provincie: g.provincienaam,
		peildatum: has ? o.peildata[k] : null,
		score: has ? o.score[k][i] : null,
		rank: has ? o.rank[k][i] : null,
		n: has ? (o.stats[k]?.n ?? null) : null,
		group: has ? o.group[k][i] : null,
		trend: o.peildata.map((pd, p) => ({ peildatum: pd, score: o.score[p][i], group: o.group[p][i] })).filter((x) => x.score !== null || g.geldig_tot === null),
		dissolved:
			g.geldig_tot === null
				? null
				: { datum: g.geldig_tot, split: moves.length > 1, into: moves.map((m) => ({ code: m.nieuwe_code, naam: names.get(m.nieuwe_code) ?? m.nieuwe_code })) },
		synthetic: site.syntheticShare > 0
	};
}

export interface MapData {
	peildatum: string;
	width: number;
	height: number;
	/** One path per group (and "geen": no figures): the municipalities of that group, joined. */
	groups: { group: Group | 'geen'; d: string; n: number }[];
	provinces: string;
	outline: string;
	counts: GroupCounts;
	synthetic: boolean;
}

/** The national map by group at the latest peildatum, as a handful of paths (no per-municipality attributes: small). */
export async function mapData(): Promise<MapData> {
	const site = await getSite();
	const o = site.overview;
	const p = o.peildata.length - 1;
	const pd = o.peildata[p];
	const map = await loadMapAt(pd);
	const col = new Map(o.codes.map((c, i) => [c, i]));
	const byGroup = new Map<Group | 'geen', string[]>();
	const groups: (Group | null)[] = [];
	for (const s of map.shapes) {
		const i = col.get(s.code);
		const g = i === undefined ? null : o.group[p][i];
		groups.push(g);
		const key = g ?? 'geen';
		// Each shape's path starts with a relative moveto from the origin: "M0,0" makes that absolute when joined.
		(byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(`M0,0${s.d}`);
	}
	const provinceOf = Object.fromEntries(site.gemeenten.map((g) => [g.gemeentecode, g.provinciecode]));
	return {
		peildatum: pd,
		width: map.width,
		height: map.height,
		groups: (['kopgroep', 'peloton', 'achterhoede', 'geen'] as const).filter((g) => byGroup.has(g)).map((g) => ({ group: g, d: byGroup.get(g)!.join(''), n: byGroup.get(g)!.length })),
		provinces: map.provinceBorders(provinceOf),
		outline: map.outline,
		counts: groupCounts(groups),
		synthetic: site.syntheticShare > 0
	};
}

/** The value of each design token in tokens.css (`--name: value;` in :root), for files without the site's CSS. */
export function tokenColours(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tokensCss.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)) out[m[1]] ??= m[2].trim();
	return out;
}
