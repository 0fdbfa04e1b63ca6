// Owns: the "physical limit" page of the first-paint bench (issue 12): a plain HTML page with the
// home page's map and key figures and nothing else — no JavaScript, no CSS files, one tiny inline
// <style> for the fills. The map paths are regenerated from the site's own generated geometry
// (static/generated/geo/gemeenten_<latest division>.topo.json) exactly as src/lib/geo/map.ts draws
// them (geoPath().digits(0), null projection: the coordinates are pre-projected), with the province
// borders and the outline. The colours (group per municipality) and the key figures' text are read
// from the build's prerendered / so the page shows what the site shows; when the site's markup no
// longer has them the page still has every path (neutral fill) and says so in `notes`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface LimitPage {
	file: string;
	division: string;
	paths: number;
	coloured: number;
	figures: number;
	htmlBytes: number;
	htmlGzipBytes: number;
	notes: string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Text of an HTML fragment: tags and Svelte's hydration comments removed, entities kept. */
const text = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

function geoDir(root: string): string {
	for (const d of [path.join(root, 'build/generated/geo'), path.join(root, 'static/generated/geo')]) if (existsSync(path.join(d, 'indelingen.json'))) return d;
	throw new Error('No generated geometry (static/generated/geo/indelingen.json): run npm run build');
}

/** code → province code, from the published gemeenten.csv (a code keeps its province). */
function provinces(root: string): Record<string, string> {
	const csv = [path.join(root, 'build/generated/data/gemeenten.csv'), path.join(root, 'static/generated/data/gemeenten.csv')].find(existsSync);
	if (!csv) return {};
	const [head, ...rows] = readFileSync(csv, 'utf8').trim().split('\n');
	const cols = head.split(',');
	const [ci, pi] = [cols.indexOf('gemeentecode'), cols.indexOf('provinciecode')];
	// Plain split: the code and province columns come before any free text, and no Dutch municipality name has a comma.
	return Object.fromEntries(rows.map((r) => r.split(',')).map((c) => [c[ci], c[pi]]));
}

/** Token colours from src/lib/styles/tokens.css (fallbacks: the values when this was written). */
function tokens(root: string): Record<string, string> {
	const css = existsSync(path.join(root, 'src/lib/styles/tokens.css')) ? readFileSync(path.join(root, 'src/lib/styles/tokens.css'), 'utf8') : '';
	const get = (name: string, fallback: string) => css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1].trim() ?? fallback;
	return {
		kopgroep: get('group-kopgroep', '#08519c'),
		peloton: get('group-peloton', '#b9d3ec'),
		achterhoede: get('group-achterhoede', '#e07b22'),
		text: get('color-text', '#1a1a1a'),
		border: get('color-border-subtle', '#d5d9de'),
		font: get('font-family', 'system-ui, sans-serif')
	};
}

export function buildLimitPage(root: string, outDir: string): LimitPage {
	const notes: string[] = [];
	const dir = geoDir(root);
	const divisions = JSON.parse(readFileSync(path.join(dir, 'indelingen.json'), 'utf8')) as { id: string; n: number }[];
	const division = divisions[divisions.length - 1].id;
	type T = Topology<{ gemeenten: GeometryCollection<{ naam: string }> }> & { bbox: [number, number, number, number] };
	const topo = JSON.parse(readFileSync(path.join(dir, `gemeenten_${division}.topo.json`), 'utf8')) as T;
	const draw = geoPath().digits(0); // as src/lib/geo/map.ts: whole units for the whole-country map
	const features = feature(topo, topo.objects.gemeenten).features;
	const home = readFileSync(path.join(root, 'build/index.html'), 'utf8');

	// The group colour of each municipality as / draws it (class="fill-<group> …" data-code="GM…").
	const groupOf = new Map<string, string>();
	for (const m of home.matchAll(/<path\b[^>]*?class="fill-(kopgroep|peloton|achterhoede)\b[^"]*"[^>]*?data-code="(GM\d{4})"/g)) groupOf.set(m[2], m[1]);
	if (groupOf.size < features.length) notes.push(`${features.length - groupOf.size} of ${features.length} municipalities have no group colour in build/index.html (drawn neutral)`);

	const provinceOf = provinces(root);
	const borders = Object.keys(provinceOf).length
		? (draw(mesh(topo, topo.objects.gemeenten, (a, b) => a !== b && provinceOf[String(a.id)] !== provinceOf[String(b.id)])) ?? '')
		: '';
	if (!borders) notes.push('no province borders (gemeenten.csv not found)');
	const outline = draw(mesh(topo, topo.objects.gemeenten, (a, b) => a === b)) ?? '';

	// The key figures' text from / (the section labelled by #figures-h), one <p> per paragraph.
	const h1 = text(home.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? 'GGU Adoptiemonitor');
	const title = text(home.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? h1);
	const section = home.match(/<section\b[^>]*aria-labelledby="figures-h"[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? '';
	const figures = section
		.split(/<div class="figure\b/)
		.slice(1)
		.map((f) => [...f.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((p) => text(p[1])).filter(Boolean));
	if (!figures.length) notes.push('no key figures found in build/index.html (section aria-labelledby="figures-h")');

	const c = tokens(root);
	const [w, h] = [topo.bbox[2], topo.bbox[3]];
	const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} (limit page)</title>
<style>
body{font-family:${c.font};color:${c.text};margin:0 auto;padding:1rem;max-width:80rem;line-height:1.5}
.f{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem}
.f div{border:1px solid ${c.border};border-radius:4px;padding:.75rem 1rem}.f p{margin:0}.f .v{font-size:2rem;font-weight:700}
svg{display:block;width:100%;max-width:42rem;height:auto}
.k{fill:${c.kopgroep}}.p{fill:${c.peloton}}.a{fill:${c.achterhoede}}path{stroke:#fff;stroke-width:.5}
.b,.o{fill:none;stroke:${c.text}}.b{stroke-width:1}.o{stroke-width:1.25}
</style>
</head>
<body>
<h1>${h1}</h1>
<section class="f">
${figures.map((ps) => `<div>${ps.map((p, i) => `<p${i === 1 ? ' class="v"' : ''}>${p}</p>`).join('')}</div>`).join('\n')}
</section>
<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(`Kaart van Nederland met ${features.length} gemeenten`)}">
${features.map((f) => `<path d="${draw(f) ?? ''}" class="${(groupOf.get(String(f.id)) ?? 'peloton')[0]}"/>`).join('\n')}
${borders ? `<path class="b" d="${borders}"/>` : ''}
<path class="o" d="${outline}"/>
</svg>
</body>
</html>
`;
	mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, 'index.html');
	writeFileSync(file, html);
	return {
		file,
		division,
		paths: features.length,
		coloured: groupOf.size,
		figures: figures.length,
		htmlBytes: Buffer.byteLength(html),
		htmlGzipBytes: gzipSync(html, { level: 9 }).byteLength,
		notes
	};
}
