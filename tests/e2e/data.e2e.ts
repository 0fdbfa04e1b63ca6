// The data steward's page: published files, checking a messy delivery in the browser (report by
// rule with line, column and value; nothing lost), hostile files, the preview of the whole site
// from the delivery (and that no request carries the data anywhere), the two CSV dialects, and
// SVG/PNG downloads of figures.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../src/lib/maturity/overview';
import { nlScore, useExpected, type Expected } from './expected';
import { axe, download, RESULTS, screenshot, useE2E } from './setup';

const e2e = useE2E();
let exp: Expected;
let overview: Overview;
useExpected((e, o) => {
	exp = e;
	overview = o;
});

const DATA = path.resolve(import.meta.dirname, '../../data');
const publishedCsv = (name: string) => readFileSync(path.join(DATA, `${name}.csv`), 'utf8');

/** Choose files on /data and run the check; resolves when the report (or an error) is shown. */
async function check(page: Page, files: { name: string; mimeType?: string; buffer: Buffer }[]) {
	await page.getByTestId('file-input').setInputFiles(files.map((f) => ({ mimeType: 'text/csv', ...f })));
	await page.getByTestId('check-start').click();
	await page.waitForSelector('[data-testid=report], .status .error', { timeout: 120_000 });
}

/** "N regels gelezen = A ingelezen + R afgewezen" → numbers (Dutch thousands separators). */
async function summary(page: Page, resource: string): Promise<{ read: number; accepted: number; rejected: number }> {
	const text = (await page.getByTestId(`summary-${resource}`).textContent()) ?? '';
	const m = /([\d.]+) regels gelezen = ([\d.]+) ingelezen \+ ([\d.]+) afgewezen/.exec(text);
	if (!m) throw new Error(`unexpected summary: ${text}`);
	const n = (s: string) => Number(s.replaceAll('.', ''));
	return { read: n(m[1]), accepted: n(m[2]), rejected: n(m[3]) };
}

