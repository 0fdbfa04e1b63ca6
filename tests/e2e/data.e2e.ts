// The data steward's page: published files (herindelingen.csv too, decimal sizes), checking a messy
// delivery in the browser (report by rule with line, column and value; nothing lost; a verdict;
// focus and announcement at the end), hostile files (empty, binary, an invalid byte, Windows-1252,
// UTF-16, a javascript: link, 200,000 problems with the page responsive throughout), a delivery that
// adds a peildatum (diff per peildatum, preview on the new date), the preview of the whole site
// (and that no request carries the data anywhere), the CSV downloads with their notes, and SVG/PNG
// downloads of figures.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nlScore, useExpected } from './expected';
import { axe, csvParts, download, RESULTS, revealDeferred, screenshot, scriptsCarrying, useE2E } from './setup';

const e2e = useE2E();
/** Budget for a test that checks a full delivery and runs the engine (DuckDB-wasm) on a busy 2-core machine. */
const HEAVY = 240_000;
const want = useExpected();

const DATA = path.resolve(import.meta.dirname, '../../data');
const publishedCsv = (name: string) => readFileSync(path.join(DATA, `${name}.csv`), 'utf8');

/** Choose files on /data and run the check; resolves when the report (or an error) is shown. */
async function check(page: Page, files: { name: string; mimeType?: string; buffer: Buffer }[]) {
	await page.getByTestId('file-input').setInputFiles(files.map((f) => ({ mimeType: 'text/csv', ...f })));
	await expect.poll(() => page.getByTestId('chosen-file').count(), { message: 'files listed' }).toBe(files.length);
	await page.getByTestId('check-start').click();
	await page.waitForSelector('[data-testid=report], [data-testid=check-failed]', { timeout: 120_000 });
}

/** The text of the report's verdict section. */
const verdict = async (page: Page) => (await page.getByTestId('verdict').textContent()) ?? '';

