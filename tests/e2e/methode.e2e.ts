// The methodology page: the worked example is the engine's own computation for the median
// municipality, under all four grouping methods; the two re-basing examples (a merger and a split)
// agree with a weighted mean computed here from the published files; the herindelingen are all
// listed; the page passes axe in both languages and never scrolls sideways, down to 320 px.
import { describe, expect, it } from 'vitest';
import { rowObjects } from '../../src/lib/data/published.server';
import type { Herindeling } from '../../src/lib/data/schema';
import { DEFAULT_METHODS } from '../../src/lib/maturity/methods';
import { type Overview } from '../../src/lib/maturity/overview';
import { computeOverview } from '../../src/lib/maturity/compute-overview';
import { nlScore, useExpected } from './expected';
import { axe, screenshot, useE2E } from './setup';

const e2e = useE2E();
const want = useExpected();

const nl = (x: number, d = 0) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x);
const WIDTHS = [320, 390, 768, 1280];

describe('/methode', () => {
	it('works an example through for the median municipality, with every grouping method', async () => {
		const last = want.overview.peildata.length - 1;
		const ranked = want.overview.codes
			.map((code, i) => ({ code, i, score: want.overview.score[last][i] }))
			.filter((x): x is { code: string; i: number; score: number } => x.score !== null)
			.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
		const mid = ranked[Math.floor((ranked.length - 1) / 2)];
		const naam = want.exp.gemeenten.find((g) => g.gemeentecode === mid.code)!.gemeentenaam;

		const page = await e2e.open('/methode/');
		const example = page.getByTestId('worked-example');
		expect(await example.locator('p').first().textContent()).toContain(naam);
		expect(await page.getByTestId('example-score').textContent()).toContain(`= ${nlScore(mid.score)}.`);
		// The status table adds up to the number of standards available at that date.
		const counts = (await example.locator('table').first().locator('tbody td:nth-child(2)').allTextContents()).map(Number);
		const available = want.exp.tables.standaarden.rows.filter((r) => String(r[want.exp.tables.standaarden.columns.indexOf('beschikbaar_sinds')]) <= want.overview.peildata[last]).length;
		expect(counts.reduce((a, b) => a + b, 0)).toBe(available);

		const groupNl = { kopgroep: 'Kopgroep', peloton: 'Peloton', achterhoede: 'Achterhoede' } as const;
		const rows = await page.getByTestId('example-methods').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		const methods = Object.values(DEFAULT_METHODS);
		expect(rows).toHaveLength(methods.length);
		for (const [k, m] of methods.entries()) {
			const o = await want.exp.overview(m);
			const b = o.boundaries[last]!;
			expect(rows[k][1], m.kind).toBe(nlScore(b.lower));
			expect(rows[k][2], m.kind).toBe(nlScore(b.upper));
			expect(rows[k][4], m.kind).toBe(groupNl[o.group[last][mid.i]!]);
		}
		// The Rogers figures say they are rounded and give the unrounded values they come from.
		const facts = await page.getByTestId('rogers-facts').textContent();
		const s = want.overview.stats[last]!;
		for (const x of [s.mean, s.sd, s.mean - s.sd, s.mean + s.sd]) expect(facts).toContain(nl(x * 100, 4));
		expect(page.errors).toEqual([]);
	});

	it('re-bases a merger and a split exactly as an independent weighted mean of the parts', async () => {
		const gemeenten = new Map(want.exp.gemeenten.map((g) => [g.gemeentecode, g]));
		const moves = rowObjects<Herindeling>(want.exp.tables.herindelingen);
		const current = want.exp.gemeenten.filter((g) => g.geldig_tot === null).map((g) => g.gemeentecode);
		const rebased = await computeOverview(want.exp.db, { method: DEFAULT_METHODS.rogers, codes: current, division: 'huidig' });

		const page = await e2e.open('/methode/');
		const examples = page.getByTestId('rebased-example');
		expect(await examples.count()).toBe(2);
		const kinds: string[] = [];
		for (let k = 0; k < 2; k++) {
			const ex = examples.nth(k);
			const [kind, code, pd] = await Promise.all(['data-kind', 'data-code', 'data-peildatum'].map((a) => ex.getAttribute(a)));
			kinds.push(kind!);
			const p = want.overview.peildata.indexOf(pd!);
			expect(pd! < moves.find((m) => m.nieuwe_code === code)!.datum, 'a peildatum before the herindeling').toBe(true);
			// The parts, worked out here: the municipality itself (if it existed then) and every
			// municipality that went into it, with the share that went there; scores of that peildatum.
			const parts = [{ code: code!, share: 1 }, ...moves.filter((m) => m.nieuwe_code === code).map((m) => ({ code: m.oude_code, share: m.aandeel_inwoners }))]
				.map((x) => ({ ...x, score: want.overview.score[p][want.overview.codes.indexOf(x.code)], inwoners: gemeenten.get(x.code)!.inwoners! }))
				.filter((x): x is typeof x & { score: number } => x.score !== null)
				.map((x) => ({ ...x, w: x.inwoners * x.share }))
				.sort((a, b) => b.w - a.w);
			const total = parts.reduce((a, x) => a + x.w, 0);
			const score = parts.reduce((a, x) => a + x.w * x.score, 0) / total;
			expect(score, `${code} against the re-based overview`).toBeCloseTo(rebased.score[p][current.indexOf(code!)]!, 9);

			const shown = await ex.locator('tbody tr').evaluateAll((trs) =>
				trs.map((tr) => [tr.getAttribute('data-code'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())])
			);
			expect(shown, code!).toEqual(
				parts.map((x) => [x.code, nlScore(x.score), nl(x.inwoners), `${nl(x.share * 100)}%`, nl(x.w, Number.isInteger(x.w) ? 0 : 2), `${nl((100 * x.w) / total, 1)}%`])
			);
			expect(await ex.getByTestId('rebased-score').textContent()).toBe(nlScore(score));
			expect(await ex.textContent()).toContain(`plaats ${rebased.rank[p][current.indexOf(code!)]} van ${current.length}`);
		}
		expect(kinds).toEqual(['samenvoeging', 'splitsing']);
		// A split is said to be approximate, and every herindeling is in the table.
		expect(await page.locator('#splitsingen').textContent()).toBe('Splitsingen zijn bij benadering');
		expect(await page.getByTestId('herindelingen').locator('tbody tr').count()).toBe(moves.length);
		expect(page.errors).toEqual([]);
	});

	it('passes axe and never scrolls sideways, in Dutch and English, from 320 px', async () => {
		for (const [lang, path] of [
			['nl', '/methode/'],
			['en', '/en/methode/']
		] as const) {
			const page = await e2e.open(path, { width: 1280 });
			if (lang === 'en') expect(await page.getByTestId('worked-example').locator('h2').textContent()).toBe('Worked example');
			expect(await axe(page), lang).toEqual([]);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${width}px`).toBeLessThanOrEqual(width);
				await screenshot(page, `methode-${lang}-${width}`, true);
			}
			expect(page.errors).toEqual([]);
		}
	}, 180_000);
});