// ---- a messy delivery, built from the published file -------------------------------------------
// Semicolons and a BOM (Excel), Amsterdam written as "363" with everything in use at the last
// peildatum, and six rows broken in six different ways at known lines.
const LAST = '2026-07-01';
const HTML_NAME = 'Amsterdam <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
function messyAdoptie() {
	const lines = publishedCsv('adoptie').trimEnd().split('\n');
	const body = lines.slice(1).map((l) => l.split(','));
	let amsterdam = 0;
	for (const r of body) {
		if (r[0] === LAST && r[1] === 'GM0363') {
			r[1] = '363';
			if (r[3] !== 'in_gebruik') amsterdam++;
			r[3] = 'in_gebruik';
		}
	}
	const broken: Record<number, { row: string[]; rule: string; column: string | null; value: string }> = {
		100: { row: ['2024-07-01', 'GM0014', 'digid', 'klaar', 'synthetisch', ''], rule: 'enum', column: 'status', value: 'klaar' },
		200: { row: ['31-02-2026', 'GM0014', 'digid', 'gepland', 'synthetisch', ''], rule: 'type-date', column: 'peildatum', value: '31-02-2026' },
		300: { row: ['2024-07-01', 'GM9999', 'digid', 'gepland', 'synthetisch', ''], rule: 'foreign-key', column: 'gemeentecode', value: 'GM9999' },
		400: { row: ['2024-07-01', 'GM0014', '=HYPERLINK("http://example.org","klik")', 'gepland', 'synthetisch', ''], rule: 'pattern', column: 'standaard_id', value: '=HYPERLINK("http://example.org","klik")' },
		500: { row: ['2024-07-01', 'GM0014', 'digid', '<script>window.__pwned=3</script>', 'synthetisch', ''], rule: 'enum', column: 'status', value: '<script>window.__pwned=3</script>' },
		600: { row: ['2024-07-01', 'GM0014', 'digid'], rule: 'row-field-count', column: null, value: '2024-07-01;GM0014;digid' }
	};
	const replaced: string[] = [];
	for (const [i, b] of Object.entries(broken)) {
		replaced.push(body[Number(i)].join(','));
		body[Number(i)] = b.row;
	}
	const quote = (c: string) => (/[;"]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
	const text = '\uFEFF' + [lines[0].split(',').join(';'), ...body.map((r) => r.map(quote).join(';'))].join('\r\n') + '\r\n';
	return { text, rows: body.length, broken, amsterdamChanged: amsterdam, amsterdamRows: body.filter((r) => r[1] === '363').length };
}

function gemeentenWithHtmlName() {
	return publishedCsv('gemeenten').replace(/^GM0363,Amsterdam,/m, `GM0363,"${HTML_NAME.replaceAll('"', '""')}",`);
}

describe('/data: published files', () => {
	it('lists CSV, Parquet and Arrow with row counts, all served by the site, and passes axe', async () => {
		const page = await e2e.open('/data/');
		const rows = await page.locator('table.files tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!.trim(), rows: tr.querySelector('td')!.textContent!.trim(), links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')!) }))
		);
		expect(rows.map((r) => r.name)).toEqual(['gemeenten', 'standaarden', 'adoptie']);
		for (const r of rows) {
			const n = exp.tables[r.name as 'adoptie'].rows.length;
			expect(Number(r.rows.replaceAll('.', ''))).toBe(n);
			expect(r.links.map((l) => l.split('.').pop())).toEqual(['csv', 'parquet', 'arrow']);
			for (const href of r.links) {
				const res = await page.request.get(new URL(href, page.url()).href);
				expect(res.status(), href).toBe(200);
				const body = await res.body();
				if (href.endsWith('.parquet')) expect(body.subarray(0, 4).toString()).toBe('PAR1');
				if (href.endsWith('.csv')) expect(body.toString('utf8')).toBe(publishedCsv(r.name));
			}
		}
		const dp = await page.request.get(new URL(await page.getByRole('link', { name: /datapackage\.json/ }).getAttribute('href') ?? '', page.url()).href);
		expect((await dp.json()).resources.map((r: { name: string }) => r.name)).toEqual(['gemeenten', 'standaarden', 'adoptie']);
		await screenshot(page, 'data-published', true);
		expect(await axe(page)).toEqual([]);
		expect(page.errors).toEqual([]);
		const en = await e2e.open('/en/data/');
		expect(await en.locator('h1').textContent()).not.toBe(await page.locator('h1').textContent());
		expect(await axe(en)).toEqual([]);
	});
});