/** Lines of a downloaded CSV, split into the note lines above the table and the table itself. */
/** Start recording main-thread long tasks (≥ 50 ms); returns a function that gives the longest since then. */
async function watchLongTasks(page: Page): Promise<() => Promise<{ max: number; count: number }>> {
	await page.evaluate(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		const since = performance.now();
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) if (e.startTime >= since) w.__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	return () => page.evaluate(() => {
		const l = (window as unknown as { __long: number[] }).__long;
		return { max: Math.max(0, ...l), count: l.length };
	});
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

/** The published adoption rows plus a new peildatum (2027-01-01): a copy of the last one where Groningen adopts everything. */
function withNewPeildatum() {
	const text = publishedCsv('adoptie').trimEnd();
	const next = text
		.split('\n')
		.filter((l) => l.startsWith(`${LAST},`))
		.map((l) => {
			const r = l.split(',');
			r[0] = '2027-01-01';
			if (r[1] === 'GM0014') r[3] = 'in_gebruik';
			return r.join(',');
		});
	return { text: [text, ...next].join('\n') + '\n', added: next.length };
}

/** The line of the first "363" (Amsterdam without prefix) in the messy file: the example of that normalisation. */
function LINE_OF_363(text: string): number {
	return text.split('\r\n').findIndex((l) => l.includes(';363;')) + 1;
}

function gemeentenWithHtmlName() {
	return publishedCsv('gemeenten').replace(/^GM0363,Amsterdam,/m, `GM0363,"${HTML_NAME.replaceAll('"', '""')}",`);
}

describe('/data: published files', () => {
	it('lists every file of the contract in CSV, Parquet and Arrow with rows and decimal sizes, served by the site, and passes axe', async () => {
		const page = await e2e.open('/data/');
		const rows = await page.locator('table.files tbody tr').evaluateAll((trs) =>
			trs.map((tr) => ({
				name: tr.querySelector('th')!.textContent!.trim(),
				rows: tr.querySelector('td')!.textContent!.trim(),
				links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
				text: tr.textContent!
			}))
		);
		expect(rows.map((r) => r.name)).toEqual(['gemeenten', 'herindelingen', 'standaarden', 'adoptie']);
		for (const r of rows) {
			const n = want.exp.tables[r.name as 'adoptie'].rows.length;
			expect(Number(r.rows.replaceAll('.', ''))).toBe(n);
			expect(r.links.map((l) => l.split('.').pop())).toEqual(['csv', 'parquet', 'arrow']);
			for (const href of r.links) {
				const res = await page.request.get(new URL(href, page.url()).href);
				expect(res.status(), href).toBe(200);
				const body = await res.body();
				if (href.endsWith('.parquet')) expect(body.subarray(0, 4).toString()).toBe('PAR1');
				if (href.endsWith('.csv')) {
					expect(body.toString('utf8')).toBe(publishedCsv(r.name));
					// Sizes are decimal: 1 kB = 1000 bytes, 1 MB = 1000 kB.
					const dec = (x: number, d: number) => x.toFixed(d).replace('.', ',');
					const kb = body.length < 1e4 ? `${dec(body.length / 1000, 1)} kB` : body.length < 1e6 ? `${Math.round(body.length / 1000)} kB` : `${dec(body.length / 1e6, 1)} MB`;
					expect(r.text).toContain(`${r.name}.csv (${kb})`);
				}
			}
		}
		expect(await page.locator('#pub-caption').textContent()).toContain('1 kB = 1000 bytes');
		expect(await page.getByTestId('published-herindelingen').textContent()).toContain('1 januari 2021 t/m 1 januari 2023');
		const dp = await page.request.get(new URL(await page.getByRole('link', { name: /datapackage\.json/ }).getAttribute('href') ?? '', page.url()).href);
		expect((await dp.json()).resources.map((r: { name: string }) => r.name)).toEqual(['gemeenten', 'herindelingen', 'standaarden', 'adoptie']);
		await screenshot(page, 'data-published', true);
		expect(await axe(page)).toEqual([]);
		expect(page.errors).toEqual([]);
		const en = await e2e.open('/en/data/');
		expect(await en.locator('h1').textContent()).not.toBe(await page.locator('h1').textContent());
		expect(await en.locator('#pub-caption').textContent()).toContain('1 kB = 1000 bytes');
		expect(await axe(en)).toEqual([]);
	});
});

describe('/data: checking a delivery', () => {
	it('reports every faulty row with line, column and value, loses none, judges the delivery, and exports the report with its notes', async () => {
		const page = await e2e.open('/data/');
		const messy = messyAdoptie();
		await check(page, [{ name: 'adoptie-levering.csv', buffer: Buffer.from(messy.text, 'utf8') }]);
		// Focus moves to the report's heading, and the end is announced with the verdict.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-h');
		expect(await page.getByTestId('check-status').textContent()).toMatch(/^Controle klaar\. Niet klaar om te publiceren\./);
		const s = await summary(page, 'adoptie');
		expect(s.read).toBe(messy.rows);
		expect(s.rejected).toBe(Object.keys(messy.broken).length);
		expect(s.accepted + s.rejected).toBe(s.read);
		expect(await page.getByTestId('summary-adoptie').textContent()).toContain('Gelezen als UTF-8 (met BOM), scheidingsteken puntkomma (;).');

		const v = await verdict(page);
		expect(v).toContain('Niet klaar om te publiceren.');
		expect(v).toContain('adoptie-levering.csv: 6 regels afgewezen door fouten.');
		expect(v).toContain('6 gepubliceerde regels ontbreken in de levering');
		expect(v).toContain(`${messy.amsterdamChanged} regels van al gepubliceerde peildata krijgen een andere status`);

		const norms = (await page.getByTestId('norms').textContent()) ?? '';
		expect(norms).toContain('byte-order-mark');
		expect(norms).toContain('puntkomma');
		expect(norms).toContain(`${messy.amsterdamRows} codes zonder GM/PV-voorvoegsel aangevuld (bijv. regel`);
		expect(norms).toContain('"363" → "GM0363"');

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
			expect(hit![4]).toBe('Fout: regel afgewezen');
		}
		// Markup in the data is shown as text and never runs.
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect.poll(() => page.locator('td.value', { hasText: '<script>window.__pwned=3</script>' }).count()).toBe(1);

		// Filter by rule.
		await page.getByLabel('Soort melding').selectOption('foreign-key');
		await expect.poll(() => page.getByTestId('issues-table').locator('tbody tr').count(), { message: 'filtered to one rule' }).toBe(1);
		await page.getByLabel('Soort melding').selectOption('');

		// The report as CSV, standard and Dutch-Excel dialect: notes on top (what, synthetic label,
		// licence), then normalisations and problems; formulae neutralised in both.
		const std = csvParts((await download(page, page.getByTestId('issues-csv'))).text);
		expect(std.notes[0]).toContain('Controleverslag van de GGU Adoptiemonitor voor adoptie-levering.csv');
		expect(std.notes).toContain('Synthetische voorbeelddata: geen echte metingen');
		expect(std.notes.at(-1)).toContain('CBS / Kadaster, CC-BY 4.0');
		expect(std.table[0]).toBe('bestand,regel,kolom,kolomletter,waarde,soort,ernst,gevolg,uitleg');
		expect(std.table.some((l) => l.startsWith('adoptie-levering.csv,,,,,bom-removed,normalisatie,Automatisch rechtgezet,'))).toBe(true);
		expect(std.table.some((l) => l.startsWith(`adoptie-levering.csv,${LINE_OF_363(messy.text)},gemeentecode,,363 → GM0363,code-prefix-added,normalisatie,`))).toBe(true);
		expect(std.table.join('\n')).toContain('adoptie-levering.csv,102,status,D,klaar,enum,fout,Fout: regel afgewezen,');
		expect(std.table.join('\n')).toContain(`"'=HYPERLINK(""http://example.org"",""klik"")"`);
		expect(std.table.join('\n')).not.toMatch(/[,;]"?=HYPERLINK/);
		const xl = await download(page, page.getByTestId('issues-excel'));
		expect(xl.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csvParts(xl.text).table[0]).toBe('bestand;regel;kolom;kolomletter;waarde;soort;ernst;gevolg;uitleg');
		expect(xl.text).toContain(`'=HYPERLINK(`);
		expect(xl.text).not.toMatch(/[,;]"?=HYPERLINK/);
		expect(xl.name).toBe('controle-meldingen-excel.csv');

		// The diff per peildatum: the six broken rows are missing, Amsterdam's statuses changed at the last peildatum.
		const diffText = (await page.getByTestId('diff-totals').textContent()) ?? '';
		expect(diffText).toContain(`${Object.keys(messy.broken).length} regels die in de levering ontbreken`);
		expect(diffText).toContain(`${messy.amsterdamChanged} regels met een andere status`);
		const last = await page.locator(`[data-testid=diff-table] tr[data-peildatum="${LAST}"] td`).allTextContents();
		expect(last[0]).toBe('1 juli 2026');
		expect(Number(last[3])).toBe(messy.amsterdamChanged);

		await screenshot(page, 'data-report', true);
		expect(await axe(page)).toEqual([]);
		expect(page.errors).toEqual([]);
	}, HEAVY);

	it('says why a file is not recognised, and asks for its kind before checking', async () => {
		const page = await e2e.open('/data/');
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
			{ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0]) },
			{ name: 'iets.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b;c\n1;2;3\n') },
			{ name: 'Herindelingen 2027.csv', mimeType: 'text/csv', buffer: Buffer.from(publishedCsv('herindelingen')) }
		]);
		await expect.poll(() => page.getByTestId('file-hint').count()).toBe(4);
		const hints = await page.getByTestId('file-hint').allTextContents();
		expect(hints[0]).toContain('Het bestand is leeg (0 bytes)');
		expect(hints[1]).toContain('Excel-werkmap (.xlsx)');
		expect(hints[2]).toContain('De kopregel ("a;b;c") noemt geen kolommen van een bekend bestand');
		expect(hints[3]).toBe('Herkend aan de kopregel.');
		expect(await page.getByLabel('Soort bestand voor Herindelingen 2027.csv').inputValue()).toBe('herindelingen');
		await page.getByTestId('check-start').click();
		await expect.poll(() => page.getByTestId('blocked').textContent()).toBe('Kies eerst het soort van: leeg.csv, export.csv, iets.csv.');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBeTruthy();
		expect(await axe(page)).toEqual([]);
	});

	const hostile: { what: string; file: { name: string; buffer: Buffer }; expect: RegExp; rows?: number; unreadable?: boolean }[] = [
		{ what: 'an empty file', file: { name: 'adoptie-leeg.csv', buffer: Buffer.alloc(0) }, expect: /Het bestand is leeg/, unreadable: true },
		{
			what: 'a binary file',
			file: { name: 'adoptie.xlsx.csv', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
			expect: /geen tekstbestand/,
			unreadable: true
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
			await expect.poll(async () => (await page.getByTestId('report').textContent()) ?? '').toMatch(h.expect);
			expect(await verdict(page)).toContain('Niet klaar om te publiceren.');
			const text = (await page.getByTestId('summary-adoptie').textContent()) ?? '';
			if (h.unreadable) {
				// An unreadable file is not described as if it were read.
				expect(text).toContain('niet gelezen');
				expect(text).not.toMatch(/scheidingsteken/i);
				expect(await page.getByTestId('norms').textContent()).toBe('Niets automatisch rechtgezet.');
			}
			if (h.rows !== undefined) {
				const s = await summary(page, 'adoptie');
				expect(s.read).toBe(h.rows);
				expect(s.accepted + s.rejected).toBe(s.read);
			}
			expect(page.errors).toEqual([]);
		});
	}

	it('keeps valid text around one invalid UTF-8 byte and reports its line', async () => {
		const page = await e2e.open('/data/');
		const text = publishedCsv('gemeenten');
		const lines = text.split('\n');
		const line = lines.findIndex((l) => l.startsWith('GM0014,')) + 1;
		const [before, after] = text.split('GM0014,Groningen,');
		const bytes = Buffer.concat([Buffer.from(before + 'GM0014,Gr'), Buffer.from([0xf6]), Buffer.from('ningen,' + after)]);
		await check(page, [{ name: 'gemeenten.csv', buffer: bytes }]);
		expect(await summary(page, 'gemeenten')).toEqual({ read: 360, accepted: 359, rejected: 1 });
		expect(await page.getByTestId('norms').textContent()).not.toContain('Windows-1252');
		const row = await page.getByTestId('issues-table').locator('tbody tr.error').first().locator('td').allTextContents();
		expect(row.slice(1, 4).map((c) => c.replace(/\u00a0/g, ' '))).toEqual([String(line), 'gemeentenaam (B)', 'Gr\uFFFDningen']);
		expect(row[5]).toContain('Ongeldige byte F6 voor UTF-8');
		// Only that row is rejected (the unit tests check that valid text around the byte is kept as it is).
		expect(await verdict(page)).toContain('gemeenten.csv: 1 regel afgewezen door fouten.');
		expect(page.errors).toEqual([]);
	}, HEAVY);

	it('reads a Windows-1252 file (é, â) as a whole, says so and shows an example', async () => {
		const page = await e2e.open('/data/');
		await check(page, [{ name: 'gemeenten.csv', buffer: Buffer.from(publishedCsv('gemeenten'), 'latin1') }]);
		const norms = (await page.getByTestId('norms').textContent()) ?? '';
		expect(norms).toContain('in zijn geheel gelezen als Windows-1252');
		expect(norms).toMatch(/bijv\. regel \d+: "[^"]*[^\x00-\x7f][^"]*", bytes [0-9A-F]{2}/);
		expect(await summary(page, 'gemeenten')).toEqual({ read: 360, accepted: 360, rejected: 0 });
		expect(page.errors).toEqual([]);
	}, HEAVY);

	it('reads a UTF-16 file (as Excel saves "Unicode text") instead of calling it binary', async () => {
		const page = await e2e.open('/data/');
		const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(publishedCsv('gemeenten'), 'utf16le')]);
		await page.getByTestId('file-input').setInputFiles([{ name: 'export.txt', mimeType: 'text/plain', buffer }]);
		await expect.poll(() => page.getByTestId('file-hint').textContent()).toBe('Herkend aan de kopregel.');
		await page.getByTestId('check-start').click();
		await page.waitForSelector('[data-testid=report]', { timeout: 120_000 });
		expect(await summary(page, 'gemeenten')).toEqual({ read: 360, accepted: 360, rejected: 0 });
		expect(await page.getByTestId('summary-gemeenten').textContent()).toContain('Gelezen als UTF-16 (little-endian)');
		expect(await page.getByTestId('norms').textContent()).toContain('UTF-16');
		expect(page.errors).toEqual([]);
	}, HEAVY);

	it('rejects a javascript: link in standaarden.csv with the expected form', async () => {
		const page = await e2e.open('/data/');
		const lines = publishedCsv('standaarden').split('\n');
		const i = lines.findIndex((l) => l.endsWith(',https://mijn.overheid.nl'));
		lines[i] = lines[i].replace(/https:\/\/mijn\.overheid\.nl$/, 'javascript:alert(document.domain)');
		await check(page, [{ name: 'standaarden.csv', buffer: Buffer.from(lines.join('\n')) }]);
		await page.getByLabel('Soort melding').selectOption('url-scheme');
		await expect.poll(() => page.getByTestId('issues-table').locator('tbody tr').count()).toBe(1);
		const row = await page.getByTestId('issues-table').locator('tbody tr').first().locator('td').allTextContents();
		expect(row[1]).toBe(String(i + 1));
		expect(row[3]).toBe('javascript:alert(document.domain)');
		expect(row[5]).toContain('begint met "javascript:"');
		expect(row[5]).toContain('Verwacht: een volledig webadres, bijvoorbeeld https://');
		// The standard is rejected, so its published adoption rows no longer match: the verdict says so.
		const v = await verdict(page);
		expect(v).toContain('standaarden.csv: 1 regel afgewezen door fouten.');
		expect(v).toContain('Niet klaar om te publiceren.');
		expect(page.errors).toEqual([]);
	}, HEAVY);

	it('stays responsive with 200,000 problems: pages of the list, exact counts, the whole list as CSV', async () => {
		const page = await e2e.open('/data/');
		const base = publishedCsv('adoptie').trimEnd().split('\n');
		const lines = [base[0]];
		for (let i = 0; lines.length <= 200_000; i++) {
			const r = base[1 + (i % (base.length - 1))].split(',');
			r[3] = 'klaar';
			lines.push(r.join(','));
		}
		await page.getByTestId('file-input').setInputFiles([{ name: 'adoptie-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') }]);
		await expect.poll(() => page.getByTestId('chosen-file').count()).toBe(1);
		// From here on (the test harness's own injection of the file is a long task of its own):
		// every main-thread task of the page, through the check, the report, paging and the CSV.
		const longest = await watchLongTasks(page);
		const t0 = Date.now();
		await page.getByTestId('check-start').click();
		await page.waitForSelector('[data-testid=report]', { timeout: 120_000 });
		const tReport = Date.now() - t0;
		expect(await summary(page, 'adoptie')).toEqual({ read: 200_000, accepted: 0, rejected: 200_000 });
		expect(await page.getByTestId('summary-adoptie').textContent()).toContain('(200.000 fouten, 0 waarschuwingen)');
		expect(await page.locator('[data-testid=rules-table] tr[data-rule=enum] td.num').textContent()).toBe('200.000');
		await expect.poll(() => page.getByTestId('issues-table').locator('caption').textContent()).toBe('Meldingen 1–50 van 200.000');
		expect(await page.getByTestId('issues-table').locator('tbody tr').count()).toBe(50);
		await page.getByTestId('page-next').click();
		await expect.poll(() => page.getByTestId('issues-table').locator('caption').textContent()).toBe('Meldingen 51–100 van 200.000');
		expect(await page.getByTestId('issues-table').locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('52');
		await page.getByTestId('page-last').click();
		await expect.poll(() => page.getByTestId('issues-table').locator('caption').textContent()).toBe('Meldingen 199.951–200.000 van 200.000');
		expect(await page.getByTestId('page-status').textContent()).toBe('Pagina 4.000 van 4.000');
		// The list scrolls inside a focusable, labelled region (WCAG 2.1.1).
		const region = page.getByTestId('issues-region');
		expect(await region.getAttribute('tabindex')).toBe('0');
		expect(await region.getAttribute('role')).toBe('region');
		expect(await region.getAttribute('aria-label')).toBe('Meldingen 199.951–200.000 van 200.000 (schuifbaar)');
		await region.focus();
		await page.keyboard.press('PageDown');
		await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		// The whole list as CSV, written in the worker.
		const t1 = Date.now();
		const file = await download(page, page.getByTestId('issues-csv'));
		const tCsv = Date.now() - t1;
		const { table } = csvParts(file.text);
		expect(table.length).toBe(1 + 200_000);
		expect(table.filter((l) => l.includes(',enum,fout,')).length).toBe(200_000);
		const tasks = await longest();
		console.log(`200,000 problems: report after ${tReport} ms, CSV (${(file.bytes.length / 1e6).toFixed(1)} MB) after ${tCsv} ms; main-thread long tasks: ${tasks.count}, longest ${Math.round(tasks.max)} ms`);
		expect(tasks.max).toBeLessThan(200);
		await screenshot(page, 'data-200k', true);
		expect(await axe(page)).toEqual([]);
		expect(page.errors).toEqual([]);
	}, HEAVY);

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
		await expect.poll(() => page.getByTestId('chosen-file').count()).toBe(1);
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
		// Identical duplicates are not loaded twice: label and count agree.
		expect(await page.getByTestId('summary-adoptie').textContent()).toContain(`Van de afgewezen regels zijn er ${(1_000_000 - (base.length - 1)).toLocaleString('nl-NL')} een identiek dubbel exemplaar`);
		expect(await page.locator('[data-testid=rules-table] tr[data-rule=duplicate-identical] td').nth(1).textContent()).toBe('Waarschuwing: dubbel exemplaar niet ingelezen');
		expect(page.errors).toEqual([]);
	}, HEAVY);
});