describe('/data: checking a delivery', () => {
	it('reports every faulty row with line, column and value, loses none, and exports the issues in two dialects', async () => {
		const page = await e2e.open('/data/');
		const messy = messyAdoptie();
		await check(page, [{ name: 'adoptie-levering.csv', buffer: Buffer.from(messy.text, 'utf8') }]);
		const s = await summary(page, 'adoptie');
		expect(s.read).toBe(messy.rows);
		expect(s.rejected).toBe(Object.keys(messy.broken).length);
		expect(s.accepted + s.rejected).toBe(s.read);

		const norms = (await page.getByTestId('norms').textContent()) ?? '';
		expect(norms).toContain('byte-order-mark');
		expect(norms).toContain('puntkomma');
		expect(norms).toContain(`${messy.amsterdamRows} codes zonder GM/PV-voorvoegsel aangevuld`);

		// Every broken row is listed at its own line (header = line 1), with column and value as text.
		const issues = await page.getByTestId('issues-table').locator('tbody tr.error').evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\u00a0/g, ' ').trim()))
		);
		for (const [i, b] of Object.entries(messy.broken)) {
			const line = String(Number(i) + 2);
			const hit = issues.find((r) => r[1] === line);
			expect(hit, `line ${line}`).toBeTruthy();
			if (b.column) expect(hit![2]).toContain(b.column);
			expect(hit![3]).toBe(b.value);
		}
		// Markup in the data is shown as text and never runs.
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect.poll(() => page.locator('td.value', { hasText: '<script>window.__pwned=3</script>' }).count()).toBe(1);

		// Filter by rule.
		await page.getByLabel('Soort melding').selectOption('foreign-key');
		expect(await page.getByTestId('issues-table').locator('tbody tr').count()).toBe(1);
		await page.getByLabel('Soort melding').selectOption('');

		// The issues as CSV, standard and Dutch-Excel dialect; formulae neutralised in both.
		const std = (await download(page, page.getByTestId('issues-csv'))).text;
		expect(std.startsWith('bestand,regel,kolom,kolomletter,waarde,soort,ernst,uitleg\r\n')).toBe(true);
		expect(std).toContain(`adoptie-levering.csv,102,status,D,klaar,enum,error,`);
		expect(std).toContain(`"'=HYPERLINK(""http://example.org"",""klik"")"`);
		expect(std).not.toMatch(/[,;]"?=HYPERLINK/);
		const xl = await download(page, page.getByTestId('issues-excel'));
		expect(xl.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(xl.text.slice(1).startsWith('bestand;regel;kolom;kolomletter;waarde;soort;ernst;uitleg\r\n')).toBe(true);
		expect(xl.text).toContain(`'=HYPERLINK(`);
		expect(xl.text).not.toMatch(/[,;]"?=HYPERLINK/);
		expect(xl.name).toBe('controle-meldingen-excel.csv');

		await screenshot(page, 'data-report', true);
		expect(await axe(page)).toEqual([]);
		expect(page.errors).toEqual([]);
	});

	const hostile: { what: string; file: { name: string; buffer: Buffer }; expect: RegExp; rows?: number }[] = [
		{ what: 'an empty file', file: { name: 'adoptie-leeg.csv', buffer: Buffer.alloc(0) }, expect: /Het bestand is leeg/ },
		{
			what: 'a binary file',
			file: { name: 'adoptie.xlsx.csv', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
			expect: /geen tekstbestand/
		},
		{ what: 'only a header', file: { name: 'adoptie.csv', buffer: Buffer.from('peildatum,gemeentecode,standaard_id,status,bron\n') }, expect: /alleen een kopregel/, rows: 0 },
		{
			what: 'a 10 MB single line',
			file: { name: 'adoptie.csv', buffer: Buffer.from('peildatum,gemeentecode,standaard_id,status,bron\n' + 'x'.repeat(10 * 1024 * 1024)) },
			expect: /velden|Verplichte|vorm/,
			rows: 1
		}
	];
	for (const h of hostile) {
		it(`survives ${h.what} with a clear message`, async () => {
			const page = await e2e.open('/data/');
			await check(page, [h.file]);
			await expect.poll(async () => (await page.locator('[data-testid=report], .status .error').first().textContent()) ?? '').toMatch(h.expect);
			if (h.rows !== undefined) {
				const s = await summary(page, 'adoptie');
				expect(s.read).toBe(h.rows);
				expect(s.accepted + s.rejected).toBe(s.read);
			}
			expect(page.errors).toEqual([]);
		});
	}

	it('reads a Windows-1252 file (é, â) and says so', async () => {
		const page = await e2e.open('/data/');
		await check(page, [{ name: 'gemeenten.csv', buffer: Buffer.from(publishedCsv('gemeenten'), 'latin1') }]);
		expect(await page.getByTestId('norms').textContent()).toContain('Windows-1252');
		const s = await summary(page, 'gemeenten');
		expect(s).toEqual({ read: 355, accepted: 355, rejected: 0 });
		expect(page.errors).toEqual([]);
	});

	it('checks a million rows off the main thread with progress, and the counts add up', async () => {
		const page = await e2e.open('/data/');
		const base = publishedCsv('adoptie').trimEnd().split('\n');
		const lines = [base[0]];
		for (let i = 0; lines.length <= 1_000_000; i++) lines.push(base[1 + (i % (base.length - 1))]);
		const buffer = Buffer.from(lines.join('\n') + '\n');
		// Playwright passes in-memory files only up to 50 MB: go through a temporary file.
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'ggu-')), 'adoptie-miljoen.csv');
		writeFileSync(file, buffer);
		await page.getByTestId('file-input').setInputFiles(file);
		const t0 = Date.now();
		await page.getByTestId('check-start').click();
		await page.waitForSelector('progress', { timeout: 30_000 });
		// The page stays responsive while the worker parses: a main-thread round trip stays short.
		const rt0 = Date.now();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
		const roundTrip = Date.now() - rt0;
		await page.waitForSelector('[data-testid=report]', { timeout: 180_000 });
		console.log(`1,000,000 rows (${(buffer.length / 1e6).toFixed(1)} MB): report after ${Date.now() - t0} ms; main-thread frame during parse ${roundTrip} ms`);
		const s = await summary(page, 'adoptie');
		expect(s.read).toBe(1_000_000);
		expect(s.accepted + s.rejected).toBe(s.read);
		expect(s.accepted).toBe(base.length - 1);
		expect(page.errors).toEqual([]);
	});
});