describe('/data: a delivery with a new peildatum', () => {
	it('compares each peildatum (newest first), judges it ready, and previews the site on the new date', async () => {
		const page = await e2e.open('/data/');
		const next = withNewPeildatum();
		await check(page, [{ name: 'adoptie-2027.csv', buffer: Buffer.from(next.text) }]);
		const v = await verdict(page);
		expect(v).toContain('Klaar om te publiceren.');
		expect(v).toContain('Nieuwe peildata: 1 januari 2027.');
		expect(await page.getByTestId('check-status').textContent()).toBe('Controle klaar. Klaar om te publiceren.');
		// Newest first: the new peildatum, compared with the last published one.
		const first = page.locator('[data-testid=diff-table] tbody tr').first();
		expect(await first.getAttribute('data-peildatum')).toBe('2027-01-01');
		const cells = await first.locator('th, td').allTextContents();
		expect(cells[0].replace(/\u00a0/g, ' ')).toBe('1 januari 2027 nieuw');
		expect(cells[1]).toBe('1 juli 2026');
		expect(cells.slice(2, 5).map((c) => Number(c.replaceAll('.', '')))).toEqual([next.added, 0, 0]);
		const switches = Number(cells[5]);
		expect(switches).toBeGreaterThan(0);
		const groups = page.getByTestId('diff-groups-2027-01-01');
		expect(await groups.getAttribute('open')).not.toBeNull();
		expect(await groups.locator('summary').textContent()).toBe(`1 januari 2027: ${switches} ${switches === 1 ? 'gemeente wisselt' : 'gemeenten wisselen'} van groep (vergeleken met 1 juli 2026)`);
		expect(await groups.locator('tbody th').allTextContents()).toContain('Groningen');
		// The group changes as CSV, with source and licence on top.
		const csv = csvParts((await download(page, groups.getByRole('button', { name: 'Download CSV' }))).text);
		expect(csv.notes[0]).toContain('Verschil tussen de levering adoptie-2027.csv en de gepubliceerde data');
		expect(csv.notes).toContain('Synthetische voorbeelddata: geen echte metingen');
		expect(csv.notes.at(-1)).toContain('CC-BY 4.0');
		expect(csv.table[0]).toBe('peildatum,vergeleken_met,gemeentecode,gemeentenaam,groep_gepubliceerd,groep_levering');
		expect(csv.table.length).toBe(1 + switches);
		await screenshot(page, 'data-diff', true);
		expect(await axe(page)).toEqual([]);

		// The preview opens the overview on the delivery's newest peildatum.
		expect(await page.getByTestId('report').textContent()).toContain('Het overzicht opent op 1 januari 2027');
		await page.getByTestId('preview-start').click();
		await page.waitForURL((u) => !u.pathname.includes('/data'));
		await expect.poll(() => page.getByTestId('preview-banner').isVisible()).toBe(true);
		await expect.poll(() => page.locator('input[type=range]').first().getAttribute('aria-valuetext'), { timeout: 60_000 }).toBe('1 januari 2027');
		// Back on /data (a client-side navigation) the report is still there.
		await page.getByRole('link', { name: 'Data', exact: true }).click();
		await page.waitForSelector('[data-testid=report]');
		// Closing or reloading the tab now asks first (the report and the preview would be lost).
		let asked = '';
		page.on('dialog', (d) => {
			asked = d.type();
			void d.accept();
		});
		await page.close({ runBeforeUnload: true });
		await expect.poll(() => asked, { message: 'beforeunload dialog' }).toBe('beforeunload');
		expect(page.errors).toEqual([]);
	}, HEAVY);
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
		expect((await summary(page, 'gemeenten')).accepted).toBe(360);

		// The diff against the published data is part of the check; a diff is not a preview.
		const diffText = (await page.getByTestId('diff-totals').textContent()) ?? '';
		expect(diffText).toContain(`${Object.keys(messy.broken).length} regels die in de levering ontbreken`);
		expect(diffText).toContain(`${messy.amsterdamChanged} regels met een andere status`);
		await expect.poll(() => page.getByTestId('preview-banner').count()).toBe(0);

		await page.getByTestId('preview-start').click();
		await page.waitForURL((u) => !u.pathname.includes('/data'));
		await expect.poll(() => page.getByTestId('preview-banner').isVisible()).toBe(true);
		expect(await page.getByTestId('preview-banner').textContent()).toContain('adoptie-levering.csv');
		await revealDeferred(page);
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
		const last = want.overview.peildata.length - 1;
		await expect.poll(() => page.getByTestId('gm-score').textContent(), { timeout: 60_000 }).toBe(nlScore(want.overview.score[last][want.overview.codes.indexOf('GM0363')]));
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
	}, HEAVY);
});