describe('/data: preview of a delivery', () => {
	it('shows the whole site from the delivery, sends the data nowhere, and goes back to the published data', async () => {
		const page = await e2e.open('/data/');
		const requests: Request[] = [];
		page.on('request', (r) => requests.push(r));
		const messy = messyAdoptie();
		await check(page, [
			{ name: 'adoptie-levering.csv', buffer: Buffer.from(messy.text, 'utf8') },
			{ name: 'gemeenten-levering.csv', buffer: Buffer.from(gemeentenWithHtmlName(), 'utf8') }
		]);
		expect((await summary(page, 'gemeenten')).accepted).toBe(355);

		// The diff against the published data: the rows removed by the broken lines, Amsterdam's changed statuses.
		await page.getByTestId('diff-start').click();
		await page.waitForSelector('[data-testid=diff]', { timeout: 120_000 });
		const diffText = (await page.getByTestId('diff').textContent()) ?? '';
		expect(diffText).toContain(`${Object.keys(messy.broken).length} regels die in de levering ontbreken`);
		expect(diffText).toContain(`${messy.amsterdamChanged} regels met een andere status`);
		// A diff is not a preview: the site still shows the published data.
		await expect.poll(() => page.getByTestId('preview-banner').count()).toBe(0);

		await page.getByTestId('preview-start').click();
		await page.waitForURL((u) => u.pathname.replace(/\/$/, '').endsWith('') && !u.pathname.includes('/data'));
		await expect.poll(() => page.getByTestId('preview-banner').isVisible()).toBe(true);
		expect(await page.getByTestId('preview-banner').textContent()).toContain('adoptie-levering.csv');
		// Amsterdam, all standards in use, now scores 100 in the overview table; its name is shown as text.
		const row = page.locator('[data-testid=score-table] tr[data-code=GM0363]');
		await expect.poll(async () => (await row.locator('td').allTextContents()).join('|'), { timeout: 60_000 }).toContain('100,0');
		expect(await row.locator('th').textContent()).toBe(HTML_NAME);
		expect(await page.locator('img[src=x]').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await screenshot(page, 'preview-overview');

		// The municipality page follows the preview (client-side navigation keeps it).
		await row.locator('th a').click();
		await page.waitForURL(/gemeente\/GM0363/);
		await expect.poll(() => page.getByTestId('gm-score').textContent(), { timeout: 60_000 }).toBe('100,0');
		expect(await page.getByTestId('preview-banner').isVisible()).toBe(true);
		expect(await page.locator('h1').textContent()).toBe(HTML_NAME);
		await screenshot(page, 'preview-gemeente');
		expect(await axe(page)).toEqual([]);

		// Back to the published data.
		await page.getByTestId('preview-stop').click();
		await expect.poll(() => page.getByTestId('preview-banner').count()).toBe(0);
		const last = overview.peildata.length - 1;
		await expect.poll(() => page.getByTestId('gm-score').textContent(), { timeout: 60_000 }).toBe(nlScore(overview.score[last][overview.codes.indexOf('GM0363')]));
		expect(await page.locator('h1').textContent()).toBe('Amsterdam');

		// No request left this site, none sent a body, and none carried anything from the files.
		const origin = new URL(e2e.server.url).origin;
		const sent = requests.filter((r) => !r.url().startsWith('blob:') && !r.url().startsWith('data:'));
		expect(sent.length).toBeGreaterThan(0);
		for (const r of sent) {
			expect(r.url().startsWith(origin), r.url()).toBe(true);
			expect(r.method(), r.url()).toBe('GET');
			expect(r.postDataBuffer(), r.url()).toBeNull();
			expect(decodeURIComponent(r.url())).not.toMatch(/levering|pwned|HYPERLINK|klaar/);
		}
		expect(page.errors).toEqual([]);
	});
});

describe('figure downloads', () => {
	it('downloads the map and charts as SVG and PNG with title, legend, peildatum and source', async () => {
		const page = await e2e.open('/');
		const last = overview.peildata.length - 1;
		const svg = await download(page, page.getByTestId('map-download-svg'));
		expect(svg.name).toBe(`ggu-kaart-groep-${overview.peildata[last]}.svg`);
		expect(svg.text).toContain('<svg');
		expect(svg.text).toContain('Kaart: groep');
		expect(svg.text).toContain('1 juli 2026');
		expect(svg.text).toContain('CBS / Kadaster (CC-BY 4.0)');
		expect(svg.text).toContain('Synthetische voorbeelddata');
		for (const g of ['Kopgroep', 'Peloton', 'Achterhoede']) expect(svg.text).toContain(g);
		// One path per municipality, each painted by a fill attribute (no classes, no inline styles).
		const paths = [...svg.text.matchAll(/<path [^>]*data-code|<path [^>]*>/g)].length;
		expect(paths).toBeGreaterThanOrEqual(355);
		expect(svg.text).not.toMatch(/ class="| style="|<script/);
		// Rendered on its own (as an image, without the site's CSS): painted, not black.
		const png = await download(page, page.getByTestId('map-download-png'));
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		writeFileSync(path.join(RESULTS, `download-${png.name}`), png.bytes);
		const width = png.bytes.readUInt32BE(16);
		const height = png.bytes.readUInt32BE(20);
		expect(width).toBe(1640);
		expect(height).toBeGreaterThan(1000);

		for (const id of ['dist-download', 'flow-download']) {
			const f = await download(page, page.getByTestId(`${id}-svg`));
			expect(f.text).toContain('CBS / Kadaster');
			expect(f.text).toContain('<svg');
			const p = await download(page, page.getByTestId(`${id}-png`));
			expect(p.bytes.subarray(1, 4).toString()).toBe('PNG');
			writeFileSync(path.join(RESULTS, `download-${p.name}`), p.bytes);
		}
		expect(page.errors).toEqual([]);
	});

	it('downloads the municipality trend with its legend', async () => {
		const page = await e2e.open('/gemeente/GM0363/');
		const svg = await download(page, page.getByTestId('trend-download-svg'));
		expect(svg.text).toContain('Landelijk gemiddelde');
		expect(svg.text).toContain('Amsterdam');
		expect(svg.name).toBe('ggu-GM0363-verloop.svg');
		const png = await download(page, page.getByTestId('locator-download-png'));
		expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
		writeFileSync(path.join(RESULTS, `download-${png.name}`), png.bytes);
		const trend = await download(page, page.getByTestId('trend-download-png'));
		writeFileSync(path.join(RESULTS, `download-${trend.name}`), trend.bytes);
		expect(page.errors).toEqual([]);
	});
});