describe('figure downloads', () => {
	it('downloads the map and charts as SVG and PNG with title, legend, peildatum and source', async () => {
		const page = await e2e.open('/');
		const last = want.overview.peildata.length - 1;
		// The file writer loads on the first download (Figure.svelte), not with the page.
		expect((await scriptsCarrying(page)).figureExport, 'scripts carrying the figure file writer, before a download').toBe(0);
		const svg = await download(page, page.getByTestId('map-download-svg'));
		expect((await scriptsCarrying(page)).figureExport, 'scripts carrying the figure file writer, after a download').toBeGreaterThan(0);
		expect(svg.name).toBe(`ggu-kaart-groep-${want.overview.peildata[last]}.svg`);
		expect(svg.text).toContain('<svg');
		expect(svg.text).toContain('Kaart: groep');
		expect(svg.text).toContain('1 juli 2026');
		expect(svg.text).toContain('CBS / Kadaster (CC-BY 4.0)');
		expect(svg.text).toContain('Synthetische voorbeelddata');
		for (const g of ['Kopgroep', 'Peloton', 'Achterhoede']) expect(svg.text).toContain(g);
		// One path per municipality, each painted by a fill attribute (no classes, no inline styles).
		const paths = [...svg.text.matchAll(/<path [^>]*data-code|<path [^>]*>/g)].length;
		const existing = want.exp.gemeenten.filter((g) => (g.geldig_vanaf ?? '') <= LAST && (g.geldig_tot === null || g.geldig_tot > LAST)).length;
		expect(paths).toBeGreaterThanOrEqual(existing);
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
